/// The last stage: a figure with its subject, level, measure and year becomes an
/// ``Observation`` (or is left out, with the reason recorded).
extension SentenceReader {
  // MARK: Emitting

  static let perStudentWord = Array("生均".utf8)
  static let vaguePerStudent: Set<String> = ["生均", "生均支出", "生均经费"]
  static let vaguePerStudentScalars = Set(vaguePerStudent.map(\.foldedScalars))

  /// The sentence as written, built once for all its observations.
  var sentenceText: String {
    mutating get {
      if let s = cachedSentenceText { return s }
      var s = text.string(sentence.range)
      // A sentence wrapped over lines (text out of a PDF) is quoted as one line: the line ends
      // were the page's, not the writer's.
      // (Bytes, not Characters: grapheme breaking over every sentence cost measurable time.)
      if s.utf8.contains(0x0A) || s.utf8.contains(0x0D) { s = s.split(whereSeparator: \.isNewline).joined() }
      cachedSentenceText = s
      return s
    }
  }

  mutating func emit(_ s: Subject, _ level: SchoolLevel?, _ n: NumberToken, measureOverride: Measure?, isCompared: Bool)
  {
    var subject = s
    // 1.幼儿园生均支出17443.63元 under (二)各类教育生均一般公共预算教育事业费增长情况: a vague
    // per-student word in an item is the heading's own indicator.
    if let h = heading?.subject.indicator, h.levelApplies, Self.vaguePerStudent.contains(subject.phrase),
      subject.indicator?.dimension == h.dimension
    {
      subject = Subject(indicator: h, phrase: h.chinese, levels: subject.levels)
    }
    var unit = n.unit
    var value = n.value
    // A scale without a unit (教研经费****万) or no unit at all: the indicator's base unit decides.
    if unit == nil {
      guard let ind = subject.indicator else { return }
      if n.pendingScale != 1 {
        guard [.money, .count].contains(ind.dimension) else {
          ledger.leave(n, "a scale without a unit, for an indicator that is not an amount or a count")
          return
        }
        unit = ind.baseUnit
        value = value.map { $0 * n.pendingScale }
      } else if ind.dimension == .ratio {
        unit = Unit.none
      } else {
        return
      }
    }
    guard let unit else { return }
    let sign = change ?? compare ?? 1
    var measure: Measure
    if let m = measureOverride {
      measure = m
      if isCompared == false, let v = value { value = v * (compare ?? 1) }
    } else if unit == .percentagePoints {
      measure = .percentagePointDifference
      if let v = value, !isCompared { value = v * sign }
    } else if gapToReference {
      measure = .changeAbsolute
      if let v = value { value = v * (compare ?? 1) }
    } else if !isCompared, let c = change {
      if subject.indicator?.chinese.hasPrefix("新增") == true && unit != .percent {
        measure = .value  // 增加了200余个普惠学位: an increment indicator counts what was added
      } else {
        measure = unit == .percent ? .growthPercent : .changeAbsolute
        if let v = value { value = v * c }
      }
    } else if unit.dimension == .moneyPerStudent {
      measure = .standard
    } else if target || namesATargetAfter(n) {
      measure = .target
    } else {
      measure = .value
    }
    if let ind = subject.indicator, !Self.fits(ind, unit: unit, measure: measure),
      !(measure == .percentagePointDifference && comparesGrowth(before: n))
    {
      // The catalog's word in a different sense (预算教育支出进度为26.2%): the report's own phrase, or nothing.
      guard let own = ownSubject(n, start: n.range.lowerBound),
        own.indicator == nil || Self.fits(own.indicator!, unit: unit, measure: measure)
      else {
        ledger.leave(n, "its unit does not fit \(subject.name)")
        return
      }
      subject = own
    }
    // 师生比1:19.21 is read by the scanner as 1 ÷ 19.21; students per teacher are never fewer than one.
    if subject.indicator?.id == "student_teacher_ratio", let v = value, v > 0, v < 1 { value = 1 / v }
    // A per-student figure in the hundreds of thousands is a total (生均公用经费总计17857万元).
    // (Value first, and the name searched as bytes: `String.contains` goes through Foundation and
    // was 5 % of extraction time when it ran for every figure.)
    if let ind = subject.indicator, ind.dimension == .money, let v = value, v > 100_000,
      ind.chinese.utf8.containsBytes(Self.perStudentWord)
    {
      ledger.leave(n, "a total, not a per-student amount")
      return
    }
    guard let dataYear = figureYear ?? year ?? fallbackYear ?? yearNotStated else {
      ledger.leave(n, "no year")
      warnings.append("\(sourceFile):\(sentence.line): no year for \(subject.name); skipped")
      return
    }
    var flags: ObservationFlags = dataYear == 0 ? [.yearNotStated] : []
    if n.approximate { flags.insert(.approximate) }
    if n.masked {
      flags.insert(.masked)
      value = nil
    }
    var level = level
    // 在园幼儿、小学、初中在校生分别为…: pupils at pre-school level are the catalog's 在园幼儿数.
    if level == .preschool, let id = subject.indicator?.id,
      let own = Self.levelNames[id + "|" + SchoolLevel.preschool.rawValue],
      let ind = catalog.indicator(id: own)
    {
      subject = Subject(indicator: ind, phrase: ind.chinese, levels: [])
      level = nil
    }
    let applies = subject.indicator?.levelApplies ?? true
    if subject.indicator == nil { flags.insert(.uncatalogued) }
    if firstAllLevelsValue == nil, measure == .value, level == nil || !applies, let ind = subject.indicator {
      firstAllLevelsValue = (ind, dataYear)
    }
    ledger.emitted(n)
    observations.append(
      Observation(
        district: district, year: dataYear,
        indicator: subject.indicator == nil ? UncataloguedName.plain(subject.name) : subject.name,
        level: applies ? level : nil, measure: measure,
        value: value, unit: unit, flags: flags,
        provenance: Provenance(sourceFile: sourceFile, sourceText: sentenceText, line: sentence.line),
        reference: reference(
          of: subject, measure: measure, measureOverride: measureOverride, figureStart: n.range.lowerBound),
        precision: WrittenPrecision.of(figure: text.folded[n.range], value: value)))
  }

