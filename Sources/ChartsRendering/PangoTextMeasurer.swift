import CCairo
import Charts
import Foundation

/// Measures (and, for ``CairoRenderer``, draws) text with Pango and the installed fonts.
///
/// One Pango font map, context and layout are shared process-wide behind a lock:
/// creating them costs far more than measuring, and Pango objects are not thread-safe.
/// Font metric hinting is off, so a label measures the same at every scale and the
/// layout computed in points matches what is drawn at any dpi.
///
/// ```swift
/// let m = PangoTextMeasurer.shared
/// let e = try m.measure("酉阳土家族苗族自治县", font: Theme.standard.font(9))
/// ```
public final class PangoTextMeasurer: TextMeasuring, @unchecked Sendable {
  /// The process-wide measurer.
  public static let shared = PangoTextMeasurer()

  private let lock = NSLock()
  /// Noto CJK only (see ``CJKFontMap``): used for its families when it covers the text.
  private let fast: FontBackend?
  /// The default font map: every installed font, fontconfig's fallbacks. Made on first need.
  private var systemBackend: FontBackend?
  private var fastFamilies: [String: Bool] = [:]
  private var descriptions: [FontSpec: OpaquePointer] = [:]
  /// The extent, or the missing glyph, and whether the fast backend shaped it.
  private var cache: [CacheKey: (result: Result<TextExtent, MissingGlyphError>, fast: Bool)] = [:]

  private struct CacheKey: Hashable {
    var text: String
    var font: FontSpec
  }

  /// - Parameter useCJKFontMap: whether to try the Noto-CJK-only font map first
  ///   (false: always the default font map, as before).
  public init(useCJKFontMap: Bool = true) {
    fast = useCJKFontMap ? CJKFontMap.make().map(FontBackend.init) : nil
  }

  deinit {
    for d in descriptions.values { pango_font_description_free(d) }
  }

  private var system: FontBackend {
    if let s = systemBackend { return s }
    let s = FontBackend(fontMap: CJKFontMap.systemFontMap())
    systemBackend = s
    return s
  }

  private func usesFast(_ family: String) -> Bool {
    guard let fast else { return false }
    if let known = fastFamilies[family] { return known }
    let has = CJKFontMap.has(family: family, in: fast.fontMap)
    fastFamilies[family] = has
    return has
  }

  public func measure(_ text: String, font: FontSpec) throws -> TextExtent {
    lock.lock()
    defer { lock.unlock() }
    return try measureLocked(text, font: font).result.get()
  }

  private func measureLocked(_ text: String, font: FontSpec) -> (
    result: Result<TextExtent, MissingGlyphError>, fast: Bool
  ) {
    let key = CacheKey(text: text, font: font)
    if let hit = cache[key] { return hit }
    var entry: (result: Result<TextExtent, MissingGlyphError>, fast: Bool)
    if let fast, usesFast(font.family), let extent = extent(text, font: font, on: fast) {
      entry = (.success(extent), true)
    } else if let extent = extent(text, font: font, on: system) {
      entry = (.success(extent), false)
    } else {
      entry = (.failure(MissingGlyphError(text: text, font: font.family)), false)
    }
    cache[key] = entry
    return entry
  }

  /// The extent of `text` laid out on `backend`, or nil if a glyph is missing.
  private func extent(_ text: String, font: FontSpec, on backend: FontBackend) -> TextExtent? {
    let layout = backend.layout
    pango_layout_set_font_description(layout, description(font))
    pango_layout_set_text(layout, text, -1)
    guard pango_layout_get_unknown_glyphs_count(layout) == 0 else { return nil }
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    let ascent = Double(pango_layout_get_baseline(layout)) / scale
    return TextExtent(
      width: Double(logical.width) / scale, ascent: ascent, descent: Double(logical.height) / scale - ascent)
  }

