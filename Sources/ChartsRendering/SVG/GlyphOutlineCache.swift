import CCairo
import Charts
import Foundation

/// Glyph outlines as SVG path data (`d`), taken from Cairo (FreeType) once per font
/// and glyph and kept process-wide: the charts of one briefing share most glyphs.
///
/// The outlines are Cairo's own (`cairo_glyph_path`, curves kept), in points with the
/// glyph origin on the baseline at (0, 0), y down, printed by ``SVGBytes`` with two
/// decimals. The cache is keyed by Pango font object (held, so never a reused
/// address) and glyph, and it is emptied when it reaches ``limit`` glyphs.
///
/// All use goes through ``withLock(_:)``: the scratch context, like the cache, is
/// shared.
///
/// ```swift
/// GlyphOutlineCache.shared.withLock { cache in
///   let font = cache.fontID(pangoFont)
///   let d = cache.pathData(font: font, glyph: 1234, in: pangoFont)  // "M1.2 -3.4C…Z"
/// }
/// ```
final class GlyphOutlineCache: @unchecked Sendable {
  static let shared = GlyphOutlineCache()

  /// At most this many glyph outlines (~1 KiB each for CJK) are kept.
  static let limit = 20_000

  private let lock = NSLock()
  /// A context on an SVG surface that is never drawn on (it writes nowhere). Pango
  /// lays text out for it exactly as for Cairo's SVG output (same font options, no
  /// scaling), and it turns glyphs into paths.
  let scratch: OpaquePointer
  /// Every Pango font met, held with a reference so its address cannot be reused
  /// for another font while it names an id here.
  private var fontIDs: [UnsafeMutablePointer<PangoFont>: Int32] = [:]
  /// Never reused, even after the cache is emptied, so ids taken earlier in a
  /// render still name one font.
  private var nextFontID: Int32 = 0
  private var outlines: [GlyphKey: [UInt8]] = [:]

  struct GlyphKey: Hashable {
    var font: Int32
    var glyph: UInt32
  }

  private init() {
    // A nil write function is Cairo's documented no-op stream.
    let surface = cairo_svg_surface_create_for_stream(nil, nil, 1, 1)
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
    scratch = cairo_create(surface)!
    cairo_surface_destroy(surface)  // the context holds its own reference
  }

  /// Runs `body` with the cache locked.
  func withLock<T>(_ body: (GlyphOutlineCache) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(self)
  }

  /// A process-wide number for the font; call under the lock. Pango's font maps
  /// hand out one font object per face, size and options, so the charts of a
  /// briefing meet the same few fonts again and again.
  func fontID(_ font: UnsafeMutablePointer<PangoFont>) -> Int32 {
    if let id = fontIDs[font] { return id }
    if fontIDs.count >= 1024 {
      for f in fontIDs.keys { g_object_unref(UnsafeMutableRawPointer(f)) }
      fontIDs.removeAll()
      outlines.removeAll()
    }
    let id = nextFontID
    nextFontID += 1
    g_object_ref(UnsafeMutableRawPointer(font))
    fontIDs[font] = id
    return id
  }

  /// The path data of `glyph` in `font` (whose ``fontID(_:)`` is `id`); empty for
  /// glyphs without ink (a space). Call under the lock.
  func pathData(font id: Int32, glyph: UInt32, in font: UnsafeMutablePointer<PangoFont>) -> [UInt8] {
    let key = GlyphKey(font: id, glyph: glyph)
    if let d = outlines[key] { return d }
    if outlines.count >= Self.limit { outlines.removeAll(keepingCapacity: true) }
    let d = Self.outline(glyph, scaledFont: pango_cairo_font_get_scaled_font(OpaquePointer(font)), on: scratch)
    outlines[key] = d
    return d
  }

  /// The glyph's outline through Cairo, printed as SVG path data.
  private static func outline(_ glyph: UInt32, scaledFont: OpaquePointer?, on cr: OpaquePointer) -> [UInt8] {
    guard let scaledFont else { return [] }
    cairo_new_path(cr)
    cairo_set_scaled_font(cr, scaledFont)
    var g = cairo_glyph_t(index: UInt(glyph), x: 0, y: 0)
    cairo_glyph_path(cr, &g, 1)
    guard let path = cairo_copy_path(cr) else { return [] }
    defer {
      cairo_path_destroy(path)
      cairo_new_path(cr)
    }
    guard path.pointee.status == CAIRO_STATUS_SUCCESS, let data = path.pointee.data else { return [] }
    var out = SVGBytes(capacity: 1024)
    var i = 0
    let n = Int(path.pointee.num_data)
    // Cairo ends every closed subpath with a move to its start; the last one draws
    // nothing and is dropped.
    var lastMove = -1
    while i < n {
      let header = data[i].header
      let length = max(1, Int(header.length))
      if header.type != CAIRO_PATH_MOVE_TO { lastMove = -1 }
      switch header.type {
      case CAIRO_PATH_MOVE_TO:
        lastMove = out.bytes.count
        out.byte(0x4D)  // M
        point(data[i + 1].point.x, data[i + 1].point.y, first: true, into: &out)
      case CAIRO_PATH_LINE_TO:
        out.byte(0x4C)  // L
        point(data[i + 1].point.x, data[i + 1].point.y, first: true, into: &out)
      case CAIRO_PATH_CURVE_TO:
        out.byte(0x43)  // C
        for j in 1...3 { point(data[i + j].point.x, data[i + j].point.y, first: j == 1, into: &out) }
      case CAIRO_PATH_CLOSE_PATH:
        out.byte(0x5A)  // Z
      default:
        break
      }
      i += length
    }
    if lastMove >= 0 { out.bytes.removeSubrange(lastMove...) }
    return out.bytes
  }

  /// "x y" with the separators SVG path syntax needs: a space unless the number
  /// starts with "-" (or follows the command letter).
  private static func point(_ x: Double, _ y: Double, first: Bool, into out: inout SVGBytes) {
    if !first, (x * 100).rounded() >= 0 { out.byte(0x20) }
    out.number(x)
    if (y * 100).rounded() >= 0 { out.byte(0x20) }
    out.number(y)
  }
}
