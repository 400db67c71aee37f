import Foundation

extension ReportLoader {
  /// A report given as bytes without a file name (standard input:
  /// `cat 报告.txt | compare extract -`): a .docx by its ZIP signature, a PDF by
  /// `%PDF`, HTML by a leading tag (each through `formats` where the caller passes
  /// its reader), otherwise text in any encoding ``TextEncoding`` detects.
  ///
  ///     let report = try ReportLoader.load(data: try StandardInput.read(), name: StandardInput.name)
  public static func load(data: Data, name: String, formats: [ReportFormat] = []) throws -> ReportText {
    func reader(_ ext: String) -> ReportFormat? { formats.first { $0.extensions.contains(ext) } }
    let text: String
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      // The .docx reader reads from a file (ZIPFoundation's in-memory archive traps on a
      // damaged archive: Fuzz/regressions/docx-seek-past-end).
      let temp = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("compare-stdin-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).docx")
      guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
        throw InputError(file: name, "cannot stage the .docx from standard input in \(NSTemporaryDirectory())")
      }
      defer { try? FileManager.default.removeItem(at: temp) }
      text = try DocxText.text(of: temp, file: name)
    } else if data.starts(with: Array("%PDF".utf8)) {
      guard let pdf = reader("pdf") else {
        throw InputError(file: name, "a PDF on standard input: this caller passed no PDF reader; pass the file instead")
      }
      text = try pdf.text(data, name)
    } else {
      let decoded = try decode(data, file: name)
      let start = decoded.drop { $0.isWhitespace }.prefix(14).lowercased()
      if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") {
        guard let html = reader("html") else {
          throw InputError(file: name, "HTML on standard input: this caller passed no HTML reader")
        }
        text = try html.text(data, name)
      } else {
        text = decoded
      }
    }
    try validate(text, file: name)
    return ReportText(text: text, sourceFile: name)
  }
}
