/// A grid of statuses: rows (districts and years) × columns (requirements), each
/// cell a status drawn by colour *and* symbol so the chart reads in black and white,
/// with a legend of the statuses and a key of the columns.
///
/// ```swift
/// let met = ScorecardChartSpec.Status(name: "达到", symbol: "✓", color: Color(0x009E73))
/// ScorecardChartSpec(title: "履行教育职责经费要求", rows: ["大足区 2021"], columns: ["R1"],
///                    columnKey: ["R1 一般公共预算教育支出逐年只增不减"], statuses: [met], cells: [[0]])
/// ```
///
/// Charts knows nothing of what the statuses mean: the caller names them.
public struct ScorecardChartSpec: Sendable, Equatable {
  public struct Status: Sendable, Equatable {
    /// The legend's text.
    public var name: String
    /// One character drawn in the cell and in the legend's swatch.
    public var symbol: String
    public var color: Color

    public init(name: String, symbol: String, color: Color) {
      self.name = name
      self.symbol = symbol
      self.color = color
    }
  }

  public var title: String
  public var subtitle: String?
  /// Row labels, top to bottom.
  public var rows: [String]
  /// Short column headers (R1…), left to right.
  public var columns: [String]
  /// One line per column explaining its header, drawn under the legend; may be empty.
  public var columnKey: [String]
  public var statuses: [Status]
  /// `cells[row][column]`: an index into ``statuses``; nil: an empty cell.
  public var cells: [[Int?]]
  public var notes: [String]
  public var source: String?
  /// The width is kept; the height grows to fit the rows.
  public var size: ChartSize

  public init(
    title: String, subtitle: String? = nil, rows: [String], columns: [String], columnKey: [String] = [],
    statuses: [Status], cells: [[Int?]], notes: [String] = [], source: String? = nil,
    size: ChartSize = .pixels(1200, 800)
  ) {
    self.title = title
    self.subtitle = subtitle
    self.rows = rows
    self.columns = columns
    self.columnKey = columnKey
    self.statuses = statuses
    self.cells = cells
    self.notes = notes
    self.source = source
    self.size = size
  }
}
