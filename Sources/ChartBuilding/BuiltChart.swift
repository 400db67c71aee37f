import Charts
import Metrics

/// A chart ready to render, with everything a briefing writes beside it.
public struct BuiltChart: Sendable {
  /// One value the chart shows, with where it came from.
  public struct Row: Sendable {
    public var series: String
    public var district: String
    public var year: Int
    /// In the chart's display unit (e.g. 万元).
    public var shown: Double?
    /// In the base unit (元).
    public var value: Double?
    public var unit: String
    public var flags: ObservationFlags
    public var sources: [Provenance]

    public init(
      series: String, district: String, year: Int, shown: Double?, value: Double?, unit: String,
      flags: ObservationFlags,
      sources: [Provenance]
    ) {
      self.series = series
      self.district = district
      self.year = year
      self.shown = shown
      self.value = value
      self.unit = unit
      self.flags = flags
      self.sources = sources
    }
  }

  public var spec: ChartSpec
  public var rows: [Row]
  /// Comparability warnings for the terminal, in English.
  public var warnings: [String]
  /// The same warnings as notes for the briefing's reader, in Chinese.
  public var notes: [String]
  /// A Chinese description for screen readers and the briefing index.
  public var altText: String
  public var displayUnit: String
  /// Warnings said only on the terminal, not under the chart (an uncatalogued
  /// indicator): a briefing prints each once, not once per chart.
  public var terminalOnly: [String] = []

  public init(spec: ChartSpec, rows: [Row], warnings: [String], notes: [String], altText: String, displayUnit: String) {
    self.spec = spec
    self.rows = rows
    self.warnings = warnings
    self.notes = notes
    self.altText = altText
    self.displayUnit = displayUnit
  }
}
