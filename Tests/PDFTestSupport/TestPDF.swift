import CCairo
import Foundation

/// A PDF drawn by Cairo and Pango for a test: pages of text placed at points
/// (wrapped to a width when one is given, the first line indented two
/// characters as Chinese paragraphs are) and grey images standing in for scans.
///
///     let data = try TestPDF(pages: [[.text("丰都县…", x: 72, y: 72)]]).data()
public struct TestPDF {
  public enum Item {
    /// Text with its top left at (x, y) in points; wrapped to `width` with a
    /// two-character first-line indent when a width is given.
    case text(String, x: Double, y: Double, width: Double? = nil, size: Double = 10.5)
    /// A filled rectangle drawn as an image (a scanned page).
    case image(x: Double, y: Double, width: Int, height: Int)
  }

  public var pages: [[Item]]
  public var width = 595.0, height = 842.0

  public init(pages: [[Item]]) { self.pages = pages }

  public func data() throws -> Data {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("test-\(UUID().uuidString).pdf")
    defer { try? FileManager.default.removeItem(at: url) }
    guard let surface = cairo_pdf_surface_create(url.path, width, height) else { throw CairoFailed() }
    let cr = cairo_create(surface)
    for page in pages {
      for item in page {
        switch item {
        case .text(let text, let x, let y, let width, let size):
          draw(text, x: x, y: y, width: width, size: size, on: cr)
        case .image(let x, let y, let w, let h): drawImage(x: x, y: y, width: w, height: h, on: cr)
        }
      }
      cairo_show_page(cr)
    }
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    cairo_surface_destroy(surface)
    guard status == CAIRO_STATUS_SUCCESS else { throw CairoFailed() }
    return try Data(contentsOf: url)
  }

  private func draw(_ text: String, x: Double, y: Double, width: Double?, size: Double, on cr: OpaquePointer?) {
    let layout = pango_cairo_create_layout(cr)
    let font = pango_font_description_from_string("Noto Sans CJK SC")
    pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
    pango_layout_set_font_description(layout, font)
    if let width {
      pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
      pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
      pango_layout_set_indent(layout, Int32(2 * size * Double(PANGO_SCALE)))
    }
    pango_layout_set_text(layout, text, -1)
    cairo_set_source_rgb(cr, 0, 0, 0)
    cairo_move_to(cr, x, y)
    pango_cairo_show_layout(cr, layout)
    pango_font_description_free(font)
    g_object_unref(UnsafeMutableRawPointer(layout))
  }

  private func drawImage(x: Double, y: Double, width: Int, height: Int, on cr: OpaquePointer?) {
    let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    let ic = cairo_create(image)
    cairo_set_source_rgb(ic, 0.6, 0.6, 0.6)
    cairo_paint(ic)
    cairo_set_source_rgb(ic, 0.1, 0.1, 0.1)
    cairo_rectangle(ic, 10, 10, Double(width) / 2, 8)
    cairo_fill(ic)
    cairo_destroy(ic)
    cairo_set_source_surface(cr, image, x, y)
    cairo_paint(cr)
    cairo_surface_destroy(image)
  }

  public struct CairoFailed: Error {}
}
