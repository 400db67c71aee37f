import CCairo
import Foundation

/// Renders scenes with Cairo: PNG (own encoder, see `CairoRenderer+PNG.swift`), SVG
/// and PDF (written into memory through Cairo's stream surfaces). Text is drawn with
/// Pango through ``PangoTextMeasurer``, the same engine that measured it.
///
/// Scenes are in points: PNG is scaled by `dpi / 72`; SVG and PDF stay in points.
/// Output is deterministic: PDFs carry a fixed creation date.
///
/// ```swift
/// let pdf = try CairoRenderer().render(scene, format: .pdf)
/// ```
public struct CairoRenderer: Renderer {
  public var text: PangoTextMeasurer
  /// zlib level for PNG (libdeflate, 1–12).
  public var pngCompressionLevel: Int32

  public init(text: PangoTextMeasurer = .shared, pngCompressionLevel: Int32 = 6) {
    self.text = text
    self.pngCompressionLevel = pngCompressionLevel
  }

  public func render(_ scene: Scene, format: OutputFormat) throws -> Data {
    switch format {
    case .png: return try renderPNG(scene)
    case .svg, .pdf: return try renderVector(scene, pdf: format == .pdf)
    case .textSVG: return try TextSVGRenderer().render(scene, format: .textSVG)
    }
  }

  private func renderPNG(_ scene: Scene) throws -> Data {
    let w = Int32(scene.pixelWidth), h = Int32(scene.pixelHeight)
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) else { throw RenderError.cairo("no surface") }
    defer { cairo_surface_destroy(surface) }
    try check(cairo_surface_status(surface))
    try draw(scene, on: surface, scale: scene.dpi / 72)
    cairo_surface_flush(surface)
    return try encodePNG(surface, width: Int(w), height: Int(h), dpi: scene.dpi)
  }

  /// Collects what Cairo streams out.
  private final class Sink {
    var data = Data()
  }

  private func renderVector(_ scene: Scene, pdf: Bool) throws -> Data {
    let sink = Sink()
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    let write: cairo_write_func_t = { closure, bytes, length in
      guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
      Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
      return CAIRO_STATUS_SUCCESS
    }
    let surface: OpaquePointer?
    if pdf {
      surface = cairo_pdf_surface_create_for_stream(write, closure, scene.width, scene.height)
      // A fixed date keeps the bytes identical between runs.
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "compare")
    } else {
      surface = cairo_svg_surface_create_for_stream(write, closure, scene.width, scene.height)
      cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
    }
    guard let surface else { throw RenderError.cairo("no surface") }
    try check(cairo_surface_status(surface))
    do {
      try draw(scene, on: surface, scale: 1)
    } catch {
      cairo_surface_destroy(surface)
      throw error
    }
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    cairo_surface_destroy(surface)
    try check(status)
    let data = withExtendedLifetime(sink) { sink.data }
    return pdf ? data : Self.renumberSurfaceIDs(data)
  }

  /// Cairo names SVG groups "surfaceN" from a process-wide counter, so the second
  /// render of a scene would differ from the first; renumber them in order of
  /// appearance (a linear byte scan: the SVG budget is a few milliseconds).
  static func renumberSurfaceIDs(_ data: Data) -> Data {
    let bytes = [UInt8](data)
    let word = Array("surface".utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var ids: [ArraySlice<UInt8>: Int] = [:]
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "s"), i > 0, bytes[i - 1] == UInt8(ascii: "\"") || bytes[i - 1] == UInt8(ascii: "#"),
        i + word.count < bytes.count, bytes[i..<i + word.count].elementsEqual(word) {
        var j = i + word.count
        while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
        if j > i + word.count {
          let digits = bytes[i + word.count..<j]
          let id = ids[digits] ?? (ids.count + 1)
          ids[digits] = id
          out += word
          out += Array(String(id).utf8)
          i = j
          continue
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return Data(out)
  }

  private func draw(_ scene: Scene, on surface: OpaquePointer, scale: Double) throws {
    guard let cr = cairo_create(surface) else { throw RenderError.cairo("no context") }
    defer { cairo_destroy(cr) }
    cairo_scale(cr, scale, scale)
    setColor(cr, scene.background)
    cairo_paint(cr)
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    var pendingText: [TextRun] = []
    for p in scene.primitives {
      if case .text(let t) = p.shape {
        pendingText.append(t)
        continue
      }
      if !pendingText.isEmpty {
        try text.draw(pendingText, on: cr)
        pendingText.removeAll(keepingCapacity: true)
      }
      switch p.shape {
      case .rect(let r, let fill):
        cairo_rectangle(cr, r.x, r.y, r.width, r.height)
        setColor(cr, fill)
        cairo_fill(cr)
      case .line(let a, let b, let s):
        cairo_move_to(cr, a.x, a.y)
        cairo_line_to(cr, b.x, b.y)
        stroke(cr, s)
      case .polyline(let ps, let s):
        guard let first = ps.first else { continue }
        cairo_move_to(cr, first.x, first.y)
        for q in ps.dropFirst() { cairo_line_to(cr, q.x, q.y) }
        stroke(cr, s)
      case .circle(let c, let r, let fill, let s):
        cairo_new_sub_path(cr)
        cairo_arc(cr, c.x, c.y, r, 0, 2 * Double.pi)
        setColor(cr, fill ?? scene.background)
        if let s {
          cairo_fill_preserve(cr)
          stroke(cr, s)
        } else {
          cairo_fill(cr)
        }
      case .text:
        break
      }
    }
    if !pendingText.isEmpty { try text.draw(pendingText, on: cr) }
    try check(cairo_status(cr))
  }

  private func setColor(_ cr: OpaquePointer, _ c: Color) {
    cairo_set_source_rgb(cr, Double(c.red) / 255, Double(c.green) / 255, Double(c.blue) / 255)
  }

  private func stroke(_ cr: OpaquePointer, _ s: Stroke) {
    setColor(cr, s.color)
    cairo_set_line_width(cr, s.width)
    s.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
    cairo_stroke(cr)
  }

  private func check(_ status: cairo_status_t) throws {
    guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
  }
}
