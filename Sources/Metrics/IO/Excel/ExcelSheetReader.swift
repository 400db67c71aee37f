import Foundation

/// Reads one sheet of an .xlsx/.xlsm workbook into a ``TableGrid``.
///
///     let grid = try ExcelSheetReader().read(data, name: "t.xlsx", sheet: "表1")
///     grid.headerLine  // 3: rows 1–2 held the title and the unit
///
/// Cells are read from their values, not their displayed text: numbers as
/// stored (`0.1` shown as `10%` stays 0.1), shared and inline strings, booleans
/// as `true`/`false`, a formula's cached value, dates (a date number format) as
/// `yyyy-mm-dd`, so that a year column formatted as a date reads as its year.
/// Empty cells stay missing. The header row is chosen as yearbooks lay sheets
/// out (see ``ExcelHeader``).
public struct ExcelSheetReader: Sendable {
  var limits = ExcelArchive.Limits()

  public init() {}

  /// The names of the workbook's sheets, in order.
  public func sheetNames(_ data: Data, name: String) throws -> [String] {
    try ExcelWorkbook(ExcelArchive(data: data, file: name, limits: limits)).sheets.map(\.name)
  }

  /// The first sheet's XML, inflated: for the benchmark that sets our scanner against XMLParser.
  @_spi(Benchmarks) public static func firstSheetXML(_ data: Data, name: String) throws -> Data {
    let book = try ExcelWorkbook(ExcelArchive(data: data, file: name))
    return try book.archive.part(try book.sheet(named: nil).part)
  }

  func read(_ data: Data, name: String, sheet wanted: String?) throws -> TableGrid {
    let book = try ExcelWorkbook(ExcelArchive(data: data, file: name, limits: limits))
    let sheet = try book.sheet(named: wanted)
    var cells = SheetCells()
    var merges: [ExcelHeader.Merge] = []
    var row = 0, column = -1, type = "", style = -1
    var value: String?, inline = ""
    var inValue = false, inInline = false, inPhonetic = false
    func place(_ c: Int, _ r: Int) -> String { "sheet \(sheet.name), cell \(TableGrid.columnLetters(c))\(r)" }
    try book.scan(sheet.part) { x, t in
      switch t {
      case .start(let tag, let a, let selfClosing):
        if x.is(tag, "c") {
          column += 1
          if let r = x.attributeRange("r", in: a) {
            guard let ref = Self.cellReference(x, r) else {
              throw InputError(
                file: name, place: place(column, row), "the cell reference \"\(x.text(r))\" is not like C7")
            }
            column = ref.column
          }
          guard column < 16_384 else {
            throw InputError(file: name, place: "sheet \(sheet.name), row \(row)", "more than 16,384 columns")
          }
          type = x.attribute("t", in: a) ?? "n"
          style = x.attribute("s", in: a).flatMap { Int($0) } ?? -1
          value = nil
          inline = ""
          // A new cell ends whatever the last one left open (a damaged sheet nests <c> in <v>:
          // found by the fuzzer, Fuzz/regressions/xlsx-cell-inside-value).
          inValue = false
          inInline = false
          inPhonetic = false
        } else if x.is(tag, "v") {
          inValue = !selfClosing
          value = value ?? ""
        } else if x.is(tag, "is") {
          inInline = !selfClosing
        } else if x.is(tag, "rPh") {
          inPhonetic = !selfClosing
        } else if x.is(tag, "row") {
          let previous = row
          row = x.attribute("r", in: a).flatMap { Int($0) } ?? row + 1
          guard row > previous, row <= 1_048_576 else {
            throw InputError(
              file: name, place: "sheet \(sheet.name), row \(row)", "rows are out of order or beyond Excel's 1,048,576")
          }
          column = -1
          cells.startRow(row)
          if selfClosing { cells.endRow() }
        } else if x.is(tag, "mergeCell"), let ref = x.attribute("ref", in: a), let m = ExcelHeader.Merge(ref) {
          merges.append(m)
        }
      case .text(let r):
        if inValue { value = (value ?? "") + x.text(r) } else if inInline && !inPhonetic { inline += x.text(r) }
      case .end(let tag):
        if x.is(tag, "v") {
          inValue = false
        } else if x.is(tag, "rPh") {
          inPhonetic = false
        } else if x.is(tag, "is") {
          inInline = false
        } else if x.is(tag, "c") {
          let text = try cellText(type: type, value: value, inline: inline, style: style, book: book) {
            InputError(file: name, place: place(column, row), $0)
          }
          if let text, !text.isEmpty { cells.set(column, text) }
        } else if x.is(tag, "row") {
          cells.endRow()
        }
      }
    }
    return try ExcelHeader.grid(from: &cells, merges: merges, name: name, sheet: sheet.name)
  }

