import Charts
import Metrics

/// A chart ready to render, with everything a briefing writes beside it.
struct BuiltChart: Sendable {
  /// One value the chart shows, with where it came from.
  struct Row: Sendable {
    var series: String
    var district: String
    var year: Int
    /// In the chart's display unit (e.g. 万元).
    var shown: Double?
    /// In the base unit (元).
    var value: Double?
    var unit: String
    var flags: ObservationFlags
    var sources: [Provenance]
  }

  var spec: ChartSpec
  var rows: [Row]
  /// Comparability warnings for the terminal, in English.
  var warnings: [String]
  /// The same warnings as notes for the briefing's reader, in Chinese.
  var notes: [String]
  /// A Chinese description for screen readers and the briefing index.
  var altText: String
  var displayUnit: String
}
