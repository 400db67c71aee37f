import Charts
import Foundation
import Metrics

/// Turns a request and the observations into a chart spec: aligns a panel,
/// applies the view (value, growth, index), chooses one display scale for the
/// whole chart and collects the data rows, warnings and alt text.
///
/// Owns the Panel → ChartSpec mapping, so Charts never sees Metrics.
public struct ChartBuilder {
  public var table: ObservationTable
  public var catalog: IndicatorCatalog = .standard
  public var defaultSize = ChartSize.pixels(1200, 800)

  public init(table: ObservationTable, catalog: IndicatorCatalog = .standard) {
    self.table = table
    self.catalog = catalog
  }

  public func build(_ r: ChartRequest) throws -> BuiltChart {
    let built = try buildUnchecked(r)
    // Sizes and resolutions are bounded before anything renders (a spec's dpi: 1e9 or a
    // size of 1000x1000cm crashed the allocator); the message names what is out of range.
    switch built.spec {
    case .bar(let s): _ = try s.size.validated()
    case .trend(let s): _ = try s.size.validated()
    }
    return built
  }

  private func buildUnchecked(_ r: ChartRequest) throws -> BuiltChart {
    if r.categories == .levels { return try byLevel(r) }
    let query = PanelQuery(
      indicator: r.indicator, level: r.level, measure: r.measure, years: nil, districts: r.districts,
      reference: r.comparedTo, aggregate: r.aggregate)
    let builder = PanelBuilder(table: table, catalog: catalog)
    let base = try builder.panel(query)
    let panel = try r.view.apply(to: base, query: query, builder: builder)
    var all = base.warnings
    if r.view != .value { all += panel.warnings.filter { !all.contains($0) } }
    // A chart names its years itself (a bar chart also who lacks its year, below):
    // "a single-year comparison must name its year" would be untrue of it.
    all.removeAll { $0.kind == .differentDataYears }
    var warnings = Warnings(
      english: all.map(\.english),
      chinese: ChartNotes.chinese(
        Self.shownCells(all, r), indicator: base.indicatorName, entity: entity(r, base),
        uncatalogued: r.uncataloguedNote))
    if r.view.isComputed { warnings.computedFrom = Self.sourceFiles(of: base) }
    var built: BuiltChart
    switch r.kind {
    case .bar: built = try bar(r, panel, warnings)
    case .trend: built = try trend(r, panel, warnings)
    }
    built.terminalOnly = Self.terminalOnly(all, r)
    return built
  }

  /// The notes under a chart speak of the cells it shows: a 2023 chart of summed rows listed
  /// the 2022 cells as summed too. (The terminal still hears of every cell.)
  static func shownCells(_ warnings: [ComparabilityWarning], _ r: ChartRequest) -> [ComparabilityWarning] {
    warnings.compactMap { w in
      guard case .aggregated(let indicator, let rule, let cells) = w else { return w }
      let shown = cells.filter { c in
        (r.years?.contains(c.year) ?? true) && (r.districts?.contains(c.district) ?? true)
      }
      return shown.isEmpty ? nil : .aggregated(indicator: indicator, rule: rule, cells: shown)
    }
  }

  /// What is said on the terminal only: an uncatalogued indicator, unless the chart notes it.
  static func terminalOnly(_ warnings: [ComparabilityWarning], _ r: ChartRequest) -> [String] {
    r.uncataloguedNote ? [] : warnings.filter { $0.kind == .uncataloguedIndicator }.map(\.english)
  }

  /// Warnings for the terminal (English, like every message of the tool) and
  /// notes for the chart (Chinese, for the briefing's reader).
  struct Warnings {
    var english: [String]
    var chinese: [String]
    /// For a computed view: the files of the figures it was computed from.
    var computedFrom: [String] = []
  }

  // MARK: Bar

