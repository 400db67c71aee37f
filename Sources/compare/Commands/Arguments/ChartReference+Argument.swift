import ArgumentParser

/// `--reference`: two words and one form with a number; the Chinese words
/// (均值, 中位数) and `average` are accepted too.
extension ChartRequest.Reference: ExpressibleByArgument {
  init?(argument: String) {
    guard let r = try? ChartOptions.parseReference(argument) else { return nil }
    self = r
  }

  static var allValueStrings: [String] { ["mean", "median", "VALUE[:LABEL]"] }

  static var allValueDescriptions: [String: String] {
    [
      "mean": "the mean of the districts shown",
      "median": "the median of the districts shown",
      "VALUE[:LABEL]": "a line at VALUE in the indicator's unit, e.g. '1500:市级标准 1500元/生·年'",
    ]
  }

  static var defaultCompletionKind: CompletionKind { .list(["mean", "median"]) }
}
