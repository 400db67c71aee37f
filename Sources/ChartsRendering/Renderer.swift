import Charts
import Foundation

/// Draws a ``Scene`` into the bytes of a file. Renderers see only primitives — a new
/// chart type never touches a renderer (the lesson of plotters' narrow backend).
///
/// ```swift
/// let png = try CairoRenderer().render(scene, format: .png)
/// try png.write(to: url, options: .atomic)
/// ```
public protocol Renderer {
  func render(_ scene: Scene, format: OutputFormat) throws -> Data
}

/// Rendering failed.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// This renderer does not write that format.
  case unsupportedFormat(OutputFormat)
  /// Cairo reported an error (its status string).
  case cairo(String)
  /// The PNG compressor failed.
  case compression

  public var description: String {
    switch self {
    case .unsupportedFormat(let f): "this renderer cannot write \(f.rawValue)"
    case .cairo(let s): "cairo: \(s)"
    case .compression: "PNG compression failed"
    }
  }
}

/// The whole pipeline in one call: measure with Pango, lay out, render.
///
/// ```swift
/// let data = try ChartRendering.render(.bar(spec), format: .png)
/// ```
public enum ChartRendering {
  public static func render(_ spec: ChartSpec, format: OutputFormat, theme: Theme = .standard) throws -> Data {
    let scene = try ChartLayout.scene(for: spec, theme: theme, measurer: PangoTextMeasurer.shared)
    return try renderer(for: format).render(scene, format: format)
  }

  /// The renderer that writes `format`.
  public static func renderer(for format: OutputFormat) -> any Renderer {
    format == .textSVG ? TextSVGRenderer() : CairoRenderer()
  }

  /// SVG through Cairo's own SVG surface, which `.svg` no longer uses: for the
  /// benchmark suite, to measure it beside our writer in the same run.
  @_spi(Benchmarks)
  public static func renderCairoSVG(_ spec: ChartSpec, theme: Theme = .standard) throws -> Data {
    let scene = try ChartLayout.scene(for: spec, theme: theme, measurer: PangoTextMeasurer.shared)
    return try CairoRenderer().renderVector(scene, pdf: false)
  }
}
