import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The text of a Word document: `word/document.xml` read with limits
/// (``DocxPackage``) and parsed with XMLParser, one line per paragraph
/// (</w:p>), tabs and breaks (<w:tab/>, <w:br/>) as spaces.
///
/// A table row becomes one line with its cells separated by a tab, in document
/// order, so the sentence reader sees a row as it sees a line of text: a tab is
/// a space to it, and a line end closes the sentence, so one row's figures never
/// run into the next row's. A cell that continues a vertical merge repeats the
/// text above it (a level or year column merged over several rows then names
/// every row); a table inside a cell is read into that cell, its rows separated
/// by spaces.
///
///     try DocxText.text(of: url, file: "a.docx")  // "丰都县人民政府\n…"
///
/// - Throws: ``InputError`` when the archive or XML is damaged, a part is too
///   large (``DocxPackage``), or document.xml declares a DTD (see ``refuseDTD``).
enum DocxText {
  static func text(of url: URL, file: String) throws -> String {
    let xml = try DocxPackage.part("word/document.xml", of: url, file: file)
    try refuseDTD(xml, file: file)
    let collector = Collector()
    let parser = XMLParser(data: try parseable(xml, file: file))
    parser.shouldResolveExternalEntities = false
    parser.delegate = collector
    guard parser.parse(), !collector.failed else {
      let line = parser.lineNumber
      throw InputError(file: file, "the .docx file's word/document.xml is not well-formed XML (line \(line))")
    }
    // XMLParser on Linux reports success for a document cut off inside its root element.
    if collector.depth != 0 {
      throw InputError(file: file, "the .docx file's word/document.xml ends inside an element: it is truncated")
    }
    return collector.text
  }

