import Foundation

/// A table as rows of text cells, and where each came from (a CSV line or a
/// sheet row): what the wide, year-column and sheet readers share.
///
///     grid.columns   // ["区县", "2019年", "2020年"]
///     grid.rows[0]   // ["渝中区", "17500", nil]
///     grid.error(row: 0, column: 2, "…")  // t.csv:2: column '2020年': … or t.xlsx: sheet 表1, cell C3: …
///
/// Cells are Strings (a sheet's numbers as their shortest decimal), so that one
/// reader per layout serves CSV, JSON and Excel alike.
struct TableGrid {
  var name: String
  var columns: [String]
  var rows: [[String?]] = []
  /// The CSV line or sheet row of each row.
  var lines: [Int] = []
  /// The sheet, for errors that name a cell; nil for CSV and JSON.
  var sheet: String? = nil
  /// The line or row of the header.
  var headerLine = 1
  /// Text above the header (a sheet's title rows), top first.
  var titles: [String] = []
  /// A merged header cell over all the year columns (生均经费 over 2019年…2021年).
  var groupTitle: String? = nil
  /// Columns not read because a filter left them out (their cells are nil).
  var leftOut: Set<Int> = []

  init(name: String, columns: [String]) {
    self.name = name
    self.columns = columns
  }

  /// An error at row `r` (nil: the header) and column `c`, naming the cell in a sheet.
  func error(row r: Int?, column c: Int?, _ message: String) -> InputError {
    let line = r.map { lines[$0] } ?? headerLine
    let field = c.map { columns[$0] }
    if let sheet {
      let cell = c.map { " cell \(Self.columnLetters($0))\(line)" } ?? " row \(line)"
      return InputError(file: name, place: "sheet \(sheet),\(cell)", field: field, message)
    }
    return InputError(file: name, line: line, field: field, message)
  }

  /// 0 → A, 25 → Z, 26 → AA.
  static func columnLetters(_ index: Int) -> String {
    var n = index + 1, s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }
}
