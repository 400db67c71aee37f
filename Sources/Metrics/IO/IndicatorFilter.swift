import Foundation

/// Which indicator spellings a reader keeps when the query is known before the
/// table is read (`compare table|bar|trend --indicator X`): exactly those that
/// ``PanelBuilder`` would line up for X, so that reading one indicator of forty
/// keeps a fortieth of the rows and the panel is the same as from the whole table.
///
///     let keep = IndicatorFilter(indicator: "生均经费", catalog: .standard)
///     keep.keeps("小学生均一般公共预算教育经费")  // true: the same catalog indicator, a level prefix
///     keep.keeps("生师比")                        // false
///
/// Readers call ``keeps(_:)`` once per distinct spelling, not once per row.
public struct IndicatorFilter: Sendable {
  public let indicator: String
  let catalog: IndicatorCatalog
  private let askedID: String?
  private let key: String

  public init(indicator: String, catalog: IndicatorCatalog = .standard) {
    self.indicator = indicator
    self.catalog = catalog
    askedID = catalog.resolve(indicator)?.indicator.id
    key = IndicatorCatalog.normalise(indicator)
  }

  /// Whether rows whose indicator is spelled `spelling` belong to the query
  /// (the rule of ``PanelBuilder``'s resolve step).
  public func keeps(_ spelling: String) -> Bool {
    if let askedID { return catalog.resolve(spelling)?.indicator.id == askedID }
    return IndicatorCatalog.normalise(spelling) == key
  }
}