  /// Refuses a document.xml that declares a DTD, and one that is not in an
  /// encoding the check can read.
  ///
  /// Word never writes a DTD, and a DTD is what declares entities: one
  /// 50,000-character entity used 20,000 times in a 606-byte .docx took XMLParser
  /// past 6 GB in 43 s. Foundation's XMLParser on Linux expands internal entities
  /// and offers no switch to stop it (the declaration callback is not called), so
  /// the bytes are checked before parsing. The check reads UTF-8 and UTF-16 (what
  /// XML allows without a declaration); anything else, such as EBCDIC or UCS-4,
  /// which libxml2 would also read, is refused rather than parsed unchecked.
  static func refuseDTD(_ xml: Data, file: String) throws {
    let units: (String) -> Data
    switch (xml.first, xml.dropFirst().first) {
    case (0xFF, 0xFE), (0x3C, 0x00): units = { Data($0.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
    case (0xFE, 0xFF), (0x00, 0x3C): units = { Data($0.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) }
    case (0xEF, 0xBB), (0x3C, _), (0x20, _), (0x09, _), (0x0A, _), (0x0D, _), (nil, _): units = { Data($0.utf8) }
    default:
      throw InputError(
        file: file, "the .docx file's word/document.xml is neither UTF-8 nor UTF-16 XML; Word writes UTF-8")
    }
    for markup in ["<!DOCTYPE", "<!ENTITY"] where xml.range(of: units(markup)) != nil {
      throw InputError(
        file: file,
        "the .docx file's word/document.xml declares a DTD (\(markup)); Word never writes one, and its entities can expand to gigabytes, so it is refused"
      )
    }
  }

  /// The XML as UTF-8 that Foundation's XMLParser on Linux can be given without crashing:
  /// it traps on a name that is not valid UTF-8 (`<d\u{BF}<:`, in its start-element callback)
  /// and reads a NULL for a processing instruction without data (`<?x?>`); both found by the
  /// fuzzer. So the bytes must decode (UTF-8, or UTF-16 as XML allows, re-encoded as UTF-8 with
  /// the declaration dropped), and processing instructions, which carry no text, are removed
  /// (keeping their line breaks, so that error lines still point at the right place).
  static func parseable(_ xml: Data, file: String) throws -> Data {
    let text: String?
    switch (xml.first, xml.dropFirst().first) {
    case (0xFF, 0xFE), (0x3C, 0x00): text = String(data: xml, encoding: .utf16LittleEndian)
    case (0xFE, 0xFF), (0x00, 0x3C): text = String(data: xml, encoding: .utf16BigEndian)
    default: text = String(data: xml, encoding: .utf8)
    }
    guard let decoded = text else {
      throw InputError(
        file: file, "the .docx file's word/document.xml is not valid UTF-8 or UTF-16 text: it is damaged")
    }
    var rest = Substring(decoded)
    if rest.first == "\u{FEFF}" { rest = rest.dropFirst() }
    var out = ""
    out.reserveCapacity(xml.count)
    while let open = rest.range(of: "<?") {
      out += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "?>") else {
        rest = rest[open.lowerBound...]
        break
      }
      out += String(repeating: "\n", count: rest[open.lowerBound..<close.upperBound].filter { $0 == "\n" }.count)
      rest = rest[close.upperBound...]
    }
    out += rest
    return Data(out.utf8)
  }

  /// Collects w:t text, ending a line at each paragraph and each table row.
  private final class Collector: NSObject, XMLParserDelegate {
    var text = ""
    /// Whether the parser reported an error: on Linux parse() can still return
    /// true after one (a mismatched end tag, say).
    private(set) var failed = false
    /// Elements open; not 0 at the end means the XML was cut off.
    private(set) var depth = 0
    private var inText = false
    /// Open tables, innermost last.
    private var tables: [Table] = []

    private struct Cell {
      var text = ""
      var span = 1
      var continuesMerge = false
    }

    private struct Table {
      var row: [Cell] = []
      var cell: Cell?
      /// The last row's text by grid column, for cells that continue a vertical merge.
      var above: [Int: String] = [:]
    }

    /// Text goes into the innermost open cell, else into the body.
    private func append(_ s: String) {
      if let t = tables.lastIndex(where: { $0.cell != nil }) {
        tables[t].cell!.text += s
      } else {
        text += s
      }
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      depth += 1
      switch name {
      case "w:t": inText = true
      case "w:tab", "w:br", "w:cr": append(" ")
      case "w:tbl": tables.append(Table())
      case "w:tr": if !tables.isEmpty { tables[tables.count - 1].row = [] }
      case "w:tc": if !tables.isEmpty { tables[tables.count - 1].cell = Cell() }
      case "w:gridSpan":
        if !tables.isEmpty, tables[tables.count - 1].cell != nil, let n = attributes["w:val"].flatMap({ Int($0) }),
          n > 1
        {
          tables[tables.count - 1].cell!.span = min(n, 1000)
        }
      case "w:vMerge":
        // <w:vMerge/> or w:val="continue" continues the cell above; "restart" opens a merge.
        if !tables.isEmpty, tables[tables.count - 1].cell != nil {
          tables[tables.count - 1].cell!.continuesMerge = attributes["w:val"] != "restart"
        }
      default: break
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      depth -= 1
      switch name {
      case "w:t": inText = false
      case "w:p":
        // Paragraphs inside a cell are joined by a space; the row ends the line.
        if let last = tables.indices.last, let cell = tables[last].cell {
          if !cell.text.isEmpty, cell.text.last != " " { tables[last].cell!.text += " " }
        } else {
          text += "\n"
        }
      case "w:tc":
        if let last = tables.indices.last, var cell = tables[last].cell {
          cell.text = cell.text.trimmingCharacters(in: .whitespaces)
          tables[last].row.append(cell)
          tables[last].cell = nil
        }
      case "w:tr": if !tables.isEmpty { endRow() }
      case "w:tbl":
        if !tables.isEmpty { tables.removeLast() }
      default: break
      }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      failed = true
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText { append(string) }
    }

    private func endRow() {
      let t = tables.count - 1
      var cells: [String] = []
      var above: [Int: String] = [:]
      var column = 0
      for cell in tables[t].row {
        let text = cell.continuesMerge && cell.text.isEmpty ? tables[t].above[column] ?? "" : cell.text
        above[column] = text
        cells.append(text)
        column += cell.span
      }
      tables[t].above = above
      tables[t].row = []
      while cells.last?.isEmpty == true { cells.removeLast() }
      guard !cells.isEmpty else { return }
      if t == 0 {
        text += cells.joined(separator: "\t") + "\n"
      } else {
        // A nested table's rows become part of the enclosing cell.
        append(cells.joined(separator: " ") + " ")
      }
    }
  }
}
