import ArgumentParser
import Metrics

/// `--aggregate`: the rule's name is the word (sum, mean, min, max, first).
extension Aggregation: ExpressibleByArgument {
  public static var allValueDescriptions: [String: String] {
    Dictionary(
      uniqueKeysWithValues: allCases.map { a -> (String, String) in
        switch a {
        case .sum: (a.rawValue, "the total of the rows (a gap when one is missing)")
        case .mean: (a.rawValue, "the mean of the rows with a figure")
        case .min: (a.rawValue, "the smallest figure")
        case .max: (a.rawValue, "the largest figure")
        case .first: (a.rawValue, "the first row's figure; the others are flagged as disagreeing")
        }
      })
  }
}