  private func bar(_ r: ChartRequest, _ panel: Panel, _ warnings: Warnings) throws -> BuiltChart {
    var warnings = warnings
    let noun = entity(r, panel)
    let years: [Int]
    if let span = r.years {
      years = panel.years.filter { span.contains($0) }
    } else if let last = panel.years.last(where: { y in panel.districts.contains { panel.value($0, y) != nil } }) {
      years = [last]
    } else {
      years = []
    }
    let withData = years.filter { y in panel.districts.contains { panel.value($0, y) != nil } }
    guard !withData.isEmpty else {
      throw ChartBuildError(
        "no data for \(panel.indicatorName) in \(r.years.map(Self.describe(span:)) ?? "any year"); the data has \(Self.describe(years: panel.years))"
      )
    }
    var districts = r.districts ?? panel.districts.filter { d in withData.contains { panel.value(d, $0) != nil } }
    let compared = districts
    try requireDistricts(r, in: panel)
    // One year, chosen for the user (the latest) or named with --year: districts with no
    // figure for it are not in the chart, and the chart says which and what they have.
    if r.districts == nil, withData.count == 1, let y = withData.last {
      let chosen = r.years == nil
      let left = panel.districts.filter { d in panel.value(d, y) == nil }.compactMap { d -> (String, [Int])? in
        let has = panel.years.filter { panel.value(d, $0) != nil }
        return has.isEmpty ? nil : (d, chosen ? [has.last!] : has)
      }
      if !left.isEmpty {
        let listed = left.prefix(5)
        func chinese(_ has: [Int]) -> String {
          chosen
            ? "最新为\(has[0])年"
            : "有数据的年份："
              + compactYears(has).replacingOccurrences(of: "–", with: "—")
              .replacingOccurrences(of: ", ", with: "、") + "年"
        }
        warnings.chinese.append(
          "未列出无\(y)年数据的\(noun.noun)：" + listed.map { "\($0.0)（\(chinese($0.1))）" }.joined(separator: "、")
            + (left.count > 5 ? "等\(left.count)个" : "") + "。")
        warnings.english.append(
          "not shown, having no figure for \(y): "
            + listed.map { "\($0.0) (\(chosen ? "latest" : "has") \(compactYears($0.1)))" }.joined(separator: ", ")
            + (left.count > 5 ? ", …" : "")
            + (chosen
              ? "; name a year with --year to compare them"
              : "; the chart's notes say so; --districts lists them as 无数据"))
      }
    }
    // Rank 1 is the highest value: the best ranks are the smallest numbers.
    let isRank = r.view == .rank
    var topNote: String? = nil
    if let top = r.top, top < districts.count {
      let y = withData.last!
      // The title still says 各区县: the note says the chart shows only the first N of them.
      topNote = "图中仅显示\(y)年数值最高的\(noun.count(top))（共\(districts.count)个）。"
      let missing = isRank ? Double.infinity : -.infinity
      districts = Array(
        districts.sorted {
          let a = panel.value($0, y) ?? missing, b = panel.value($1, y) ?? missing
          return isRank ? a < b : a > b
        }.prefix(top))
    }
    let raw = withData.flatMap { y in districts.compactMap { panel.value($0, y) } }
    // A mean or median line is of every district compared, not only of the N shown:
    // its label says which districts it is of (全部38个区县平均), and with --top a note
    // says it is a simple mean of the district figures.
    let everyValue = withData.flatMap { y in compared.compactMap { panel.value($0, y) } }
    let scale = displayScale(panel, raw)
    var rows: [BuiltChart.Row] = []
    var series: [BarSeries] = []
    for y in withData {
      var values: [Double?] = []
      var flags: [PointFlag] = []
      for d in districts {
        let cell = panel.cell(d, y)
        let v = cell?.value
        values.append(v.map { $0 / scale.divisor })
        flags.append(Self.pointFlag(cell?.flags ?? [], view: r.view))
        rows.append(row(series: "\(y)", d, y, cell, scale, panel))
      }
      series.append(BarSeries(name: "\(y)年", values: values, flags: flags))
    }
    let population =
      compared.count == districts.count && r.districts == nil
      ? nil : (r.districts == nil ? "全部\(noun.count(compared.count))" : "所列\(noun.count(compared.count))")
    let references = r.references.compactMap {
      reference($0, values: everyValue, scale: scale, panel: panel, population: population)
    }
    if let top = r.top, top < compared.count, let population {
      for kind in r.references where kind == .mean || kind == .median {
        let line = kind == .mean ? "平均线为\(population)数值的简单平均（未加权）" : "中位数线为\(population)数值的中位数"
        topNote = (topNote ?? "") + line + "，非图中所示\(noun.count(top))的\(kind == .mean ? "平均" : "中位数")。"
      }
    }
    let what = title(panel, r)
    let yearText = withData.count == 1 ? "\(withData[0])年" : "\(withData.first!)—\(withData.last!)年"
    var spec = BarChartSpec(
      title: r.title ?? "\(yearText)\(r.districts == nil ? noun.every : noun.some)\(what)\(viewSuffix(r))",
      categories: districts, series: series, valueAxisTitle: axisTitle(panel, r, scale))
    spec.subtitle = r.subtitle
    spec.source = r.source ?? sourceLine(rows, computedFrom: warnings.computedFrom)
    spec.notes = r.notes + (topNote.map { [$0] } ?? []) + warnings.chinese + flagNotes(rows, view: r.view)
    spec.orientation = r.orientation
    // Sorting is by the indicator: descending (the default) puts the highest value,
    // i.e. rank 1, first.
    spec.sort = isRank ? (r.sort == .descending ? .ascending : r.sort == .ascending ? .descending : r.sort) : r.sort
    spec.stacked = r.stacked
    spec.valueFormat = valueFormat(scale, values: raw.map { $0 / scale.divisor }, computed: r.view.isComputed)
    spec.highlights = Set(r.highlights)
    spec.referenceLines = references
    spec.size =
      r.size ?? defaultSize(r, 1200, max(480, min(1600, Double(districts.count * max(1, withData.count)) * 22 + 260)))
    let alt = AltText.bar(
      title: spec.title, rows: rows, unit: scale.unitLabel, format: spec.valueFormat, entity: noun,
      partOf: districts.count < compared.count ? compared.count : nil)
    return BuiltChart(
      spec: .bar(spec), rows: rows, warnings: warnings.english, notes: warnings.chinese, altText: alt,
      displayUnit: scale.unitLabel)
  }

