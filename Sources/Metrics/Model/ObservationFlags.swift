/// Doubts and origins that travel with a number.
public struct ObservationFlags: OptionSet, Sendable, Hashable, Codable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The report hedged: 余, 近, 以上, 约, 超过.
  public static let approximate = ObservationFlags(rawValue: 1 << 0)
  /// The report masked the number (`***`, `**.*`, `xx`): missing, never zero.
  public static let masked = ObservationFlags(rawValue: 1 << 1)
  /// Computed by this tool (growth, back-derived prior value, CAGR…), not reported.
  public static let derived = ObservationFlags(rawValue: 1 << 2)
}

extension ObservationFlags {
  /// Another source gives a different figure for the same cell (see ``ComparabilityWarning``).
  public static let conflicting = ObservationFlags(rawValue: 1 << 3)
}

extension ObservationFlags {
  /// The figure's indicator is not in the catalog: its name is the report's own
  /// subject phrase (实际拨付, 教育费附加收入), so it is compared by that exact name
  /// and without the catalog's plausibility checks. Written as `catalogued` = false.
  public static let uncatalogued = ObservationFlags(rawValue: 1 << 4)
}

extension ObservationFlags {
  /// The report states no year for the figure (an undated notice, a speech with `XX年`): kept,
  /// with ``Observation/year`` 0, written with an empty year, and left out of every panel
  /// (``ComparabilityWarning/undated(indicator:count:)``). `compare extract --year` dates it.
  public static let yearNotStated = ObservationFlags(rawValue: 1 << 5)
}
