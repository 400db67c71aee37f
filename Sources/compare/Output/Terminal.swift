import ChartBuilding
import Foundation

/// Text from data or specs shown on a terminal: escape sequences in a district name or a
/// title reached the terminal raw (they can recolour it, move the cursor or retitle the
/// window). Control characters other than line breaks and tabs are shown as `\u{1B}`.
enum Terminal {
  static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var out = ""
    for u in text.unicodeScalars {
      if isUnsafe(u) {
        out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
    (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value)
  }

  /// A line on standard error, made safe.
  static func warn(_ line: String) {
    FileHandle.standardError.write(Data((safe(line) + "\n").utf8))
  }

  /// Text on standard output, made safe (tables and listings: data, never escape codes).
  static func print(_ text: String, terminator: String = "\n") {
    Swift.print(safe(text), terminator: terminator)
  }
}
