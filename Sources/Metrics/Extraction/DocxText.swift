import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The text of a Word document: `word/document.xml` read with ZIPFoundation
/// and parsed with XMLParser, one line per paragraph (</w:p>), tabs and
/// breaks (<w:tab/>, <w:br/>) as spaces.
///
///     try DocxText.text(of: Data(contentsOf: url), file: "a.docx")  // "丰都县人民政府\n…"
enum DocxText {
  static func text(of data: Data, file: String) throws -> String {
    if data.isEmpty { throw InputError(file: file, "the file is empty") }
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw InputError(file: file, "not a Word .docx file (it is not a ZIP archive)")
    }
    guard let entry = archive["word/document.xml"] else {
      throw InputError(file: file, "not a Word .docx file (word/document.xml is missing)")
    }
    var xml = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { xml.append($0) }
    } catch {
      throw InputError(file: file, "the .docx file is damaged: \(error)")
    }
    let collector = Collector()
    let parser = XMLParser(data: xml)
    parser.delegate = collector
    guard parser.parse() else {
      throw InputError(file: file, "the .docx file's document.xml is not well-formed XML")
    }
    return collector.text
  }

  /// Collects w:t text, ending a line at each paragraph.
  private final class Collector: NSObject, XMLParserDelegate {
    var text = ""
    private var inText = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      switch name {
      case "w:t": inText = true
      case "w:tab", "w:br", "w:cr": text += " "
      default: break
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      switch name {
      case "w:t": inText = false
      case "w:p": text += "\n"
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText { text += string }
    }
  }
}
