/// How often a series is reported, read from the years it has: the rule that tells a
/// gap (a year the series should have and lacks) from a year it is simply not
/// reported in. Data at 5-year steps (1952, 1957, …) or at the 十三五/十四五 milestones
/// (2015, 2020, 2025) is a line, not a row of dots; an annual series missing 2019 is
/// broken there.
///
/// ```swift
/// YearStep.of([2015, 2020, 2025])              // 5
/// YearStep.of([2015, 2016, 2018, 2019])        // 1: 2017 is a gap
/// YearStep.grid([2015, 2020, 2021])            // 1: the axis needs every year
/// YearStep.connects(2015, 2020, step: 5)       // true
/// ```
public enum YearStep {
  /// The series' step: the shortest interval between its reported years; nil with
  /// fewer than three years (one interval says nothing about the step: an annual
  /// series with only 2015 and 2024 is not a 9-year series).
  public static func of(_ years: [Int]) -> Int? {
    let sorted = Array(Set(years)).sorted()
    guard sorted.count >= 3 else { return nil }
    return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min()
  }

  /// The step every year of `years` lies on (their greatest common interval): the
  /// slots of a chart whose series report at different steps. 1 for fewer than two years.
  public static func grid(_ years: [Int]) -> Int {
    let sorted = Array(Set(years)).sorted()
    return zip(sorted, sorted.dropFirst()).reduce(0) { gcd($0, $1.1 - $1.0) }.nonZero ?? 1
  }

  /// Whether two consecutive reported years are joined by a line: only when no year
  /// the step expects lies between them.
  public static func connects(_ a: Int, _ b: Int, step: Int) -> Bool { abs(b - a) <= step }

  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
}

extension Int {
  fileprivate var nonZero: Int? { self == 0 ? nil : self }
}
