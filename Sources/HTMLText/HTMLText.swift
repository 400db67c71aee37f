import CLibXML2
import Foundation
import Metrics

/// The text of an HTML report, read with libxml2's HTML parser: scripts, styles
/// and comments dropped, entities decoded, one line per block element (p, div,
/// li, h1–h6, tr, …), table cells separated by tabs, and white space as a browser
/// shows it (see ``HTMLTextWriter``).
///
///     try HTMLText.text(of: Data("<p>教育支出&nbsp;14.13亿元</p><p>增长4.49%</p>".utf8), file: "r.html")
///     // "教育支出 14.13亿元\n增长4.49%\n"
///
/// Why a target of its own: Foundation on Linux reads XML through libxml2 but
/// never calls its HTML parser (`XMLDocument`'s `.documentTidyHTML` is parsed as
/// XML there, and `XMLParser` is XML only), and Metrics imports only Foundation.
/// So this target holds the C, and the caller hands ``ReportFormat/html`` to
/// `ReportLoader`, as it does the PDF reader.
///
/// Hostile pages: the HTML parser never reads a DOCTYPE's internal subset, so no
/// entity is declared and none expanded (a billion-laughs page stays its own
/// size); the network is off; the input is bounded (``maximumBytes``) before
/// parsing; and the tree is walked without recursion, so deep nesting cannot
/// exhaust the stack.
public enum HTMLText {
  /// Report pages are kilobytes; 32 MiB is far beyond any, and bounds the tree
  /// libxml2 builds (about 10 times the input).
  public static let maximumBytes = 32 << 20

  /// - Throws: `InputError` naming the file when it is too large, empty, binary,
  ///   or in an encoding other than UTF-8 and GB18030.
  public static func text(of data: Data, file: String) throws -> String {
    if data.count > maximumBytes {
      throw InputError(
        file: file, "the HTML file is \(data.count >> 20) MiB; a report page is at most \(maximumBytes >> 20) MiB")
    }
    // Decoded as every report is (UTF-8, else GB18030) and handed to libxml2 as
    // UTF-8, so a page and the same text in a .txt file read alike.
    return text(ofHTML: try ReportLoader.decode(data, file: file))
  }

  /// The text of an HTML string.
  public static func text(ofHTML html: String) -> String {
    var utf8 = Array(html.utf8)
    guard !utf8.isEmpty, utf8.count <= Int(Int32.max) else { return "" }
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
    let document = utf8.withUnsafeMutableBufferPointer { bytes in
      bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", options)
      }
    }
    guard let document else { return "" }
    defer { xmlFreeDoc(document) }
    var writer = HTMLTextWriter()
    var node = document.pointee.children
    walk: while let n = node {
      let descend = enter(n, &writer)
      if descend, let child = n.pointee.children {
        node = child
        continue
      }
      // Leave this node and every ancestor it closes, then go on to the next sibling.
      var current: xmlNodePtr? = n
      while let c = current {
        if c != n || descend { leave(c, &writer) }
        if let next = c.pointee.next {
          node = next
          continue walk
        }
        current = c.pointee.parent
        if current == nil || current!.pointee.type == XML_DOCUMENT_NODE
          || current!.pointee.type == XML_HTML_DOCUMENT_NODE
        {
          break walk
        }
      }
      node = nil
    }
    return writer.finish()
  }

  /// Writes what a node starts; returns whether its children are read.
  private static func enter(_ n: xmlNodePtr, _ w: inout HTMLTextWriter) -> Bool {
    switch n.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      if let content = n.pointee.content { w.append(String(cString: content)) }
      return false
    case XML_ELEMENT_NODE:
      let name = elementName(n)
      if HTMLTextWriter.dropped.contains(name) { return false }
      w.open(name)
      return true
    default:
      // Comments, processing instructions, DTDs: no text.
      return false
    }
  }

  private static func leave(_ n: xmlNodePtr, _ w: inout HTMLTextWriter) {
    guard n.pointee.type == XML_ELEMENT_NODE else { return }
    w.close(elementName(n))
  }

  /// libxml2's HTML parser gives element names in lower case.
  private static func elementName(_ n: xmlNodePtr) -> String {
    n.pointee.name.map { String(cString: $0) } ?? ""
  }
}