  /// What a difference in a comparison clause is taken against: the words between the
  /// comparison (or the last 、) and the figure (高出省11个百分点、市7个百分点), else those
  /// after 比/较 before it (比全市高出2个百分点). nil for anything else, and for an
  /// indicator whose name already says it (教育支出增长高于财政经常性收入增长).
  func reference(of subject: Subject, measure: Measure, measureOverride: Measure?, figureStart: Int) -> String? {
    guard compare != nil, measureOverride == nil, measure == .percentagePointDifference || measure == .changeAbsolute
    else { return nil }
    let words =
      ComparisonReference.normalise(SubjectPhrase.trimmed(text, segmentStart, figureStart))
      ?? Self.referenceBefore(SubjectPhrase.trimmed(text, compareLead.lowerBound, compareLead.upperBound))
    guard let words else { return nil }
    let name = subject.name.replacingOccurrences(of: "的", with: "")
    return name.contains(words.replacingOccurrences(of: "的", with: "")) ? nil : words
  }

  /// The reference in the words before a comparison word: what follows the last 比 or 较.
  static func referenceBefore(_ phrase: String) -> String? {
    guard let i = phrase.lastIndex(where: { $0 == "比" || $0 == "较" }) else { return nil }
    return ComparisonReference.normalise(String(phrase[phrase.index(after: i)...]))
  }

  /// Whether a figure in `unit` can be `indicator`'s `measure`.
  /// 增幅高于全国增幅3.8个百分点: a money indicator's gap in percentage points is the gap
  /// between its growth and the reference's, which the sentence says before the figure.
  func comparesGrowth(before n: NumberToken) -> Bool {
    guard compare != nil else { return false }
    let clause = sentence.range.lowerBound..<n.range.lowerBound
    return Self.growthWords.contains { text.contains($0, in: clause) }
  }
  static let growthWords = ["增幅", "增速", "增长幅度", "增长速度"].map(\.foldedScalars)

  static func fits(_ indicator: Indicator, unit: Unit, measure: Measure) -> Bool {
    switch measure {
    case .growthPercent: return unit == .percent
    case .percentagePointDifference: return [.percent, .percentagePoints].contains(indicator.dimension)
    default:
      switch indicator.dimension {
      case .money: return unit.dimension == .money
      case .moneyPerStudent: return unit.dimension == .moneyPerStudent || unit.dimension == .money
      case .percent: return unit == .percent
      case .percentagePoints: return unit == .percentagePoints
      case .count: return unit.dimension == .count
      case .area: return unit.dimension == .area
      case .ratio: return unit == Unit.none
      case .other: return true
      }
    }
  }

}

extension SentenceReader {
  /// Appends a figure read by a construction that settles its own indicator and measure
  /// (shares, figures left to the report's own words).
  /// The year of a figure whose report states none: 0, kept as such (``ObservationFlags/yearNotStated``)
  /// where uncatalogued figures are kept too; with `--catalog-only` such figures are left out.
  var yearNotStated: Int? { keepUncatalogued ? 0 : nil }

  mutating func record(
    _ name: String, catalogued: Bool, level: SchoolLevel?, measure: Measure, _ n: NumberToken, year: Int,
    sign: Double = 1,
    reference: String? = nil
  ) {
    guard let unit = n.unit else { return }
    var flags: ObservationFlags = catalogued ? [] : [.uncatalogued]
    if year == 0 { flags.insert(.yearNotStated) }
    var value = n.value.map { $0 * sign }
    if n.approximate { flags.insert(.approximate) }
    if n.masked {
      flags.insert(.masked)
      value = nil
    }
    ledger.emitted(n)
    observations.append(
      Observation(
        district: district, year: year, indicator: catalogued ? name : UncataloguedName.plain(name), level: level,
        measure: measure, value: value, unit: unit,
        flags: flags, provenance: Provenance(sourceFile: sourceFile, sourceText: sentenceText, line: sentence.line),
        reference: reference, precision: WrittenPrecision.of(figure: text.folded[n.range], value: value)))
  }
}
