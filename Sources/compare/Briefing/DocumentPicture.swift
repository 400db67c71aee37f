import Foundation

/// One picture of a chart in briefing.docx, rendered beside the chart's files: its PNG
/// (and SVG with `docx: {svg: true}`), laid out for the document.
struct DocumentPicture: Sendable {
  var png: Data
  var svg: Data?
  /// The bars it draws when the chart is split over pictures (positions after sorting).
  var positions: Range<Int>?
}
