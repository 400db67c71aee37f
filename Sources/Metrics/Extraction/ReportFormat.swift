import Foundation

/// A report format that a caller reads for ``ReportLoader``: file extensions
/// and a function from the file's bytes to its text.
///
/// PDF is read this way. Poppler, which reads it, is a C library, and Metrics
/// imports only Foundation; so the `PDFText` target supplies
/// `ReportFormat.pdf`, and the `compare` command passes it in:
///
///     try ReportLoader.load(url, formats: [.pdf])
///
/// The loader, not the command, still decides what a report is: it checks the
/// text the format returns (Chinese text and numbers) as it checks any other.
public struct ReportFormat: Sendable {
  /// Lower-case extensions without the dot: ["pdf"].
  public var extensions: Set<String>
  /// The text of a file's bytes, one line per paragraph or table row (cells
  /// separated by tabs); `file` is the name to put in errors.
  public var text: @Sendable (_ data: Data, _ file: String) throws -> String

  public init(extensions: Set<String>, text: @escaping @Sendable (_ data: Data, _ file: String) throws -> String) {
    self.extensions = extensions
    self.text = text
  }
}
