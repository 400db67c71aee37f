/// One district's figure for one year in a ``Panel``, with what travels with it.
///
///     panel.cell("城口县", 2019)   // nil value: a gap, never zero
public struct PanelCell: Sendable, Equatable {
  /// nil = a gap (absent, empty or masked in every source).
  public var value: Double?
  public var flags: ObservationFlags
  /// Every source that gave this cell (two when duplicates agree or disagree);
  /// for a derived cell, the formula with its operands.
  public var provenance: [Provenance]

  public init(value: Double?, flags: ObservationFlags = [], provenance: [Provenance] = []) {
    self.value = value
    self.flags = flags
    self.provenance = provenance
  }
}
