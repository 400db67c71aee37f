import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Checks a .docx the way Word does before it offers to "repair" a file: every part is
/// well-formed XML (or a picture), has a content type, and every relationship points at a
/// part that exists; every `r:embed`/`r:id` of the main document is one of its relationships.
///
/// ```swift
/// DocxPackageCheck.problems(in: bytes)   // [] for a sound package
/// ```
public enum DocxPackageCheck {
  public static func problems(in data: Data) -> [String] {
    let archive: Archive
    do { archive = try Archive(data: data, accessMode: .read) } catch { return ["not a ZIP archive: \(error)"] }
    var parts: [String: Data] = [:]
    for entry in archive where entry.type == .file {
      var bytes = Data()
      do { _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) } } catch {
        return ["\(entry.path): cannot be extracted: \(error)"]
      }
      parts[entry.path] = bytes
    }
    var problems: [String] = []
    guard let types = parts["[Content_Types].xml"] else { return ["no [Content_Types].xml"] }
    let typeElements = XMLElements(types)
    let defaults = Set(typeElements.all("Default").compactMap { $0["Extension"]?.lowercased() })
    let overrides = Set(typeElements.all("Override").compactMap { $0["PartName"] })
    for (path, bytes) in parts.sorted(by: { $0.key < $1.key }) where path != "[Content_Types].xml" {
      // By the last dot of the name: `_rels/.rels` has the extension rels (NSString sees none).
      let name = path.split(separator: "/").last.map(String.init) ?? path
      let ext = name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
      if !overrides.contains("/" + path) && !defaults.contains(ext) { problems.append("\(path): no content type") }
      if ext == "xml" || ext == "rels", let error = XMLElements(bytes).error {
        problems.append("\(path): not well-formed XML: \(error)")
      }
    }
    for name in overrides where parts[String(name.dropFirst())] == nil {
      problems.append("[Content_Types].xml names \(name), which is not in the package")
    }
    guard parts["_rels/.rels"] != nil else { return problems + ["no _rels/.rels"] }
    for (path, bytes) in parts where path.hasSuffix(".rels") {
      // word/_rels/document.xml.rels describes word/document.xml: targets are relative to word/.
      let folder = (path as NSString).deletingLastPathComponent.replacingOccurrences(of: "_rels", with: "")
      var ids = Set<String>()
      for r in XMLElements(bytes).all("Relationship") {
        guard let id = r["Id"], let target = r["Target"] else {
          problems.append("\(path): a relationship without Id or Target")
          continue
        }
        if !ids.insert(id).inserted { problems.append("\(path): relationship id \(id) used twice") }
        if r["TargetMode"] == "External" { continue }
        let resolved = resolve(target, in: folder)
        if parts[resolved] == nil { problems.append("\(path): \(id) points at \(target), which is missing") }
      }
      let source = (path as NSString).lastPathComponent.replacingOccurrences(of: ".rels", with: "")
      let sourcePath = folder.isEmpty ? source : folder + (folder.hasSuffix("/") ? "" : "/") + source
      if let xml = parts[sourcePath] {
        for used in XMLElements(xml).relationshipReferences where !ids.contains(used) {
          problems.append("\(sourcePath) uses relationship \(used), which \(path) does not define")
        }
      }
    }
    return problems
  }

  private static func resolve(_ target: String, in folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var components = folder.split(separator: "/").map(String.init)
    for c in target.split(separator: "/") {
      if c == ".." { _ = components.popLast() } else if c != "." { components.append(String(c)) }
    }
    return components.joined(separator: "/")
  }
}

/// The elements of one XML part (name without prefix → attributes), parsed with Foundation's
/// XMLParser; `error` is set when the part is not well-formed.
struct XMLElements {
  var elements: [(name: String, attributes: [String: String])] = []
  var error: String?

  init(_ data: Data) {
    let delegate = Collector()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "parse error" }
    elements = delegate.elements
  }

  func all(_ name: String) -> [[String: String]] {
    elements.filter { $0.name == name }.map(\.attributes)
  }

  /// Values of `r:embed`, `r:id` and `r:link` attributes.
  var relationshipReferences: Set<String> {
    Set(
      elements.flatMap { e in
        e.attributes.filter { ["r:embed", "r:id", "r:link"].contains($0.key) }.map(\.value)
      })
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
      attributes attributeDict: [String: String] = [:]
    ) {
      let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
      elements.append((local, attributeDict))
    }
  }
}
