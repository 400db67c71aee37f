import Foundation
import ZIPFoundation

/// Builds a small .xlsx in memory, part by part, as Excel lays it out: the
/// tests' workbooks are written here, never downloaded.
///
///     let data = try WorkbookBuilder(sheets: [("表1", rowsXML)]).data()
struct WorkbookBuilder {
  var sheets: [(name: String, rows: String)]
  var sharedStrings: [String] = []
  var merges: [String] = []
  /// Number formats of the cell styles (`s="1"` is the second); 14 is a date.
  var styleFormats: [Int] = [0, 14]
  var customFormats: [Int: String] = [:]
  var date1904 = false
  /// Extra parts (path → bytes), e.g. to add a damaged one.
  var extra: [String: Data] = [:]

  func data() throws -> Data {
    let archive = try Archive(accessMode: .create)
    func add(_ path: String, _ text: String) throws { try add(path, Data(text.utf8)) }
    func add(_ path: String, _ bytes: Data) throws {
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
        p, n in
        bytes.subdata(in: Int(p)..<Int(p) + n)
      }
    }
    let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    try add(
      "[Content_Types].xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
    )
    let sheetList = sheets.enumerated().map {
      "<sheet name=\"\(escape($1.name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>"
    }.joined()
    try add(
      "xl/workbook.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"\(rns)\"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>"
    )
    let rels = sheets.indices.map {
      "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rns)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
    }.joined()
    try add(
      "xl/_rels/workbook.xml.rels",
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"
    )
    if !sharedStrings.isEmpty {
      let items = sharedStrings.map { "<si><t>\(escape($0))</t></si>" }.joined()
      try add(
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><sst xmlns=\"\(ns)\" count=\"\(sharedStrings.count)\">\(items)</sst>")
    }
    let numFmts = customFormats.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(escape($0.value))\"/>" }.joined()
    let xfs = styleFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\"/>" }.joined()
    try add(
      "xl/styles.xml",
      "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(ns)\"><numFmts>\(numFmts)</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>"
    )
    for (k, sheet) in sheets.enumerated() {
      let mergeXML =
        merges.isEmpty ? "" : "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
      try add(
        "xl/worksheets/sheet\(k + 1).xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(ns)\"><sheetData>\(sheet.rows)</sheetData>\(mergeXML)</worksheet>"
      )
    }
    for (path, bytes) in extra { try add(path, bytes) }
    return archive.data!
  }

  func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
      of: "\"", with: "&quot;")
  }

  /// A row of inline-string and number cells from A: strings become inline strings, nil is left out.
  static func row(_ r: Int, _ cells: [Any?]) -> String {
    var s = "<row r=\"\(r)\">"
    for (c, v) in cells.enumerated() {
      let ref = "\(TableGridLetters.letters(c))\(r)"
      switch v {
      case let t as String: s += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(t)</t></is></c>"
      case let n as Double: s += "<c r=\"\(ref)\"><v>\(n)</v></c>"
      case let n as Int: s += "<c r=\"\(ref)\"><v>\(n)</v></c>"
      default: break
      }
    }
    return s + "</row>"
  }
}

enum TableGridLetters {
  static func letters(_ index: Int) -> String {
    var n = index + 1, s = ""
    while n > 0 {
      s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s
      n = (n - 1) / 26
    }
    return s
  }
}