  // MARK: Bars by school level

  /// One bar per school level; one series per district. Each district shows the
  /// requested year, or its latest year with data — different years are said in a note.
  private func byLevel(_ r: ChartRequest) throws -> BuiltChart {
    let builder = PanelBuilder(table: table, catalog: catalog)
    var panels: [(SchoolLevel, Panel)] = []
    for level in SchoolLevel.allCases {
      var q = PanelQuery(
        indicator: r.indicator, level: level, measure: r.measure, years: r.years, districts: r.districts,
        reference: r.comparedTo, aggregate: r.aggregate)
      q.districts = r.districts
      do {
        let p = try builder.panel(q)
        if !p.districts.isEmpty { panels.append((level, p)) }
      } catch let e as AlignmentError where e.isAboutTheRows {
        throw e  // a level whose rows disagree must not silently drop out of the chart
      } catch {}
    }
    guard let first = panels.first?.1 else {
      throw ChartBuildError(
        "no level-specific data for \(r.indicator)\(r.years.map { " in " + Self.describe(span: $0) } ?? ""); by-level charts need a level for each value"
      )
    }
    let districts = r.districts ?? orderedUnion(panels.map { $0.1.districts })
    var chosenYear: [String: Int] = [:]
    for d in districts {
      let years = panels.flatMap { (_, p) in p.years.filter { p.value(d, $0) != nil } }
      if let y = r.years.map({ $0.upperBound }) ?? years.max() { chosenYear[d] = y }
    }
    let levels = panels.filter { (_, p) in districts.contains { d in chosenYear[d].flatMap { p.value(d, $0) } != nil } }
    guard !levels.isEmpty else {
      throw ChartBuildError("no data for \(r.indicator) by level for \(districts.joined(separator: "、"))")
    }
    let raw = levels.flatMap { (_, p) in districts.compactMap { d in chosenYear[d].flatMap { p.value(d, $0) } } }
    let scale = displayScale(first, raw)
    var rows: [BuiltChart.Row] = []
    var series: [BarSeries] = []
    for d in districts {
      guard let y = chosenYear[d] else { continue }
      var values: [Double?] = []
      var flags: [PointFlag] = []
      for (level, p) in levels {
        let cell = p.cell(d, y)
        values.append(cell?.value.map { $0 / scale.divisor })
        flags.append(Self.pointFlag(cell?.flags ?? [], view: r.view))
        rows.append(row(series: level.rawValue, d, y, cell, scale, p))
      }
      series.append(BarSeries(name: districts.count > 1 ? "\(d)（\(y)年）" : "\(y)年", values: values, flags: flags))
    }
    // Each level's panel warns about the districts it lacks and their differing
    // latest years; here the chart says once which year each district shows.
    let all = levels.flatMap { $0.1.warnings }.filter {
      $0.kind != .differentDataYears && $0.kind != .districtWithoutData
    }
    var english = all.map(\.english)
    let noun = entity(r, first)
    var chinese = ChartNotes.chinese(
      all, indicator: first.indicatorName, entity: noun, uncatalogued: r.uncataloguedNote)
    var seen = Set<String>()
    english = english.filter { seen.insert($0).inserted }
    let distinctYears = Set(chosenYear.values)
    if distinctYears.count > 1 {
      let years = districts.compactMap { d in chosenYear[d].map { "\(d)\($0)年" } }
      chinese.append("\(noun.every)数据年份不同：" + years.joined(separator: "、") + "。")
      english.append(
        "the districts' data years differ: "
          + districts.compactMap { d in chosenYear[d].map { "\(d) \($0)" } }.joined(separator: ", "))
    }
    let what = first.indicator?.chinese ?? first.indicatorName
    let measureText = Self.measureText(r.measure, reference: first.reference)
    let who = districts.count == 1 ? districts[0] : districts.joined(separator: "、")
    let yearText = distinctYears.count == 1 ? "\(distinctYears.first!)年" : ""
    let axisName = "\(what)\(measureText)"
    var spec = BarChartSpec(
      title: r.title ?? "\(who)\(yearText)各学段\(what)\(measureText)",
      categories: levels.map { $0.0.rawValue }, series: series,
      valueAxisTitle: scale.unitLabel.isEmpty ? axisName : "\(axisName)（\(scale.unitLabel)）")
    spec.subtitle = r.subtitle
    spec.source = r.source ?? sourceLine(rows)
    spec.notes = r.notes + chinese + flagNotes(rows, view: r.view)
    spec.orientation = r.orientation
    spec.sort = r.sort
    spec.stacked = r.stacked
    spec.valueFormat = valueFormat(scale, values: raw.map { $0 / scale.divisor }, computed: r.view.isComputed)
    spec.highlights = Set(r.highlights)
    spec.referenceLines = r.references.compactMap { reference($0, values: raw, scale: scale, panel: first) }
    spec.size = r.size ?? defaultSize(r, 1200, max(480, Double(levels.count * max(1, series.count)) * 34 + 300))
    let alt = AltText.byLevel(
      title: spec.title, rows: rows, unit: scale.unitLabel, format: spec.valueFormat, entity: noun)
    var built = BuiltChart(
      spec: .bar(spec), rows: rows, warnings: english, notes: chinese, altText: alt, displayUnit: scale.unitLabel)
    built.terminalOnly = Self.terminalOnly(all, r)
    return built
  }

