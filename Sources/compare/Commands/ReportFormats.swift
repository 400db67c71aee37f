import HTMLText
import Metrics
import PDFText

/// The report formats the command line hands to ``ReportLoader`` beyond the ones
/// Metrics reads with Foundation alone (text, .docx): each needs a C library that
/// Metrics must not link.
enum ReportFormats {
  static let all: [ReportFormat] = [.html, .pdf]
}
