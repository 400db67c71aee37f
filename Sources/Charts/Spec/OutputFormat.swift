/// The file formats a chart can be rendered to.
///
/// ```swift
/// OutputFormat(path: "out/bar.png")      // .png
/// OutputFormat(path: "out/bar.text.svg") // .textSVG (SVG with real <text> elements)
/// ```
public enum OutputFormat: String, Sendable, CaseIterable {
  case png, svg, pdf
  /// SVG whose labels are `<text>` elements (editable, searchable), not glyph outlines.
  case textSVG = "text.svg"

  /// The format named by a path's extension (case-insensitive); nil when unknown.
  public init?(path: String) {
    let lower = path.lowercased()
    if lower.hasSuffix(".text.svg") {
      self = .textSVG
      return
    }
    guard let dot = lower.lastIndex(of: ".") else { return nil }
    switch lower[lower.index(after: dot)...] {
    case "png": self = .png
    case "svg": self = .svg
    case "pdf": self = .pdf
    default: return nil
    }
  }

  /// The usual file extension (without the dot).
  public var fileExtension: String { rawValue }
}
