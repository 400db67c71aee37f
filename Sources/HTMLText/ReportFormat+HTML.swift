import Foundation
import Metrics

extension ReportFormat {
  /// HTML reports through libxml2's HTML parser (``HTMLText``), for ``ReportLoader/load(_:formats:)``.
  public static let html = ReportFormat(extensions: ["html", "htm"]) { data, file in
    try HTMLText.text(of: data, file: file)
  }
}
