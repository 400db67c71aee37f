/// Figures given for other places without brackets, after the document's own figure:
///
///     全省普通小学生均…为12345.67元。其中，广州市为23456.78元，深圳市为34567.89元
///     → 广州市 · 23456.78, 深圳市 · 34567.89 (the indicator, level and year of 12345.67)
///     增长较快的是汕尾市、梅州市和河源市，分别增长35.37%、23.93%和20.11%
///     佛山市、中山市分别为13.5%和12.1%
///
/// A place's name is never the name of an indicator: the figure takes the indicator,
/// level, measure and year of the last figure in its unit (in the sentence, else the
/// paragraph), as a bracketed figure for another place does.
extension SentenceReader {
  /// The last figure of the document's own district in `unit`, to model another place's on.
  func modelFigure(in unit: Unit) -> Observation? {
    observations.last(where: { $0.unit == unit && $0.district == district })
      ?? [figureBefore, valueBefore].lazy.compactMap({ $0 }).first(where: { $0.unit == unit && $0.district == district }
      )
  }

  /// 广州市为23456.78元: the words before the figure are a place's name and nothing else.
  mutating func readPlaceAsSubject(_ n: NumberToken, at t: Int) -> Bool {
    guard let unit = n.unit, parenDepth == 0, compare == nil, !n.masked, n.range.lowerBound > segmentStart else {
      return false
    }
    let s = text.folded
    var end = n.range.lowerBound
    while end > segmentStart, SentenceSplitter.isSpace(s[end - 1]) || Self.placeFigureLinks.contains(s[end - 1]) {
      end -= 1
    }
    var start = segmentStart
    while start < end, SentenceSplitter.isSpace(s[start]) { start += 1 }
    for w in Self.placeLeadWords where text.has(w, at: start) && start + w.count < end { start += w.count }
    // A division's name is 2–12 scalars: most figures' words are not, and need no gazetteer lookup.
    guard (2...12).contains(end - start), Gazetteer.lastCharacters.contains(s[end - 1]),
      let place = fullPlaceName(endingAt: end, from: start), place.unicodeScalars.count == end - start,
      place != district, let model = modelFigure(in: unit)
    else { return false }
    var sign = 1.0
    if let c = change { sign = c }
    record(
      model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: model.measure, n,
      year: model.year, sign: sign, reference: model.reference)
    observations[observations.count - 1].district = place
    return true
  }

  /// 汕尾市、梅州市和河源市，分别增长35.37%、23.93%和20.11%: one figure per place listed.
  /// Returns the tokens consumed after `t`, or nil when the list is not of places.
  mutating func readPlacesRespectively(_ list: QuantityList, at t: Int) -> Int? {
    guard list.figures.count >= 2, parenDepth == 0, compare == nil, saysRespectively(before: t),
      let unit = list.figures[0].unit, list.figures.allSatisfy({ $0.unit == unit })
    else { return nil }
    let places = placesListed(before: t)
    guard places.count == list.figures.count, !places.contains(district), let model = modelFigure(in: unit) else {
      return nil
    }
    for (i, m) in list.figures.enumerated() {
      record(
        model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: model.measure,
        m,
        year: model.year, sign: list.signs[i] ?? 1, reference: model.reference)
      observations[observations.count - 1].district = places[i]
    }
    return list.next - t - 1
  }

  private static let placeFigureLinks = Set("为是达:".foldedScalars)
  private static let placeLeadWords = ["其中", "如", "分别是", "依次是"].map(\.foldedScalars)
}
