import Foundation

/// What a sheet's cells need from the rest of the workbook: the sheets' names
/// and parts, the shared strings, which cell styles are dates, and the date system.
///
///     let book = try ExcelWorkbook(ExcelArchive(data: data, file: "t.xlsx"))
///     book.sheets.map(\.name)  // ["表1", "表2"]
struct ExcelWorkbook {
  struct Sheet {
    var name: String
    var part: String
  }

  let archive: ExcelArchive
  private(set) var sheets: [Sheet] = []
  private(set) var sharedStrings: [String] = []
  /// Per cell style (`s="3"`), whether its number format shows a date.
  private(set) var dateStyles: [Bool] = []
  /// Dates count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30.
  private(set) var date1904 = false

  init(_ archive: ExcelArchive) throws {
    self.archive = archive
    try readWorkbook()
    if archive.has("xl/sharedStrings.xml") { try readSharedStrings() }
    if archive.has("xl/styles.xml") { try readStyles() }
  }

  /// The sheet called `name`, or the first sheet.
  func sheet(named name: String?) throws -> Sheet {
    guard let first = sheets.first else { throw InputError(file: archive.file, "the workbook has no sheets") }
    guard let name else { return first }
    if let s = sheets.first(where: { $0.name == name })
      ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() })
    {
      return s
    }
    throw InputError(
      file: archive.file, "no sheet called '\(name)'; the workbook has: \(sheets.map(\.name).joined(separator: ", "))")
  }

  /// Runs `body` over the part's tokens; malformed XML becomes an error naming the part.
  func scan(_ path: String, _ body: (inout XMLScanner, XMLScanner.Token) throws -> Void) throws {
    let data = try archive.part(path)
    try data.withUnsafeBytes { raw in
      var x = XMLScanner(raw)
      do {
        while let t = try x.next() { try body(&x, t) }
      } catch let m as XMLScanner.Malformed {
        throw InputError(
          file: archive.file, "the workbook is damaged: \(path) is not well-formed XML at byte \(m.offset) (\(m.what))")
      }
    }
  }

  private mutating func readWorkbook() throws {
    var targets: [String: String] = [:]
    if archive.has("xl/_rels/workbook.xml.rels") {
      try scan("xl/_rels/workbook.xml.rels") { x, t in
        guard case .start(let name, let attributes, _) = t, x.is(name, "Relationship"),
          let id = x.attribute("Id", in: attributes), let target = x.attribute("Target", in: attributes)
        else { return }
        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      }
    }
    var found: [Sheet] = []
    var is1904 = false
    try scan("xl/workbook.xml") { x, t in
      guard case .start(let name, let attributes, _) = t else { return }
      if x.is(name, "workbookPr"), let v = x.attribute("date1904", in: attributes) {
        is1904 = v == "1" || v == "true"
      } else if x.is(name, "sheet"), let sheetName = x.attribute("name", in: attributes) {
        let id = x.attribute("id", in: attributes) ?? ""
        found.append(Sheet(name: sheetName, part: targets[id] ?? "xl/worksheets/sheet\(found.count + 1).xml"))
      }
    }
    sheets = found
    date1904 = is1904
  }

  /// `<si>` items: the text of every `<t>`, runs joined, phonetic guides (`<rPh>`) left out.
  private mutating func readSharedStrings() throws {
    var strings: [String] = []
    var current = "", inT = false, inPhonetic = false
    try scan("xl/sharedStrings.xml") { x, t in
      switch t {
      case .start(let name, _, let selfClosing):
        if x.is(name, "si") {
          current = ""
        } else if x.is(name, "t") {
          inT = !selfClosing
        } else if x.is(name, "rPh") {
          inPhonetic = !selfClosing
        }
      case .end(let name):
        if x.is(name, "si") {
          strings.append(CellText.trimmed(current))
        } else if x.is(name, "t") {
          inT = false
        } else if x.is(name, "rPh") {
          inPhonetic = false
        }
      case .text(let r):
        if inT && !inPhonetic { current += x.text(r) }
      }
    }
    sharedStrings = strings
  }

  private mutating func readStyles() throws {
    var customDate: [Int: Bool] = [:]
    var styles: [Bool] = []
    var inCellXfs = false
    try scan("xl/styles.xml") { x, t in
      switch t {
      case .start(let name, let attributes, let selfClosing):
        if x.is(name, "numFmt"), let id = x.attribute("numFmtId", in: attributes).flatMap({ Int($0) }) {
          customDate[id] = Self.isDateFormat(x.attribute("formatCode", in: attributes) ?? "")
        } else if x.is(name, "cellXfs") {
          inCellXfs = !selfClosing
        } else if inCellXfs, x.is(name, "xf") {
          let id = x.attribute("numFmtId", in: attributes).flatMap { Int($0) } ?? 0
          styles.append(customDate[id] ?? Self.builtInDateFormats.contains(id))
        }
      case .end(let name):
        if x.is(name, "cellXfs") { inCellXfs = false }
      case .text: break
      }
    }
    dateStyles = styles
  }

  /// Built-in number formats that show dates or times (ECMA-376 §18.8.30, with
  /// the East Asian ones, 27–36 and 50–58, that Chinese Excel uses for 2019年1月1日).
  static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

  /// A custom format shows a date when, outside quotes, brackets and escapes,
  /// it has a date or time letter: `yyyy"年"`, `m/d/yy`, `[$-804]yyyy年m月`.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false, bracket = false, escaped = false
    for c in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      switch c {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case "y", "m", "d", "h", "s": if !quoted && !bracket { return true }
      default: break
      }
    }
    return false
  }
}
