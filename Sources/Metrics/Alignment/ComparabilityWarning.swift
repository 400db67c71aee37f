/// Something a reader of a chart or table must know because the figures are
/// not quite like beside like, said plainly: in English for the terminal, and in
/// Chinese for what lands in a briefing (the notes under a Markdown table).
///
///     ComparabilityWarning(kind: .approximate, message: "2 figures are approximate (约/余/近): 渝中区 2021, 城口县 2022",
///                          chinese: "2个数值在原文中为约数（约/余/近/以上）：渝中区2021年、城口县2022年")
public struct ComparabilityWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// All-level and level-specific figures were both present; the others were left out.
    case excludedLevels
    /// Differences against several references (全省, 全市); one was kept.
    case excludedReferences
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
    /// Some figures lie outside the indicator's plausible range: a unit or scale slip?
    case implausible
  }

  public var kind: Kind
  public var message: String
  /// The same in Chinese, for readers of the briefing.
  public var chinese: String

  public init(kind: Kind, message: String, chinese: String) {
    self.kind = kind
    self.message = message
    self.chinese = chinese
  }

  public var description: String { message }
}
