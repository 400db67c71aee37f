import Foundation

/// A canonical indicator: what a briefing compares across districts and years.
///
/// A final class, not a struct: extraction copies the indicator into every token
/// that names it, and a struct of five strings, an array and two optionals cost
/// a dozen retains per copy (measured: ~8 % of extraction time). Immutable, so
/// sharing one instance is safe; equal when the ids are equal.
public final class Indicator: Sendable, Hashable, Codable {
  public enum Category: String, Sendable, Codable, CaseIterable {
    case finance, access, staffing, quality, safety, facilities
  }

  /// Stable ASCII id (`per_student_expenditure`).
  public let id: String
  /// The canonical Chinese name; written to tidy tables.
  public let chinese: String
  public let english: String
  public let category: Category
  public let dimension: UnitDimension
  /// Whether the figure is reported per school level (生均 by 小学, 初中…).
  public let levelApplies: Bool
  /// Other spellings reports use. A spelling that also names a *different*
  /// indicator (公办园占比 vs 公办在园幼儿占比) must not be listed here.
  public let aliases: [String]
  /// Values outside this range are implausible for the indicator's unit: a figure
  /// read at the wrong scale (2.1966 元 of per-student spending that was 2.1966万元)
  /// lands outside it, and `compare check` says so.
  public let plausible: ClosedRange<Double>?
  /// What a count counts (所 of kindergartens, 个 of school places); nil: people.
  public let countUnit: Unit?

  public init(
    id: String, chinese: String, english: String, category: Category, dimension: UnitDimension,
    levelApplies: Bool = false, aliases: [String] = [], plausible: ClosedRange<Double>? = nil, countUnit: Unit? = nil
  ) {
    self.id = id
    self.chinese = chinese
    self.english = english
    self.category = category
    self.dimension = dimension
    self.levelApplies = levelApplies
    self.aliases = aliases
    self.plausible = plausible ?? Indicator.defaultRange(dimension)
    self.countUnit = countUnit
  }

  public static func == (a: Indicator, b: Indicator) -> Bool {
    a === b
      || (a.id == b.id && a.chinese == b.chinese && a.english == b.english && a.category == b.category
        && a.aliases == b.aliases && a.dimension == b.dimension
        && a.levelApplies == b.levelApplies && a.plausible == b.plausible && a.countUnit == b.countUnit)
  }

  public func hash(into h: inout Hasher) { h.combine(id) }

  /// For a value outside ``plausible``, the likely slip of scale, when one factor
  /// brings it inside: 2.1966 元 of per-student spending → "2.1966万元 = 21,966 元?".
  /// `value` is in the base unit, as stored.
  public func scaleHint(_ value: Double) -> String? {
    guard let range = plausible, !range.contains(value), value != 0 else { return nil }
    let symbol = baseUnit.symbol
    switch dimension {
    case .money, .moneyPerStudent:
      for (factor, word) in [(1e4, "万"), (1e8, "亿")] {
        if range.contains(value * factor) {
          return
            "written \(DecimalFormat.shortest(value))\(word)\(symbol) (= \(DecimalFormat.shortest(value * factor)) \(symbol)) and read without its \(word)?"
        }
        if range.contains(value / factor) {
          return
            "a figure in \(symbol) read as \(word)\(symbol) (= \(DecimalFormat.shortest(value / factor)) \(symbol))?"
        }
      }
    case .percent where range.contains(value * 100):
      return
        "a fraction (\(DecimalFormat.shortest(value))) rather than a percentage (\(DecimalFormat.shortest(value * 100))%)?"
    default: break
    }
    return nil
  }

  /// The unit values are stored in.
  public var baseUnit: Unit {
    switch dimension {
    case .money: .yuan
    case .moneyPerStudent: .yuanPerStudentYear
    case .percent: .percent
    case .percentagePoints: .percentagePoints
    case .count: countUnit ?? .people
    case .area: .squareMetres
    case .ratio, .other: .none
    }
  }

  static func defaultRange(_ d: UnitDimension) -> ClosedRange<Double>? {
    switch d {
    case .money, .moneyPerStudent, .count, .area: 0...Double.greatestFiniteMagnitude
    case .percent: 0...100
    case .percentagePoints: -100...100
    case .ratio, .other: nil
    }
  }
}
