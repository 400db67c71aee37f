import Metrics

/// Comparability warnings as the notes under a chart: in Chinese, once each,
/// and only those the chart itself does not already show (a gap, a hollow marker).
enum ChartNotes {
  /// The notes; an uncatalogued indicator is said on the terminal, and under the
  /// chart only when `uncatalogued` asks for it (it is not about the figures).
  static func chinese(
    _ warnings: [ComparabilityWarning], indicator: String, entity: EntityNoun = .districts, uncatalogued: Bool = false
  ) -> [String] {
    var notes: [String] = []
    for w in warnings {
      let note: String?
      switch w.kind {
      case .excludedLevels: note = "已剔除口径不同（分学段与不分学段）的数值，图中只比较同一口径。"
      case .excludedReferences, .implausible, .aggregated, .undated: note = w.chinese + "。"
      case .duplicatesDisagree: note = "\(entity.some)同一年份的不同来源数值不一致，图中取首个来源的数值，详见数据表。"
      case .uncataloguedIndicator: note = uncatalogued ? "“\(indicator)”不在指标目录中，按原文名称比较。" : nil
      // Shown in the chart itself (hollow markers, gaps, 无数据) or by flag notes.
      case .approximate, .masked, .derived, .districtWithoutData: note = nil
      // Each chart names its years; by-level charts say it themselves.
      case .differentDataYears: note = nil
      }
      if let note, !notes.contains(note) { notes.append(note) }
    }
    return notes
  }
}
