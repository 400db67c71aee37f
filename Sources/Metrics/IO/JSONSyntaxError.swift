import Foundation

/// A JSON syntax error with its place: Foundation's parser says only "around character
/// 18" in its debug description, and the message the user saw had neither line nor column
/// ("not valid JSON (The data is not in the correct format.)").
///
///     JSONSyntaxError.error(error, in: data, file: "t.json")  // t.json:2: column 9: not valid JSON …
enum JSONSyntaxError {
  static func error(_ error: Error, in data: Data, file: String) -> InputError {
    let debug = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
    guard let offset = Self.offset(in: debug), offset <= data.count else {
      return InputError(file: file, "not valid JSON (\(debug.isEmpty ? error.localizedDescription : debug))")
    }
    // The offset counts bytes; the column counts characters, as an editor shows them.
    var line = 1
    var lineStart = 0
    for (i, b) in data.prefix(offset).enumerated() where b == 0x0A {
      line += 1
      lineStart = i + 1
    }
    let column = String(decoding: data[data.startIndex + lineStart..<data.startIndex + offset], as: UTF8.self).count + 1
    let reason = debug.replacingOccurrences(of: " around character \(offset)", with: "")
    return InputError(file: file, line: line, "column \(column): not valid JSON (\(reason))")
  }

  /// The number in "… around character 18." or "… at character 18".
  static func offset(in text: String) -> Int? {
    guard let r = text.range(of: "character ") else { return nil }
    return Int(text[r.upperBound...].prefix { $0.isNumber })
  }
}
