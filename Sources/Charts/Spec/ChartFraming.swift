/// What a chart draws around its plot: everything, for a picture that stands alone, or
/// only the plot, for a picture whose document says the rest in paragraphs around it.
///
/// A briefing's Word document carries each chart's heading, numbered caption (`图1 …`),
/// notes and source line as paragraphs; drawn in the picture as well, they were said twice
/// and took the picture's height from the bars.
///
/// ```swift
/// var spec = BarChartSpec(title: "…", categories: names, series: [series])
/// spec.framing = .document   // no title, subtitle, notes or source in the picture
/// ```
public enum ChartFraming: String, Sendable, Equatable, CaseIterable {
  /// Title, subtitle, notes and source in the picture: PNG, SVG and PDF files, web pages.
  case standalone
  /// The plot with its axes, legend and the notes the layout itself adds (the names it
  /// shortened, incomplete totals): the document around the picture holds the title,
  /// subtitle, the spec's notes and the source.
  case document
}