  private func orderedUnion(_ lists: [[String]]) -> [String] {
    var seen = Set<String>()
    return lists.flatMap { $0 }.filter { seen.insert($0).inserted }
  }

  // MARK: Trend

  private func trend(_ r: ChartRequest, _ panel: Panel, _ warnings: Warnings) throws -> BuiltChart {
    let noun = entity(r, panel)
    if let span = r.years, !panel.years.contains(where: { span.contains($0) }) {
      throw ChartBuildError(
        "no data for \(panel.indicatorName) in \(Self.describe(span: span)); the data has \(Self.describe(years: panel.years))"
      )
    }
    guard !panel.years.isEmpty else { throw ChartBuildError("no data for \(panel.indicatorName)") }
    try requireDistricts(r, in: panel)
    let districts = r.districts ?? panel.districts
    let years = Self.trendYears(panel, districts: districts, span: r.years)
    let raw = districts.flatMap { d in years.compactMap { panel.value(d, $0) } }
    guard !raw.isEmpty else {
      throw ChartBuildError("no data for \(panel.indicatorName) in \(Self.describe(years: years)) for these districts")
    }
    let scale = displayScale(panel, raw)
    var rows: [BuiltChart.Row] = []
    var series: [TrendSeries] = []
    for d in districts {
      var values: [Double?] = []
      var flags: [PointFlag] = []
      // A missing figure is a row (and a gap) only in a year the series' own step
      // expects: a 5-yearly series beside an annual one lacks nothing in 2016.
      let reported = years.filter { panel.value(d, $0) != nil }
      let step = YearStep.of(reported) ?? YearStep.grid(years)
      let anchor = reported.first ?? years.first ?? 0
      for y in years {
        let cell = panel.cell(d, y)
        values.append(cell?.value.map { $0 / scale.divisor })
        flags.append(Self.pointFlag(cell?.flags ?? [], view: r.view))
        if cell != nil || (y - anchor) % step == 0 { rows.append(row(series: d, d, y, cell, scale, panel)) }
      }
      series.append(TrendSeries(name: d, values: values, flags: flags))
    }
    let what = title(panel, r)
    var spec = TrendChartSpec(
      title: r.title
        ?? "\(years.count == 1 ? "\(years[0])" : "\(years.first!)—\(years.last!)")年\(r.districts == nil ? noun.every : noun.some)\(what)\(viewSuffix(r))",
      years: years, series: series, valueAxisTitle: axisTitle(panel, r, scale))
    spec.subtitle = r.subtitle
    spec.source = r.source ?? sourceLine(rows, computedFrom: warnings.computedFrom)
    spec.notes = r.notes + warnings.chinese + flagNotes(rows, view: r.view)
    spec.valueFormat = valueFormat(scale, values: raw.map { $0 / scale.divisor }, computed: r.view.isComputed)
    spec.highlights = Set(r.highlights)
    spec.referenceLines = r.references.compactMap { reference($0, values: raw, scale: scale, panel: panel) }
    spec.size = r.size ?? defaultSize(r, defaultSize.width, defaultSize.height)
    let alt = AltText.trend(title: spec.title, rows: rows, unit: scale.unitLabel, format: spec.valueFormat)
    return BuiltChart(
      spec: .trend(spec), rows: rows, warnings: warnings.english, notes: warnings.chinese, altText: alt,
      displayUnit: scale.unitLabel)
  }

