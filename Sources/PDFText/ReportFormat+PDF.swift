import Foundation
import Metrics

extension ReportFormat {
  /// PDF reports through poppler (``PDFText``), for ``ReportLoader/load(_:formats:)``.
  public static let pdf = ReportFormat(extensions: ["pdf"]) { data, file in try PDFText.text(of: data, file: file) }
}
