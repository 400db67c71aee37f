import ChartBuilding
import ArgumentParser

/// `2015-2024`, `2015—2024`, `2023`.
enum YearSpan {
  static func parse(_ s: String) throws -> ClosedRange<Int> {
    let parts = s.split(whereSeparator: { "-–—~～".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
    guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!), a <= b else {
      throw ValidationError("years '\(s)': expected YEAR or FROM-TO, e.g. 2015-2024")
    }
    return a...b
  }
}
