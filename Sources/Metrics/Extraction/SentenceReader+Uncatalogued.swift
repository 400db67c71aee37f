/// The last pass over a sentence: every figure with a unit that no rule read.
///
/// A figure whose indicator the catalog does not know keeps the report's own
/// words for it — the nearest phrase before it, without linking verbs (为, 达, 是)
/// or scope words (全县, 其中) — and is marked uncatalogued:
///
///     某学校改造项目计划投资500万元，实际拨付288.52万元
///     → 某学校改造项目计划投资 5000000 元 · 实际拨付 2885200 元 (both uncatalogued)
///
/// A figure that is not a quantity of anything (a rank, a count of meetings, a
/// range, a planning period) or that has no words before it is left out, with
/// its reason, so that `compare extract --explain` can list it.
extension SentenceReader {
  /// How many figures with a unit, a scale or a mask the sentence holds.
  var figuresSeen: Int {
    tokens.reduce(0) { n, t in
      if case .number(let x) = t.kind, FigureLedger.counts(x) { return n + 1 } else { return n }
    }
  }

  mutating func readUnreadFigures() {
    var lastPhrase: String? = nil
    for t in tokens.indices {
      guard case .number(let n) = tokens[t].kind, FigureLedger.counts(n) else { continue }
      if ledger.wasEmitted(n) {
        lastPhrase = nil
        continue
      }
      if let reason = Self.notAQuantity(n) ?? ledger.reason(n).flatMap({ Self.finalReasons.contains($0) ? $0 : nil }) {
        left(n, reason)
        continue
      }
      guard keepUncatalogued else {
        left(n, ledger.reason(n) ?? "no catalog indicator named for it")
        continue
      }
      guard let context = ledger.context(at: t) else {
        left(n, "not reached by the reader")
        continue
      }
      var phrase = SubjectPhrase.nearest(text, tokens, before: t, sentenceStart: sentence.range.lowerBound)
      // 教育费附加收入3.2亿元，增长15%: a change without words of its own is the change of the figure before.
      // (A comparison without words is not: 不低于800元 is a floor, not a gap to the figure before.)
      if phrase.isEmpty, context.compare == nil, context.change != nil || context.year != (year ?? fallbackYear) {
        if let lastPhrase {
          phrase = lastPhrase
        } else if let s = subject, let y = context.year {
          emitUncatalogued(
            s.name, n, context, year: y, catalogued: s.indicator != nil, level: s.levels.count == 1 ? s.levels[0] : nil)
          continue
        }
      }
      // 预算外收入全年减收3200万元, 教育费附加收入增长15%: the words before the change word name it
      // (a change with no figure of its own before it in the sentence).
      if phrase.isEmpty, context.change != nil, t >= 1, case .lexeme(.keyword(.change)) = tokens[t - 1].kind,
        lastPhrase == nil, !tokens[..<(t - 1)].contains(where: { if case .number = $0.kind { true } else { false } })
      {
        var a = sentence.range.lowerBound
        for j in stride(from: t - 2, through: 0, by: -1) {
          if case .clauseSeparator = tokens[j].kind {
            a = tokens[j].range.upperBound
            break
          }
        }
        let words = SubjectPhrase.trimmed(text, a, tokens[t - 1].range.lowerBound)
        if words.unicodeScalars.count <= 16 { phrase = words }
      }
      guard !phrase.isEmpty else {
        left(n, ledger.reason(n) ?? "no words before it name what it measures")
        continue
      }
      // 生均公用经费2103.74万元: words the catalog knows, for a figure the catalog's rules turned
      // down (a total, not per student), must not come back under the catalog's name.
      if catalog.resolve(phrase) != nil {
        left(n, ledger.reason(n) ?? "named by a catalog indicator it does not fit")
        continue
      }
      guard let y = context.year ?? yearNotStated else {
        left(n, "no year")
        continue
      }
      emitUncatalogued(phrase, n, context, year: y)
      lastPhrase = phrase
    }
  }

  /// Reasons that hold whatever words come before the figure.
  static let finalReasons: Set<String> = [
    "a rank, not a value", "a range of values", "counts events or procedures (次, 场, 天…)",
    "a figure for a planning period or a span of years", "the floor stated before, restated",
  ]

  static func notAQuantity(_ n: NumberToken) -> String? {
    if n.isRange { return "a range of values" }
    if n.procedural { return "counts events or procedures (次, 场, 天…)" }
    if n.unit == nil { return "a scale (万, 亿) without a unit" }
    return nil
  }

  mutating func left(_ n: NumberToken, _ reason: String) {
    leftOut.append(
      LeftOutFigure(sourceFile: sourceFile, line: sentence.line, figure: text.string(n.range), reason: reason))
  }

  private mutating func emitUncatalogued(
    _ phrase: String, _ n: NumberToken, _ context: FigureContext, year: Int, catalogued: Bool = false,
    level: SchoolLevel? = nil
  ) {
    guard let unit = n.unit else { return }
    var sign: Double = 1
    let measure: Measure
    if unit == .percentagePoints {
      measure = .percentagePointDifference
      sign = context.change ?? context.compare ?? 1
    } else if let c = context.change {
      measure = unit == .percent ? .growthPercent : .changeAbsolute
      sign = c
    } else if let c = context.compare {
      measure = .changeAbsolute
      sign = c
    } else if unit.dimension == .moneyPerStudent {
      measure = .standard
    } else if context.target || namesATargetAfter(n) {
      measure = .target
    } else {
      measure = .value
    }
    record(phrase, catalogued: catalogued, level: level, measure: measure, n, year: year, sign: sign)
  }
}
