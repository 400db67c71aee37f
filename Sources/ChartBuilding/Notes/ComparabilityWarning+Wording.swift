import Metrics

/// The words of a comparability warning: English for the terminal (like every
/// message of the tool), Chinese for the briefing's reader (the notes under a
/// Markdown table; ``ChartNotes`` picks and rewords those a chart needs).
///
///     ComparabilityWarning.approximate(cells: [PanelCellRef(district: "渝中区", year: 2021)]).english
///     // "1 figure is approximate in the source (约/余/近/以上): 渝中区 2021"
///     ….chinese
///     // "1个数值在原文中为约数（约/余/近/以上，标“≈”）：渝中区2021年"
extension ComparabilityWarning {
  public var english: String {
    switch self {
    case .excludedLevels(let indicator, let left):
      let counts = left.map { "\($0.level.rawValue) (\($0.count))" }.joined(separator: ", ")
      return
        "\(indicator): only the all-level figures are shown; level-specific figures were left out (\(counts)). Use --level, e.g. --level \(left[0].level.rawValue), to chart one level"
    case .excludedReferences(let indicator, let kept, let left):
      let others = left.map { "\(Self.referenceName($0.reference)) (\($0.count))" }.joined(separator: ", ")
      return
        "\(indicator): only differences against \(Self.referenceName(kept)) are shown; those against \(others) were left out. Pick one with --compared-to, e.g. --compared-to \(Self.referenceName(left[0].reference))"
    case .approximate(let cells):
      return "\(Self.figures(cells.count)) approximate in the source (约/余/近/以上): \(Self.listed(cells))"
    case .masked(let cells):
      return "\(Self.figures(cells.count)) masked in the source (***) and shown as gaps: \(Self.listed(cells))"
    case .duplicatesDisagree(let indicator, let conflicts):
      let listed = conflicts.prefix(5).map {
        "\($0.cell.district) \($0.cell.year): \(DecimalFormat.shortest($0.kept)) (\(PanelBuilder.cite($0.keptSource))) vs \(DecimalFormat.shortest($0.other)) (\(PanelBuilder.cite($0.otherSource)))"
      }
      return
        "\(conflicts.count) cell\(conflicts.count == 1 ? "" : "s") of \(indicator) have disagreeing sources; the first figure is kept: "
        + listed.joined(separator: "; ") + (conflicts.count > 5 ? "; …" : "")
    case .aggregated(let indicator, let rule, let cells):
      return
        "\(cells.count) cell\(cells.count == 1 ? "" : "s") of \(indicator) \(cells.count == 1 ? "combines" : "combine") several rows (--aggregate \(rule.rawValue)): \(Self.listed(cells))"
    case .differentDataYears(let latest):
      let parts = latest.map {
        "\($0.year): \($0.districts.count > 5 ? "\($0.districts.count) districts" : $0.districts.joined(separator: ", "))"
      }
      return
        "the latest data year differs between districts (\(parts.joined(separator: "; "))): a single-year comparison must name its year"
    case .districtWithoutData(let districts, let years):
      return "no figure for \(Self.listed(districts)) in \(compactYears(years))"
    case .uncataloguedIndicator(let name):
      return "\"\(name)\" is not in the indicator catalog: compared by its exact name, without plausibility checks"
    case .undated(let indicator, let count):
      return
        "\(count) figure\(count == 1 ? "" : "s") of \(indicator) left out: \(count == 1 ? "its report states" : "their reports state") no year (date a report with `compare extract --year`)"
    case .derived(let name, let from):
      return "\(name): computed by this tool from \(from), not reported"
    case .implausible(let indicator, let cells, let first, let unit, let hint):
      let hintText = hint.map { " (\(DecimalFormat.shortest(first))\(unit): \($0))" } ?? ""
      return
        "\(Self.figures(cells.count)) outside the plausible range for \(indicator); check the unit: \(Self.listed(cells))\(hintText)"
    }
  }

  public var chinese: String {
    switch self {
    case .excludedLevels(let indicator, let left):
      return "只列出不分学段的\(indicator)；分学段的数值口径不同，未列入（\(left.map(\.level.rawValue).joined(separator: "、"))）"
    case .excludedReferences(let indicator, let kept, let left):
      return
        "只列出与\(Self.referenceName(kept))相比的\(indicator)差值；与\(left.map { Self.referenceName($0.reference) }.joined(separator: "、"))相比的不是同一个量，未列入"
    case .approximate(let cells):
      return "\(cells.count)个数值在原文中为约数（约/余/近/以上，标“≈”）：\(Self.listedChinese(cells))"
    case .masked(let cells):
      return "\(cells.count)个数值在原文中被隐去（***），按缺失处理：\(Self.listedChinese(cells))"
    case .duplicatesDisagree(let indicator, let conflicts):
      return "\(conflicts.count)处同一区县同一年份的\(indicator)来源不一致，取首个来源的数值（标“!”）"
    case .aggregated(let indicator, let rule, let cells):
      // No entity noun: the cells listed (甲站2022年) say what was combined, whatever the places are.
      return "\(indicator)有\(cells.count)处同一年份多条数据，\(Self.ruleChinese(rule))：\(Self.listedChinese(cells))"
    case .differentDataYears(let latest):
      let parts = latest.map {
        "\($0.year)年：\($0.districts.count > 5 ? "\($0.districts.count)个区县" : $0.districts.joined(separator: "、"))"
      }
      return "各区县最新数据年份不同（" + parts.joined(separator: "；") + "），比较单一年份须注明年份"
    case .districtWithoutData(let districts, let years):
      return
        "\(districts.prefix(5).joined(separator: "、"))\(districts.count > 5 ? "等\(districts.count)个区县" : "")在\(compactYears(years))年无数据"
    case .uncataloguedIndicator(let name):
      return "“\(name)”不在指标目录中，按原文名称比较"
    case .undated(let indicator, let count):
      return "\(count)个\(indicator)数值原文未注明年份，未列入"
    case .derived(let name, let from):
      return "“\(name)”由本工具根据“\(from)”计算，非报告原值"
    case .implausible(let indicator, let cells, _, _, _):
      return "\(cells.count)个数值超出\(indicator)的合理范围，请核对单位：\(Self.listedChinese(cells))"
    }
  }

  /// How several rows became one figure, as a briefing says it.
  private static func ruleChinese(_ rule: Aggregation) -> String {
    switch rule {
    case .sum: "取其合计"
    case .mean: "取其平均值"
    case .min: "取其最小值"
    case .max: "取其最大值"
    case .first: "取首条数据"
    }
  }

  /// "1 figure is" / "3 figures are".
  private static func figures(_ n: Int) -> String { "\(n) figure\(n == 1 ? " is" : "s are")" }

  /// The first five, "A 2021, B 2022, …".
  private static func listed(_ cells: [PanelCellRef]) -> String { listed(cells.map { "\($0.district) \($0.year)" }) }

  private static func listed(_ items: [String]) -> String {
    items.prefix(5).joined(separator: ", ") + (items.count > 5 ? ", …" : "")
  }

  /// The first five, "A2021年、B2022年等".
  private static func listedChinese(_ cells: [PanelCellRef]) -> String {
    cells.prefix(5).map { "\($0.district)\($0.year)年" }.joined(separator: "、") + (cells.count > 5 ? "等" : "")
  }

  /// A comparison reference by name; "" is the previous year.
  private static func referenceName(_ reference: String) -> String { reference.isEmpty ? "上年" : reference }
}
