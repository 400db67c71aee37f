/// Text made safe for XML content and attribute values.
///
/// Besides the five reserved characters, XML 1.0 forbids most control characters
/// (U+0000–U+001F except tab, newline and return) and U+FFFE/U+FFFF even as character
/// references: one in a spec's title would make Word refuse the whole file, so they are dropped.
///
/// ```swift
/// XMLText.escape("A&B <c>")        // "A&amp;B &lt;c&gt;"
/// XMLText.attribute("说\"明\"\n二行") // "说&quot;明&quot;&#10;二行"
/// ```
enum XMLText {
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      default: if allowed(u) { out.unicodeScalars.append(u) }
      }
    }
    return out
  }

  /// For a value in double quotes; line breaks are kept as character references.
  static func attribute(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      default: if allowed(u) { out.unicodeScalars.append(u) }
      }
    }
    return out
  }

  private static func allowed(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x9, 0xA, 0xD: true
    case 0..<0x20, 0xFFFE, 0xFFFF: false
    default: true
    }
  }
}
