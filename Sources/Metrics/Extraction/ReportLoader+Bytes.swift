import Foundation

extension ReportLoader {
  /// A report given as bytes without a file name (standard input:
  /// `cat 报告.txt | compare extract -`): a .docx by its ZIP signature, HTML by
  /// a leading tag, otherwise text in any encoding ``TextEncoding`` detects.
  ///
  ///     let report = try ReportLoader.load(data: try StandardInput.read(), name: StandardInput.name)
  public static func load(data: Data, name: String) throws -> ReportText {
    let text: String
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      text = try DocxText.text(of: data, file: name)
    } else if data.starts(with: Array("%PDF".utf8)) {
      throw InputError(file: name, "a PDF on standard input: save it to a file and pass the file")
    } else {
      let decoded = try decode(data, file: name)
      let start = decoded.drop { $0.isWhitespace }.prefix(14).lowercased()
      text = start.hasPrefix("<!doctype html") || start.hasPrefix("<html") ? HTMLText.text(of: decoded) : decoded
    }
    try validate(text, file: name)
    return ReportText(text: text, sourceFile: name)
  }
}
