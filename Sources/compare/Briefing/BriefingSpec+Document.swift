import Docx
import Foundation
import Yams

/// `docx:` in a briefing spec: whether `briefing.docx` is written, whether it carries each
/// chart's data as a table, and the page the charts are laid out for.
///
/// ```yaml
/// docx: false                       # no Word document
/// docx:
///   tables: true                    # each chart's data as a Word table under it
///   page: A4                        # or A3, A5, B5, 16K, Letter, 210x297mm
///   margins: 37 35 28 26            # top bottom left right, mm (GB/T 9704, the default)
///   svg: true                       # charts also as SVG, for Word 2016+ (sharp in print)
/// ```
struct DocumentSettings {
  var enabled = true
  var tables = false
  /// Off by default: deflating the sample's seven SVGs (0.7 MB) took most of the 38 ms that
  /// the document added to a 330 ms briefing (CPU time), past the 10 % it may cost.
  var svg = false
  var page = PageSetup.officialA4

  /// The Word document's name in the output folder.
  static let fileName = "briefing.docx"
}

extension SpecParser {
  /// `introduction:` as one text (paragraphs split at blank lines) or a list of paragraphs.
  func paragraphs(_ node: Node?) throws -> [String] {
    guard let node else { return [] }
    if let s = node.scalar?.string {
      return s.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
        !$0.isEmpty
      }
    }
    return try strings(node, "introduction")
  }

  func document(_ node: Node) throws -> DocumentSettings {
    var settings = DocumentSettings()
    if let b = node.bool {
      settings.enabled = b
      return settings
    }
    let m = try mapping(node, "docx (true, false or a mapping)")
    try check(m, allowed: ["enabled", "tables", "page", "margins", "svg"], "docx")
    if let n = m["enabled"] {
      guard let b = n.bool else { throw fail(n, "docx.enabled must be true or false") }
      settings.enabled = b
    }
    if let n = m["tables"] {
      guard let b = n.bool else { throw fail(n, "docx.tables must be true or false") }
      settings.tables = b
    }
    if let n = m["svg"] {
      guard let b = n.bool else { throw fail(n, "docx.svg must be true or false") }
      settings.svg = b
    }
    if let s = try string(m["page"], "docx.page") {
      guard let size = Self.paperSize(s) else {
        throw fail(
          m["page"],
          "docx.page '\(s)': use \(PageSetup.paperSizes.keys.sorted().joined(separator: ", ")) or WIDTHxHEIGHTmm (210x297mm)"
        )
      }
      (settings.page.width, settings.page.height) = size
    }
    if let s = try string(m["margins"], "docx.margins") {
      let parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map {
        Double($0.replacingOccurrences(of: "mm", with: ""))
      }
      guard parts.count == 4, let top = parts[0], let bottom = parts[1], let left = parts[2], let right = parts[3]
      else {
        throw fail(m["margins"], "docx.margins '\(s)': four numbers in mm, top bottom left right (37 35 28 26)")
      }
      (settings.page.top, settings.page.bottom, settings.page.left, settings.page.right) = (top, bottom, left, right)
    }
    if let problem = settings.page.problem { throw fail(m["page"] ?? m["margins"] ?? node, "docx: \(problem)") }
    return settings
  }

  /// `A4`, `a4`, `210x297mm`, `210×297`.
  static func paperSize(_ s: String) -> (Double, Double)? {
    if let named = PageSetup.paperSizes.first(where: { $0.key.lowercased() == s.lowercased() }) { return named.value }
    var t = s.lowercased().replacingOccurrences(of: "×", with: "x")
    if t.hasSuffix("mm") { t.removeLast(2) }
    let parts = t.split(separator: "x").compactMap { Double($0) }
    guard parts.count == 2 else { return nil }
    return (parts[0], parts[1])
  }
}