  /// The trend's slots: the step every reported year lies on (5 for 2015, 2020, 2025;
  /// 1 for annual data), from the span's start (or the first reported year) to its end.
  /// A year the data's step expects and no one reports is a slot left empty, so the
  /// chart shows it as a gap; a year off the step is no slot at all.
  static func trendYears(_ panel: Panel, districts: [String], span: ClosedRange<Int>?) -> [Int] {
    let reported = panel.years.filter { y in
      (span?.contains(y) ?? true) && districts.contains { panel.value($0, y) != nil }
    }
    guard let first = reported.first, let last = reported.last else { return span.map { Array($0) } ?? [] }
    let grid = YearStep.grid(reported)
    let start = span.map { first - (first - $0.lowerBound) / grid * grid } ?? first
    return Array(stride(from: start, through: span?.upperBound ?? last, by: grid))
  }

  // MARK: Pieces

  /// What the places are called: the request's word, else guessed from the panel's names.
  private func entity(_ r: ChartRequest, _ panel: Panel) -> EntityNoun {
    r.entity.map(EntityNoun.init(noun:)) ?? .guess(panel.districts)
  }

  /// Every district the user named must be in the data (a typo must not silently shrink the chart).
  private func requireDistricts(_ r: ChartRequest, in panel: Panel) throws {
    guard let unknown = r.districts?.first(where: { !panel.districts.contains($0) }) else { return }
    let known = panel.districts.prefix(12).joined(separator: "、") + (panel.districts.count > 12 ? "…" : "")
    throw ChartBuildError("no district \"\(unknown)\" in the data for \(panel.indicatorName); it has \(known)")
  }

  /// A default size, given in pixels at 144 dpi: another `--dpi` keeps the physical
  /// size and the layout, with more or fewer pixels (300 dpi for print).
  private func defaultSize(_ r: ChartRequest, _ width: Double, _ height: Double) -> ChartSize {
    let dpi = r.dpi ?? 144
    return .pixels((width * dpi / 144).rounded(), (height * dpi / 144).rounded(), dpi: dpi)
  }

