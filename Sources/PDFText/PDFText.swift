import CPoppler
import Foundation
import Metrics

/// The text of a PDF report, read with poppler's GLib API: every character of
/// every page with its box (`poppler_page_get_text_layout`), put back into
/// lines by position (``PDFLine``) and into paragraphs and table rows
/// (``PDFReadingOrder``).
///
///     try PDFText.text(of: Data(contentsOf: url), file: "丰都县.pdf")
///     // "丰都县人民政府…\n指标\t2021年\t2022年\n一般公共预算教育支出（亿元）\t13.52\t14.13\n…"
///
/// poppler's own text (`poppler_page_get_text`) follows its block analysis,
/// which reads a table column by column (指标, 一般公共…, 小学…, then 2021年,
/// 13.52, …), so a row's figures would land far from their names; placing the
/// characters ourselves keeps each row on one line.
///
/// - Throws: ``InputError`` naming the file when it is not a PDF, is damaged
///   or encrypted, or has no text layer (a scanned image, which needs OCR).
public enum PDFText {
  public static func text(of data: Data, file: String) throws -> String {
    if data.isEmpty { throw InputError(file: file, "the file is empty") }
    // Readers accept the header anywhere in the first 1024 bytes.
    guard data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
      throw InputError(file: file, "not a PDF file (there is no %PDF- header)")
    }
    let document = try open(data, file: file)
    defer { g_object_unref(UnsafeMutableRawPointer(document)) }
    let count = poppler_document_get_n_pages(document)
    if count <= 0 { throw InputError(file: file, "the PDF has no pages") }
    var pages: [PDFReadingOrder.Page] = []
    var glyphCount = 0, imagePages = 0
    for i in 0..<count {
      guard let page = poppler_document_get_page(document, i) else { continue }
      defer { g_object_unref(UnsafeMutableRawPointer(page)) }
      let glyphs = self.glyphs(of: page)
      glyphCount += glyphs.count
      if glyphs.isEmpty, hasImages(page) { imagePages += 1 }
      var width = 0.0, height = 0.0
      poppler_page_get_size(page, &width, &height)
      pages.append(PDFReadingOrder.Page(lines: PDFLine.lines(of: glyphs), height: height))
    }
    if glyphCount == 0 {
      if imagePages > 0 {
        throw InputError(
          file: file,
          "the PDF has no text layer: it is a scanned image; run OCR first (for example ocrmypdf -l chi_sim) and extract from its output"
        )
      }
      throw InputError(file: file, "the PDF has no text: its \(count) page(s) hold no characters")
    }
    return PDFReadingOrder.text(of: pages)
  }

  private static func open(_ data: Data, file: String) throws -> OpaquePointer {
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    var error: UnsafeMutablePointer<GError>?
    if let document = poppler_document_new_from_bytes(bytes, nil, &error) { return document }
    let code = error?.pointee.code ?? 0
    let message = error?.pointee.message.map { String(cString: $0) } ?? "unknown error"
    if error != nil { g_error_free(error) }
    if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
      throw InputError(
        file: file,
        "the PDF is encrypted (it needs a password to open); save a copy without a password and extract from that")
    }
    throw InputError(file: file, "not a readable PDF: \(message) (poppler)")
  }

  /// Each character of the page with its box; the two lists poppler returns
  /// correspond index by index.
  private static func glyphs(of page: OpaquePointer) -> [PDFGlyph] {
    guard let text = poppler_page_get_text(page) else { return [] }
    defer { g_free(text) }
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var n: guint = 0
    guard poppler_page_get_text_layout(page, &rectangles, &n) != 0, let rectangles else { return [] }
    defer { g_free(rectangles) }
    var glyphs: [PDFGlyph] = []
    glyphs.reserveCapacity(Int(n))
    var i = 0
    for scalar in String(cString: text).unicodeScalars {
      guard i < Int(n) else { break }
      let r = rectangles[i]
      i += 1
      if scalar.properties.isWhitespace { continue }
      glyphs.append(PDFGlyph(scalar, x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2))
    }
    return glyphs
  }

  private static func hasImages(_ page: OpaquePointer) -> Bool {
    guard let mapping = poppler_page_get_image_mapping(page) else { return false }
    poppler_page_free_image_mapping(mapping)
    return true
  }
}
