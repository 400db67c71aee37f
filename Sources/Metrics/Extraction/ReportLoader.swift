import Foundation

/// Reads a report file into text: plain text (UTF-8, UTF-8 with BOM, GB18030),
/// Word (.docx, tables as rows of tab-separated cells), and any format the caller
/// passes in (HTML and PDF: see ``ReportFormat``).
///
///     let report = try ReportLoader.load(URL(fileURLWithPath: "reports/丰都县.docx"))
///     report.text.hasPrefix("丰都县人民政府")  // true
///
/// - Throws: ``InputError`` naming the file when it is empty, binary, in an
///   encoding this tool cannot read, or holds nothing that looks like a report
///   (no Chinese text or no numbers).
public enum ReportLoader {
  public static func load(_ url: URL, formats: [ReportFormat] = []) throws -> ReportText {
    let name = url.lastPathComponent
    let data: Data
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
      throw InputError(file: url.path, "is a folder, not a report: name the files in it (\(url.path)/*.txt)")
    }
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InputError(file: name, "cannot read the file: \(error.localizedDescription)")
    }
    let ext = url.pathExtension.lowercased()
    let text: String
    if let format = formats.first(where: { $0.extensions.contains(ext) }) {
      text = try format.text(data, name)
    } else {
      switch ext {
      case "pdf":
        // Without the PDF reader the bytes would be called "binary"; say what is missing instead.
        throw InputError(
          file: name, "PDF reports are read through poppler by the compare command; this caller passed no PDF reader")
      case "html", "htm":
        // HTML needs libxml2's HTML parser, which Foundation does not expose: the
        // HTMLText target reads it, and the caller passes it in.
        throw InputError(
          file: name, "HTML reports are read through libxml2 by the compare command; this caller passed no HTML reader")
      case "docx": text = try DocxText.text(of: url, file: name)
      default: text = try decode(data, file: name)
      }
    }
    try validate(text, file: name)
    return ReportText(text: text, sourceFile: name)
  }

  /// Decodes plain-text bytes in whichever encoding ``TextEncoding`` finds
  /// (UTF-8 with or without BOM, UTF-16 with BOM, GB18030): one detector for
  /// tables and reports.
  public static func decode(_ data: Data, file: String) throws -> String {
    if data.isEmpty { throw InputError(file: file, "the file is empty") }
    let text = try TextEncoding.string(of: data, file: file)
    if text.utf8.contains(0) {
      throw InputError(file: file, "the file is binary (it contains NUL bytes), not a text report")
    }
    return text
  }

  /// A report has Chinese text and at least one number.
  static func validate(_ text: String, file: String) throws {
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw InputError(file: file, "the file has no text")
    }
    var han = 0, digits = 0, control = 0, total = 0
    for u in text.unicodeScalars {
      total += 1
      if isHan(u.value) {
        han += 1
      } else if isDigit(u.value) || (u.value >= 0xFF10 && u.value <= 0xFF19) {
        digits += 1
      }
      if u.value < 0x20 && u.value != 0x0A && u.value != 0x0D && u.value != 0x09 { control += 1 }
    }
    if control * 20 > total { throw InputError(file: file, "the file looks binary, not a text report") }
    if han == 0 { throw InputError(file: file, "no Chinese text: this does not look like a self-evaluation report") }
    if digits == 0 { throw InputError(file: file, "no numbers: the report has no figures to extract") }
  }
}
