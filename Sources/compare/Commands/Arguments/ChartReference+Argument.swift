import ArgumentParser
import ChartBuilding

/// `--reference`: two words and one form with a number; the Chinese words
/// (均值, 中位数) and `average` are accepted too.
extension ChartRequest.Reference: ExpressibleByArgument {
  public init?(argument: String) {
    guard let r = try? ChartOptions.parseReference(argument) else { return nil }
    self = r
  }

  public static var allValueStrings: [String] { ["mean", "median", "VALUE[:LABEL]"] }

  public static var allValueDescriptions: [String: String] {
    [
      "mean": "the mean of the districts shown",
      "median": "the median of the districts shown",
      "VALUE[:LABEL]": "a line at VALUE in the indicator's unit, e.g. '1500:市级标准 1500元/生·年'",
    ]
  }

  public static var defaultCompletionKind: CompletionKind { .list(["mean", "median"]) }
}
