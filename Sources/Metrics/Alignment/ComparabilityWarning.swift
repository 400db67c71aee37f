/// Something a reader of a chart or table must know because the figures are
/// not quite like beside like, said plainly.
///
///     ComparabilityWarning(kind: .approximate, message: "2 figures are approximate (约/余/近): 渝中区 2021, 城口县 2022")
public struct ComparabilityWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// All-level and level-specific figures were both present; the others were left out.
    case excludedLevels
    /// Some figures are hedged in the source (余, 约, 近, 以上).
    case approximate
    /// Some figures are masked in the source; shown as gaps.
    case masked
    /// Two sources give different figures for one cell; the panel keeps the first.
    case duplicatesDisagree
    /// Districts' latest data years differ.
    case differentDataYears
    /// A requested district has no figure at all.
    case districtWithoutData
    /// The indicator is not in the catalog; compared as written.
    case uncataloguedIndicator
    /// Some cells were computed by this tool.
    case derived
  }

  public var kind: Kind
  public var message: String

  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
