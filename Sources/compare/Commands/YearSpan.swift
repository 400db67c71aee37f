import ArgumentParser
import ChartBuilding

/// `2015-2024`, `2015—2024`, `2023`.
enum YearSpan {
  static let years = 1000...9999
  static let maxSpan = 500

  static func parse(_ s: String) throws -> ClosedRange<Int> {
    let parts = s.split(whereSeparator: { "-–—~～".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
    guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!), a <= b else {
      throw ValidationError("years '\(s)': expected YEAR or FROM-TO, e.g. 2015-2024")
    }
    // A trend gives every year of the span a slot: 2015-9223372036854775807 crashed and
    // 1-100000000 ran for minutes through 6 GB. Years are calendar years of data.
    guard years.contains(a), years.contains(b) else {
      throw ValidationError("years '\(s)': years must lie in \(years.lowerBound)–\(years.upperBound)")
    }
    guard b - a < maxSpan else {
      throw ValidationError("years '\(s)': a span of at most \(maxSpan) years")
    }
    return a...b
  }
}
