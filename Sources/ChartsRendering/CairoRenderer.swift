import CCairo
import Charts
import Foundation

/// Renders scenes with Cairo: PNG (own encoder, see `CairoRenderer+PNG.swift`) and PDF
/// (written into memory through Cairo's stream surface); SVG goes to
/// ``OutlineSVGRenderer``, which lays text out with the same Pango layouts. Text is
/// drawn with Pango through ``PangoTextMeasurer``, the same engine that measured it.
///
/// Scenes are in points: PNG is scaled by `dpi / 72`; SVG and PDF stay in points.
/// Output is deterministic: PDFs carry a fixed creation date.
///
/// ```swift
/// let pdf = try CairoRenderer().render(scene, format: .pdf)
/// ```
public struct CairoRenderer: Renderer, Sendable {
  public var text: PangoTextMeasurer
  /// PNG compression: 0 (default) for the built-in encoder made for charts (fast,
  /// files smaller than Cairo's own); 1–12 for libdeflate at that level (slower, one core).
  public var pngCompressionLevel: Int32
  /// Cores a PNG is compressed on: 1, or 2 (top and bottom band at once; see
  /// `CairoRenderer+PNG.swift`). Defaults to 2 when the machine has two cores or more.
  public var pngThreads: Int

  public init(text: PangoTextMeasurer = .shared, pngCompressionLevel: Int32 = 0, pngThreads: Int? = nil) {
    self.text = text
    self.pngCompressionLevel = pngCompressionLevel
    self.pngThreads = pngThreads ?? min(2, ProcessInfo.processInfo.activeProcessorCount)
  }

  public func render(_ scene: Scene, format: OutputFormat) throws -> Data {
    switch format {
    case .png: return try renderPNG(scene)
    case .svg: return try OutlineSVGRenderer(text: text).render(scene, format: .svg)
    case .pdf: return try renderVector(scene, pdf: true)
    case .textSVG: return try TextSVGRenderer().render(scene, format: .textSVG)
    }
  }

  /// Collects what Cairo streams out.
  private final class Sink {
    /// Room for a typical chart's SVG or PDF (~200 KB), so appends do not reallocate.
    var data = Data(capacity: 1 << 18)
  }

  /// PDF, or SVG through Cairo's SVG surface: no longer what `.svg` writes (see
  /// ``OutlineSVGRenderer``), kept as the reference its tests compare against.
  func renderVector(_ scene: Scene, pdf: Bool) throws -> Data {
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
      try draw(scene, on: surface, scale: 1, target: pdf ? "pdf" : "svg")
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
  /// appearance. The search uses `memchr` (the word occurs once or twice in 200 KB;
  /// a Swift byte loop was 3 % of an SVG render).
  static func renumberSurfaceIDs(_ data: Data) -> Data {
    let word = Array("surface".utf8)
    var out = Data(capacity: data.count + 16)
    var ids: [Int: Int] = [:]
    data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
      guard let base = buf.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
      let n = buf.count
      var copied = 0
      var from = 0
      // memchr (vectorised) for the rarest letter of the word, 'u', then compare.
      while from < n, let hit = memchr(base + from, 0x75, n - from) {
        let u = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
        from = u + 1
        let i = u - 1
        guard i >= 0, i + word.count <= n, memcmp(base + i, word, word.count) == 0 else { continue }
        from = i + word.count
        // Only ids and references: "surfaceN" or #surfaceN.
        guard i > 0, base[i - 1] == 0x22 || base[i - 1] == 0x23 else { continue }
        var j = i + word.count
        var number = 0
        while j < n, base[j] >= 48, base[j] <= 57, number < 1 << 40 {
          number = number * 10 + Int(base[j] - 48)
          j += 1
        }
        guard j > i + word.count else { continue }
        let id = ids[number] ?? (ids.count + 1)
        ids[number] = id
        out.append(base + copied, count: i + word.count - copied)
        out.append(contentsOf: Array(String(id).utf8))
        copied = j
        from = j
      }
      out.append(base + copied, count: n - copied)
    }
    return out
  }

  func draw(_ scene: Scene, on surface: OpaquePointer, scale: Double, target: String) throws {
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
        try text.draw(pendingText, on: cr, target: target)
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
    if !pendingText.isEmpty { try text.draw(pendingText, on: cr, target: target) }
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
    guard status == CAIRO_STATUS_SUCCESS else {
      throw RenderError.cairo(String(cString: cairo_status_to_string(status)))
    }
  }
}
