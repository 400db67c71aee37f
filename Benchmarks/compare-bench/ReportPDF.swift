import CCairo
import Foundation

/// Typesets plain-text reports as an A4 PDF the way a county office's word
/// processor would: 10.5 pt CJK text, paragraphs wrapped to 451 pt with a
/// two-character indent, lines carried over page breaks, a page number in the
/// footer. The PDF benchmark reads it back.
enum ReportPDF {
  static func write(_ texts: [String], to url: URL) throws -> Int {
    let (width, height, margin, size) = (595.0, 842.0, 72.0, 10.5)
    guard let surface = cairo_pdf_surface_create(url.path, width, height) else {
      throw BenchError("cairo: no PDF surface")
    }
    let cr = cairo_create(surface)
    let font = pango_font_description_from_string("Noto Sans CJK SC")
    pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
    var pages = 1
    var y = margin
    func footer() {
      let layout = pango_cairo_create_layout(cr)
      pango_layout_set_font_description(layout, font)
      pango_layout_set_text(layout, "- \(pages) -", -1)
      cairo_move_to(cr, width / 2 - 12, height - 40)
      pango_cairo_show_layout(cr, layout)
      g_object_unref(UnsafeMutableRawPointer(layout))
    }
    for text in texts {
      for paragraph in text.split(separator: "\n") where !paragraph.allSatisfy(\.isWhitespace) {
        let layout = pango_cairo_create_layout(cr)
        pango_layout_set_font_description(layout, font)
        pango_layout_set_width(layout, Int32((width - 2 * margin) * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_indent(layout, Int32(2 * size * Double(PANGO_SCALE)))
        pango_layout_set_text(layout, paragraph.trimmingCharacters(in: .whitespaces), -1)
        let iter = pango_layout_get_iter(layout)
        repeat {
          var logical = PangoRectangle()
          pango_layout_iter_get_line_extents(iter, nil, &logical)
          let lineHeight = Double(logical.height) / Double(PANGO_SCALE)
          if y + lineHeight > height - margin {
            footer()
            cairo_show_page(cr)
            pages += 1
            y = margin
          }
          let baseline = Double(pango_layout_iter_get_baseline(iter) - logical.y) / Double(PANGO_SCALE)
          cairo_move_to(cr, margin + Double(logical.x) / Double(PANGO_SCALE), y + baseline)
          pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter))
          y += lineHeight
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        g_object_unref(UnsafeMutableRawPointer(layout))
        y += 4
      }
    }
    footer()
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    cairo_surface_destroy(surface)
    pango_font_description_free(font)
    guard status == CAIRO_STATUS_SUCCESS else { throw BenchError("cairo: \(status)") }
    return pages
  }
}