  private func displayScale(_ panel: Panel, _ values: [Double]) -> DisplayScale {
    DisplayScale.choose(for: values, unit: panel.unit)
  }

  private func row(series: String, _ d: String, _ y: Int, _ cell: PanelCell?, _ scale: DisplayScale, _ panel: Panel)
    -> BuiltChart.Row
  {
    BuiltChart.Row(
      series: series, district: d, year: y, shown: cell?.value.map { $0 / scale.divisor }, value: cell?.value,
      unit: panel.unit.symbol, flags: cell?.flags ?? [], sources: cell?.provenance ?? [])
  }

  /// The indicator as a chart names it: level, name, and the reported measure asked
  /// for (a derived view, e.g. growth computed from values, adds its own words).
  private func title(_ panel: Panel, _ r: ChartRequest) -> String {
    (panel.level.map { $0.rawValue } ?? "") + (panel.indicator?.chinese ?? panel.indicatorName)
      + Self.measureText(r.measure, reference: panel.reference)
  }

  /// What a measure other than the value is, in a title: a difference says what it
  /// is taken against (一本上线率与全省之差), else that it is on the previous year.
  public static func measureText(_ measure: Measure, reference: String?) -> String {
    switch measure {
    case .value: ""
    case .growthPercent: "增长率"
    case .percentagePointDifference, .changeAbsolute: reference.map { "与\($0)之差" } ?? "较上年增减"
    case .standard: "标准"
    case .target: "目标"
    case .share: reference.map { "占\($0)比例" } ?? "占比"
    }
  }

  private func viewSuffix(_ r: ChartRequest) -> String {
    switch r.view {
    case .value, .prior: ""
    case .growth: "增长率"
    case .index(let b): "指数（\(b ?? r.years?.lowerBound ?? 0)年=100）"
    case .rank: "排名"
    case .gap(.mean): "与均值之差"
    case .gap(.median): "与中位数之差"
    case .gap(.standard(let s)): "与标准（\(ValueFormat.plain.format(s))）之差"
    }
  }

  private func axisTitle(_ panel: Panel, _ r: ChartRequest, _ scale: DisplayScale) -> String {
    let name = title(panel, r)
    switch r.view {
    case .growth: return "\(name)同比增长（%）"
    case .index(let b): return "\(name)指数（\(b ?? r.years?.lowerBound ?? 0)年=100）"
    case .rank: return "\(name)排名（1为最高）"
    case .value, .prior, .gap:
      let suffix = viewSuffix(r)
      return scale.unitLabel.isEmpty ? name + suffix : "\(name)\(suffix)（\(scale.unitLabel)）"
    }
  }

  /// One number format for the whole chart: as many decimals as the figures
  /// carry (reported 3.29 % stays 3.29 %, not 3.3 %), at most two; computed
  /// views get one; money in 万元 or 亿元 two.
  private func valueFormat(_ scale: DisplayScale, values: [Double], computed: Bool = false) -> ValueFormat {
    let suffix = scale.unitLabel == "%" ? "%" : ""
    func carries(_ d: Int) -> Bool {
      let f = pow(10, Double(d))
      return values.allSatisfy { abs(($0 * f).rounded() - $0 * f) < 1e-6 * max(1, abs($0 * f)) }
    }
    let decimals: Int
    if scale.unitLabel == "万元" || scale.unitLabel == "亿元" {
      decimals = carries(0) ? 0 : 2
    } else if computed {
      // Computed 元 (a gap to the mean) and ranks need no fraction; rates and indices one decimal.
      decimals = scale.unitLabel == "元" || carries(0) ? 0 : 1
    } else {
      decimals = (0...2).first(where: carries) ?? (scale.unitLabel == "元" ? 0 : 2)
    }
    return ValueFormat(decimals: decimals, suffix: suffix, thousandsSeparator: true)
  }

