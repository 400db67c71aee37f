/// Why figures cannot be lined up, with what the data does hold and which
/// option picks a comparable set.
///
///     the data holds 生均一般公共预算教育经费 at several levels: 小学 (38), 初中 (38).
///     Pick one with --level, e.g. --level 小学
public struct AlignmentError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case unknownIndicator, ambiguousLevel, ambiguousUnit, noSuchMeasure, noSuchReference, noDataForYears,
      unknownDistrict, levelConflict
    /// Several rows for one cell give different figures and no ``Aggregation`` says which counts.
    case disagreeingDuplicates
    /// An ``Aggregation`` of a cell's rows exceeds the largest `Double`.
    case aggregateOverflow
    /// Every figure of the indicator stands in a report that states no year.
    case undated
  }

  public var kind: Kind
  public var message: String

  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }

  /// An error about the rows themselves (they disagree, or cannot be combined), which a
  /// caller that tries several panels and skips those without data must still report.
  public var isAboutTheRows: Bool { kind == .disagreeingDuplicates || kind == .aggregateOverflow }
}
