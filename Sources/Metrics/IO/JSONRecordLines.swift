import Foundation

/// The 1-based line where each top-level object of a JSON array starts, so that
/// errors about record *k* can name its line (Foundation's JSON parser gives none).
///
///     JSONRecordLines.find(in: Data("[\n{\"a\":1},\n{\"a\":2}\n]".utf8))  // [2, 3]
enum JSONRecordLines {
  static func find(in data: Data) -> [Int] {
    var lines: [Int] = []
    var line = 1, depth = 0
    var inString = false, escape = false
    for b in data {
      if b == 0x0A { line += 1 }
      if inString {
        if escape { escape = false } else if b == 0x5C { escape = true } else if b == 0x22 { inString = false }
        continue
      }
      switch b {
      case 0x22: inString = true
      case 0x5B, 0x7B:
        if depth == 1 && b == 0x7B { lines.append(line) }
        depth += 1
      case 0x5D, 0x7D: depth -= 1
      default: break
      }
    }
    return lines
  }
}