  /// A cell's value as text by its type (`t`): shared string, inline string,
  /// formula string, boolean, error or number (a date by its style).
  private func cellText(
    type: String, value: String?, inline: String, style: Int, book: ExcelWorkbook,
    _ fail: (String) -> InputError
  ) throws -> String? {
    switch type {
    case "s":
      guard let v = value, !v.isEmpty else { return nil }
      guard let i = Int(CellText.trimmed(v)), i >= 0, i < book.sharedStrings.count else {
        throw fail("the shared string \(v) does not exist (the workbook has \(book.sharedStrings.count))")
      }
      return book.sharedStrings[i]
    case "inlineStr": return CellText.trimmed(inline)
    case "str": return value.map(CellText.trimmed)
    case "b": return value.map { $0 == "1" ? "true" : "false" }
    case "e": return value  // #DIV/0!: a numeric column says so, naming the cell
    default:
      guard let v = value.map(CellText.trimmed), !v.isEmpty else { return nil }
      let date = style >= 0 && style < book.dateStyles.count && book.dateStyles[style]
      if !date && CellText.isPlainDecimal(v) { return v }
      guard let d = Double(v), d.isFinite else { throw fail("\"\(v)\" is stored as a number but is not one") }
      if date { return ExcelDate.text(d, date1904: book.date1904) ?? DecimalFormat.shortest(d) }
      return DecimalFormat.shortest(d)
    }
  }

  /// `C7` → column 2, row 7.
  static func cellReference(_ x: XMLScanner, _ r: Range<Int>) -> (column: Int, row: Int)? {
    var column = 0, row = 0, letters = 0
    for i in r {
      let b = x.bytes[i]
      if b >= 0x41 && b <= 0x5A && row == 0 {
        column = column * 26 + Int(b - 0x40)
        letters += 1
      } else if b >= 0x30 && b <= 0x39 && letters > 0 {
        row = row * 10 + Int(b - 0x30)
        if row > 1_048_576 { return nil }
      } else if b != 0x24 {  // $
        return nil
      }
      if letters > 3 { return nil }
    }
    return letters > 0 ? (column - 1, row) : nil
  }
}

/// The non-empty cells of a sheet, row by row.
struct SheetCells {
  var rows: [(number: Int, cells: [String?])] = []
  private var current: [String?] = []
  private var number = 0
  private var any = false

  mutating func startRow(_ n: Int) {
    number = n
    current.removeAll(keepingCapacity: true)
    any = false
  }

  mutating func set(_ column: Int, _ text: String) {
    // A cell closed that never opened in this row (a damaged sheet: Fuzz/regressions/xlsx-cell-end-without-start).
    guard column >= 0 else { return }
    if current.count <= column { current.append(contentsOf: repeatElement(nil, count: column + 1 - current.count)) }
    current[column] = text
    any = true
  }

  mutating func endRow() {
    if any { rows.append((number, current)) }
    any = false
    current.removeAll(keepingCapacity: true)
  }
}
