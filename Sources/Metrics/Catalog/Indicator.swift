import Foundation

/// A canonical indicator: what a briefing compares across districts and years.
public struct Indicator: Sendable, Hashable, Codable {
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
  /// Values outside this range are implausible for the indicator's unit.
  public let plausible: ClosedRange<Double>?

  public init(
    id: String, chinese: String, english: String, category: Category, dimension: UnitDimension,
    levelApplies: Bool = false, aliases: [String] = [], plausible: ClosedRange<Double>? = nil
  ) {
    self.id = id
    self.chinese = chinese
    self.english = english
    self.category = category
    self.dimension = dimension
    self.levelApplies = levelApplies
    self.aliases = aliases
    self.plausible = plausible ?? Indicator.defaultRange(dimension)
  }

  /// The unit values are stored in.
  public var baseUnit: Unit {
    switch dimension {
    case .money: .yuan
    case .moneyPerStudent: .yuanPerStudentYear
    case .percent: .percent
    case .percentagePoints: .percentagePoints
    case .count: .people
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
