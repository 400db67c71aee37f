import Foundation

/// The text of an HTML page: tags stripped, entities decoded, block elements
/// (p, div, br, li, tr, h1–h6) turned into line breaks, scripts and styles dropped.
///
///     HTMLText.text(of: "<p>教育支出&nbsp;14.13亿元</p><p>增长4.49%</p>")
///     // "教育支出 14.13亿元\n增长4.49%\n"
///
/// Hand-written: no HTML parser is among the available packages, and a report
/// page needs only its text in reading order.
enum HTMLText {
  private static let blocks: Set<String> = [
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "blockquote", "pre", "ul", "ol",
  ]
  private static let entities: [String: String] = [
    "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
    "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "middot": "·", "hellip": "…", "times": "×",
  ]

  static func text(of html: String) -> String {
    var out = String.UnicodeScalarView()
    let s = Array(html.unicodeScalars)
    var i = 0
    while i < s.count {
      let c = s[i]
      if c == "<" {
        var j = i + 1
        while j < s.count, s[j] != ">" { j += 1 }
        let tag = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)]))
        let name = tag.trimmingCharacters(in: .whitespaces).drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        if (name == "script" || name == "style") && !tag.hasPrefix("/") {
          // Skip to the closing tag.
          let close = Array("</\(name)".unicodeScalars)
          var k = j
          while k < s.count, !(k + close.count <= s.count && String(String.UnicodeScalarView(s[k..<(k + close.count)])).lowercased() == String(String.UnicodeScalarView(close))) { k += 1 }
          while k < s.count, s[k] != ">" { k += 1 }
          i = k + 1
          continue
        }
        if blocks.contains(name) { out.append("\n") }
        i = j + 1
      } else if c == "&" {
        var j = i + 1
        while j < s.count, j - i < 10, s[j] != ";" { j += 1 }
        if j < s.count, s[j] == ";" {
          let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
          if let e = entities[name] {
            out.append(contentsOf: e.unicodeScalars)
            i = j + 1
            continue
          }
          if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let v = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let v, let u = Unicode.Scalar(v) {
              out.append(u)
              i = j + 1
              continue
            }
          }
        }
        out.append(c)
        i += 1
      } else {
        out.append(c)
        i += 1
      }
    }
    // Collapse runs of blank lines that markup leaves behind.
    return String(out).replacingOccurrences(of: "\n\n\n", with: "\n\n")
  }
}
