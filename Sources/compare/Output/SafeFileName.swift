import ChartBuilding
import Foundation

/// File names derived from titles, ids, districts or indicators, whatever they
/// contain: no path separators, no leading dots, no control characters, so a
/// name can never escape the output directory.
///
///     SafeFileName.make("2023年 生均/经费")  // "2023年_生均_经费"
///     SafeFileName.make("../../etc/passwd")  // "etc_passwd"
enum SafeFileName {
  static func make(_ text: String, fallback: String = "chart", maxBytes: Int = 120) -> String {
    var out = ""
    var lastWasUnderscore = false
    for scalar in text.unicodeScalars {
      let ok: Bool
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "-", "·": ok = true
      default:
        ok =
          scalar.value >= 0x3400 && !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
          && !"\\/:*?\"<>|（）()［］【】，、。；：！？「」《》“”‘’".unicodeScalars.contains(scalar)
      }
      if ok {
        out.unicodeScalars.append(scalar)
        lastWasUnderscore = false
      } else if !lastWasUnderscore && !out.isEmpty {
        out.append("_")
        lastWasUnderscore = true
      }
    }
    while out.hasSuffix("_") { out.removeLast() }
    while out.utf8.count > maxBytes { out.removeLast() }
    return out.isEmpty ? fallback : out
  }

  /// Joins `name` onto `directory` and checks that the result stays inside it.
  static func url(in directory: URL, name: String) throws -> URL {
    let url = directory.appendingPathComponent(name).standardizedFileURL
    let dir = directory.standardizedFileURL.path
    guard url.path.hasPrefix(dir.hasSuffix("/") ? dir : dir + "/") else {
      throw CLIError("refusing to write \(name): it would land outside \(directory.path)")
    }
    return url
  }
}
