import Foundation

/// Finds the header of a sheet laid out as yearbooks lay them out, and turns
/// the sheet's cells into a ``TableGrid``.
///
///     row 1: 2021年各区县生均一般公共预算教育经费            (title, merged A1:D1)
///     row 2:                                  单位：元     (a note)
///     row 3: 区县 | 生均经费 (merged B3:D3)
///     row 4:      | 2019年 | 2020年 | 2021年
///
/// The header is the first row (of the first 30) with at least two cells and
/// at least half as many as the widest row: title and unit rows have one.
/// Merged header cells are filled across their range. When the next row is all
/// text or years and the header has merged cells, the two rows are one header:
/// a column takes the lower name (`2019年`), or the upper one where the lower is
/// empty (`区县`, merged down); a single group over the year columns (`生均经费`)
/// becomes ``TableGrid/groupTitle``, so that it can name the indicator.
/// Rows after the data that hold one cell (注：…, 资料来源：…) are footnotes.
enum ExcelHeader {
  /// A merged range, columns 0-based, rows as in the sheet.
  struct Merge {
    var top: Int, left: Int, bottom: Int, right: Int

    init?(_ ref: String) {
      let parts = ref.split(separator: ":")
      guard parts.count == 2, let a = Self.parse(parts[0]), let b = Self.parse(parts[1]) else { return nil }
      (top, left, bottom, right) = (
        min(a.row, b.row), min(a.column, b.column), max(a.row, b.row), max(a.column, b.column)
      )
    }

    static func parse(_ s: Substring) -> (column: Int, row: Int)? {
      var column = 0, row = 0, letters = 0
      for c in s.uppercased().unicodeScalars where c != "$" {
        if c.value >= 65 && c.value <= 90 && row == 0 {
          column = column * 26 + Int(c.value - 64)
          letters += 1
        } else if c.value >= 48 && c.value <= 57 && letters > 0 {
          row = row * 10 + Int(c.value - 48)
        } else {
          return nil
        }
        if letters > 3 || row > 1_048_576 { return nil }
      }
      return letters > 0 && row > 0 ? (column - 1, row) : nil
    }
  }

  /// Takes the rows out of `cells`, so that each row's cells exist once: the
  /// grid shares their storage rather than copying the sheet.
  static func grid(from cells: inout SheetCells, merges: [Merge], name: String, sheet: String) throws -> TableGrid {
    var rows = cells.rows
    cells.rows = []
    guard !rows.isEmpty else { throw InputError(file: name, place: "sheet \(sheet)", "the sheet is empty") }
    func count(_ r: [String?]) -> Int { r.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    let head = rows.prefix(30)
    let widest = head.map { count($0.cells) }.max() ?? 0
    let h = head.firstIndex { count($0.cells) >= 2 && count($0.cells) * 2 >= widest } ?? 0
    let width = rows.map(\.cells.count).max() ?? 0
    // Only rows a header can be on (the first 30, and the one under it) are looked up.
    let byNumber = Dictionary(rows.prefix(32).map { ($0.number, $0.cells) }, uniquingKeysWith: { a, _ in a })
    func value(_ row: Int, _ column: Int) -> String? {
      guard let r = byNumber[row], column < r.count else { return nil }
      return r[column]
    }
    /// A header row with merged ranges filled from their top-left cell.
    func filled(_ number: Int) -> [String?] {
      var r = (byNumber[number] ?? []) + Array(repeating: nil, count: max(0, width - (byNumber[number]?.count ?? 0)))
      for m in merges where m.top <= number && number <= m.bottom {
        let v = value(m.top, m.left)
        for c in m.left...min(m.right, width - 1) where r[c] == nil { r[c] = v }
      }
      return r
    }
    let headerNumber = rows[h].number
    var names = filled(headerNumber)
    let titles = rows[..<h].compactMap { $0.cells.compactMap { $0 }.joined(separator: " ") }
    var dataStart = h + 1
    var group: String?
    // A second header row under merged cells.
    let mergedHeader = merges.contains { $0.top == headerNumber && ($0.right > $0.left || $0.bottom > $0.top) }
    if mergedHeader, h + 1 < rows.count, rows[h + 1].number == headerNumber + 1 {
      let sub = filled(headerNumber + 1)
      let texts = sub.compactMap { $0 }
      if !texts.isEmpty, texts.allSatisfy({ YearHeader.year($0) != nil || DecimalParser.parse($0) == nil }) {
        var groups: [String] = []
        for c in 0..<width {
          guard let lower = sub[c] else { continue }
          let upper = names[c]
          let spans = merges.contains {
            $0.top == headerNumber && $0.bottom == headerNumber && $0.left <= c && c <= $0.right && $0.right > $0.left
          }
          if let upper, upper != lower, spans, YearHeader.year(lower) != nil {
            if !groups.contains(upper) { groups.append(upper) }
            names[c] = lower
          } else if let upper, upper != lower, spans {
            names[c] = upper + lower
          } else {
            names[c] = lower
          }
        }
        if groups.count == 1 { group = groups[0] }
        dataStart = h + 2
      }
    }
    var grid = TableGrid(name: name, columns: names.map { $0 ?? "" })
    grid.sheet = sheet
    grid.headerLine = headerNumber
    grid.titles = titles
    grid.groupTitle = group
    // Footnotes: one-cell rows after the last row with two or more cells.
    var end = rows.count
    while end > dataStart && count(rows[end - 1].cells) <= 1 { end -= 1 }
    let data = min(dataStart, end)..<end
    grid.rows.reserveCapacity(data.count)
    grid.lines.reserveCapacity(data.count)
    for i in data {
      let missing = width - rows[i].cells.count
      if missing > 0 { rows[i].cells.append(contentsOf: repeatElement(nil, count: missing)) }
      grid.rows.append(rows[i].cells)
      grid.lines.append(rows[i].number)
    }
    return grid
  }
}