  private func description(_ font: FontSpec) -> OpaquePointer {
    if let d = descriptions[font] { return d }
    let d = pango_font_description_new()!
    pango_font_description_set_family(d, font.family)
    pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(d, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    descriptions[font] = d
    return d
  }

  /// Draws text runs on a Cairo context (already scaled to points), failing on missing glyphs.
  func draw(_ runs: [TextRun], on cr: OpaquePointer, target: String) throws {
    try withLayouts(runs, for: cr, target: target) { run, layout, origin in
      cairo_set_source_rgb(cr, Double(run.color.red) / 255, Double(run.color.green) / 255, Double(run.color.blue) / 255)
      cairo_move_to(cr, origin.x, origin.y)
      pango_cairo_show_layout(cr, layout)
    }
  }

  /// Calls `body`, under the measurer's lock, with each run's shaped Pango layout and
  /// the point its top-left corner goes to; fails on missing glyphs. This is how the
  /// runs are drawn on `cr` (the outline SVG writer reads the glyphs from it instead).
  ///
  /// Drawing uses its own Pango context per target kind and scale, set up once and
  /// then reused, so the measuring context never changes; and it keeps the shaped
  /// layout of every label it drew (shaping, not painting, is what text costs), so the
  /// next chart with the same labels only paints. Each run is laid out with the font
  /// map that measured it.
  ///
  /// ```swift
  /// try measurer.withLayouts(runs, for: cr, target: "svg") { run, layout, origin in … }
  /// ```
  func withLayouts(
    _ runs: [TextRun], for cr: OpaquePointer, target: String,
    _ body: (TextRun, OpaquePointer, Point) throws -> Void
  ) throws {
    lock.lock()
    defer { lock.unlock() }
    for run in runs {
      let measured = measureLocked(run.text, font: run.font)
      _ = try measured.result.get()
      let backend = measured.fast ? fast! : system
      let drawing = backend.drawingTarget(for: cr, target: target)
      let key = CacheKey(text: run.text, font: run.font)
      let shaped: (layout: OpaquePointer, baseline: Double)
      if let hit = drawing.layouts[key] {
        shaped = hit
      } else {
        if drawing.layouts.count >= 4096 { drawing.clearLayouts() }
        let layout = pango_layout_new(drawing.context)!
        pango_layout_set_font_description(layout, description(run.font))
        pango_layout_set_text(layout, run.text, -1)
        shaped = (layout, Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE))
        drawing.layouts[key] = shaped
      }
      try body(run, shaped.layout, Point(run.minX, run.y - shaped.baseline))
    }
  }

  /// One font map with its measuring context and layout, and its drawing contexts.
  private final class FontBackend {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let layout: OpaquePointer
    private var drawingTargets: [String: DrawingTarget] = [:]

    init(fontMap: UnsafeMutablePointer<PangoFontMap>) {
      self.fontMap = fontMap
      let c = pango_font_map_create_context(fontMap)!
      let options = cairo_font_options_create()
      cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
      cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
      cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
      pango_cairo_context_set_font_options(c, options)
      cairo_font_options_destroy(options)
      pango_cairo_context_set_resolution(c, 72)
      // Pango rounds glyph positions to whole units by default; at 6.4 pt that makes
      // "24,774" as wide as at 8 pt. Exact widths keep layout and drawing faithful.
      pango_context_set_round_glyph_positions(c, 0)
      context = c
      layout = pango_layout_new(c)
    }

    deinit {
      drawingTargets.removeAll()
      g_object_unref(UnsafeMutableRawPointer(layout))
      g_object_unref(UnsafeMutableRawPointer(context))
      g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    func drawingTarget(for cr: OpaquePointer, target: String) -> DrawingTarget {
      if let t = drawingTargets[target] {
        // pango_cairo_update_context marks the context changed on every call (Pango
        // 1.50), and that makes every kept layout shape its text again; so call it only
        // when the transformation or the surface's font options really changed.
        if t.recordChange(of: cr) { pango_cairo_update_context(cr, t.context) }
        return t
      }
      let c = pango_font_map_create_context(fontMap)!
      pango_cairo_context_set_font_options(c, pango_cairo_context_get_font_options(context))
      pango_cairo_context_set_resolution(c, 72)
      pango_context_set_round_glyph_positions(c, 0)
      pango_cairo_update_context(cr, c)
      let t = DrawingTarget(context: c)
      _ = t.recordChange(of: cr)
      drawingTargets[target] = t
      return t
    }
  }

  /// A Pango context for one kind of target (PNG at a dpi, SVG, PDF) and its layouts.
  private final class DrawingTarget {
    let context: OpaquePointer
    var layouts: [CacheKey: (layout: OpaquePointer, baseline: Double)] = [:]
    /// The Cairo transformation and surface font options the context was last updated for.
    private var matrix = cairo_matrix_t()
    private var options: OpaquePointer? = nil
    init(context: OpaquePointer) { self.context = context }

    /// Whether `cr` has another transformation or surface font options than last
    /// time (and remembers them).
    func recordChange(of cr: OpaquePointer) -> Bool {
      var m = cairo_matrix_t()
      cairo_get_matrix(cr, &m)
      let o = cairo_font_options_create()!
      defer { cairo_font_options_destroy(o) }
      cairo_surface_get_font_options(cairo_get_target(cr), o)
      let same =
        m.xx == matrix.xx && m.yx == matrix.yx && m.xy == matrix.xy && m.yy == matrix.yy
        && m.x0 == matrix.x0 && m.y0 == matrix.y0 && options.map { cairo_font_options_equal(o, $0) != 0 } == true
      guard !same else { return false }
      matrix = m
      if let old = options { cairo_font_options_destroy(old) }
      options = cairo_font_options_copy(o)
      return true
    }
    func clearLayouts() {
      for l in layouts.values { g_object_unref(UnsafeMutableRawPointer(l.layout)) }
      layouts.removeAll()
    }
    deinit {
      clearLayouts()
      if let options { cairo_font_options_destroy(options) }
      g_object_unref(UnsafeMutableRawPointer(context))
    }
  }
}