  /// A reference line; a mean or median of `values`, which are of `population`
  /// (全部38个区县) when that is not simply the bars shown.
  private func reference(
    _ r: ChartRequest.Reference, values: [Double], scale: DisplayScale, panel: Panel, population: String? = nil
  ) -> ReferenceLine? {
    guard !values.isEmpty else { return nil }
    // Whole 元, and whole units from a thousand up (16,300美元, not 16,300.0); a rate keeps one decimal.
    func format(_ m: Double) -> String {
      ValueFormat(decimals: scale.unitLabel == "元" || abs(m) >= 1000 ? 0 : 1, suffix: "", thousandsSeparator: true)
        .format(m)
    }
    let of = population ?? ""
    switch r {
    case .mean:
      let m = values.reduce(0, +) / Double(values.count) / scale.divisor
      return ReferenceLine(value: m, label: "\(of)平均 \(format(m))\(scale.unitLabel)")
    case .median:
      let s = values.sorted()
      let m = (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2) / scale.divisor
      return ReferenceLine(value: m, label: "\(of)中位数 \(format(m))\(scale.unitLabel)")
    case .value(let v, let label):
      // A standard is given in the indicator's base unit (e.g. 元); shown in the chart's scale.
      return ReferenceLine(value: v / scale.divisor, label: label)
    }
  }

  /// `数据来源：a.csv、b.txt等5个文件`, from the figures shown or, for a computed
  /// view, from the figures it was computed from.
  private func sourceLine(_ rows: [BuiltChart.Row], computedFrom: [String] = []) -> String {
    var files = Self.fileNames(rows.flatMap(\.sources))
    var suffix = ""
    if files.isEmpty && !computedFrom.isEmpty {
      files = computedFrom
      suffix = "，经本工具计算"
    }
    if files.isEmpty { return "数据来源：本工具计算" }
    let shown = files.prefix(3).joined(separator: "、")
    return "数据来源：\(shown)\(files.count > 3 ? "等\(files.count)个文件" : "")\(suffix)"
  }

  public static func sourceFiles(of panel: Panel) -> [String] {
    fileNames(panel.districts.flatMap { d in panel.years.flatMap { panel.cell(d, $0)?.provenance ?? [] } })
  }

  private static func fileNames(_ provenance: [Provenance]) -> [String] {
    var files: [String] = []
    for p in provenance where !p.sourceFile.isEmpty && p.sourceFile != Provenance.derivedFile {
      let name = (p.sourceFile as NSString).lastPathComponent
      if !files.contains(name) { files.append(name) }
    }
    return files
  }

  private func flagNotes(_ rows: [BuiltChart.Row], view: PanelView) -> [String] {
    var notes: [String] = []
    if rows.contains(where: { $0.flags.contains(.approximate) }) {
      notes.append("空心标记为报告中的约数（余、近、以上等）。")
    }
    switch view {
    case .value:
      if rows.contains(where: { $0.flags.contains(.derived) }) {
        notes.append("虚线或空心标记的数值由本工具推算，非报告原值。")
      }
    // The whole view is computed: one note says so instead of marking every point.
    case .growth: notes.append("增长率由本工具根据相邻两年的数值计算，非报告原值。")
    case .index: notes.append("指数由本工具根据报告数值计算（基年=100），非报告原值。")
    case .rank: notes.append("排名由本工具根据报告数值计算（1为最高）。")
    case .gap: notes.append("差值由本工具根据报告数值计算，非报告原值。")
    case .prior: notes.append("上年数值由本工具根据本年数值和报告的增长率倒推，非报告原值。")
    }
    if rows.contains(where: { $0.flags.contains(.masked) }) {
      notes.append("报告中打码（***）的数值按缺失处理，未画出。")
    }
    return notes
  }

  /// How a point is drawn. In a growth or index view every point is computed, so
  /// only hedged source figures are marked.
  public static func pointFlag(_ f: ObservationFlags, view: PanelView = .value) -> PointFlag {
    var p: PointFlag = []
    if f.contains(.approximate) { p.insert(.approximate) }
    if f.contains(.derived) && view == .value { p.insert(.derived) }
    return p
  }

  public static func describe(years: [Int]) -> String {
    guard let lo = years.first, let hi = years.last else { return "no years" }
    return lo == hi
      ? "\(lo) only"
      : "years \(years.count == hi - lo + 1 ? "\(lo)–\(hi)" : years.map(String.init).joined(separator: ", "))"
  }

  public static func describe(span: ClosedRange<Int>) -> String {
    span.lowerBound == span.upperBound ? "\(span.lowerBound)" : "\(span.lowerBound)–\(span.upperBound)"
  }
}
