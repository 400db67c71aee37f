import Foundation

/// Step 1 of ``PanelBuilder/panel(_:)``: which names in the data denote the indicator asked for.
struct ResolvedIndicator {
  /// The catalog's reading of the name asked for; nil when the catalog does not know it.
  var asked: (indicator: Indicator, level: SchoolLevel?)?
  /// Positions in the index's names (spellings in the data) that denote it.
  var matched: [Int]
  /// The catalog name, else the first spelling in the data.
  var displayName: String
  /// The level asked for, or the one the name carries (小学生均…).
  var wantedLevel: SchoolLevel?
}

extension PanelBuilder {
  func resolve(_ q: PanelQuery) throws -> ResolvedIndicator {
    let asked = catalog.resolve(q.indicator)
    var matched: [Int] = []
    if let asked {
      matched = index.resolved.indices.filter { index.resolved[$0]?.indicator.id == asked.indicator.id }
    } else {
      let key = IndicatorCatalog.normalise(q.indicator)
      matched = index.names.indices.filter { IndicatorCatalog.normalise(table.strings[index.names[$0]]) == key }
      // 预期寿命（岁） asked of a table whose header 预期寿命（岁） was read as 预期寿命 in 岁.
      let bare = IndicatorCatalog.normalise(WideTableReader.split(header: q.indicator).name)
      if matched.isEmpty && bare != key {
        matched = index.names.indices.filter { IndicatorCatalog.normalise(table.strings[index.names[$0]]) == bare }
      }
    }
    if matched.isEmpty { throw unknownIndicator(q.indicator, asked: asked?.indicator) }
    let displayName = asked?.indicator.chinese ?? table.strings[index.names[matched[0]]]

    var wantedLevel = q.level
    if let fromName = asked?.level {
      if let l = q.level, l != fromName {
        throw AlignmentError(
          kind: .levelConflict,
          message:
            "\"\(q.indicator)\" names the level \(fromName.rawValue) but --level \(l.rawValue) was given; use one")
      }
      wantedLevel = fromName
    }
    return ResolvedIndicator(asked: asked, matched: matched, displayName: displayName, wantedLevel: wantedLevel)
  }

  private func unknownIndicator(_ name: String, asked: Indicator?) -> AlignmentError {
    let present = indicatorsInData
    let shown = present.prefix(20).joined(separator: ", ") + (present.count > 20 ? ", … (\(present.count) in all)" : "")
    if let asked {
      return AlignmentError(
        kind: .unknownIndicator,
        message: "the data has no \(asked.chinese) (\(asked.id)); it holds: \(shown)")
    }
    var message = "unknown indicator \"\(name)\": neither in the data nor in the catalog. The data holds: \(shown)"
    let hints = catalog.suggestions(for: name, limit: 3)
    if !hints.isEmpty {
      message += ". Similar catalog indicators: " + hints.map { "\($0.chinese) (\($0.id))" }.joined(separator: ", ")
    }
    return AlignmentError(kind: .unknownIndicator, message: message)
  }
}
