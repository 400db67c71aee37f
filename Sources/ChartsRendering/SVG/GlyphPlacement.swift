import CCairo
import Charts

/// Where the glyphs of a scene's text runs go, as Pango laid them out, and the
/// outline of each distinct glyph, numbered in order of first use.
///
/// The runs are laid out by ``PangoTextMeasurer/withLayouts(_:for:target:_:)`` for
/// the scratch SVG context of ``GlyphOutlineCache``: the same fonts, options and
/// layouts that Cairo's SVG output drew, so glyphs land where they did there (and
/// in the PNG and PDF). Glyphs are walked as `pango_cairo_show_layout` draws them:
/// each run of each line from its logical x on the line's baseline, glyph by glyph
/// by advance width plus offset; empty glyphs (zero-width spaces) are skipped.
/// Letter-spacing offsets (`start_x_offset`) are not applied: the scene sets no
/// attributes that make them.
///
/// ```swift
/// let placed = try GlyphPlacement(runs: scene.texts, measurer: .shared)
/// placed.glyphs(ofRun: 0)  // [(id, x, y)] for the first run
/// placed.outlines[id]      // its path data
/// ```
struct GlyphPlacement {
  /// One glyph on the page: its outline number and its origin (baseline, in points).
  struct Glyph: Equatable {
    var id: Int32
    var x: Double
    var y: Double
  }

  /// Path data of each glyph used, by number. Glyphs without ink are not numbered.
  private(set) var outlines: [[UInt8]] = []
  /// Every inked glyph, run after run.
  private(set) var glyphs: [Glyph] = []
  /// Where each run's glyphs end in ``glyphs``.
  private(set) var runEnds: [Int] = []
  /// How many glyphs Pango shaped (inked or not, spaces included).
  private(set) var shapedCount = 0

  /// `PANGO_GLYPH_EMPTY` and `PANGO_GLYPH_UNKNOWN_FLAG` (C macros with casts, not imported).
  static let emptyGlyph: UInt32 = 0x0FFF_FFFF
  static let unknownFlag: UInt32 = 0x1000_0000

  /// Lays out `runs` and collects their glyphs; throws ``MissingGlyphError`` like
  /// drawing would.
  init(runs: [TextRun], measurer: PangoTextMeasurer) throws {
    guard !runs.isEmpty else { return }
    try GlyphOutlineCache.shared.withLock { cache in
      var numbers: [GlyphOutlineCache.GlyphKey: Int32] = [:]
      /// Places the glyphs of one Pango run whose pen starts at `x` (Pango units from
      /// the layout's left edge) on the baseline `baseline` (points); returns the pen
      /// position after it.
      func place(
        _ item: UnsafeMutablePointer<PangoGlyphItem>, x start: Int32, baseline: Double, origin: Point, run: TextRun
      ) throws -> Int32 {
        var x = start
        guard let font = item.pointee.item.pointee.analysis.font else { return x }
        let fontID = cache.fontID(font)
        let scale = Double(PANGO_SCALE)
        let lineY = baseline - Double(item.pointee.y_offset) / scale
        let shaped = item.pointee.glyphs.pointee
        for i in 0..<Int(shaped.num_glyphs) {
          let info = shaped.glyphs[i]
          defer { x += info.geometry.width }
          shapedCount += 1
          if info.glyph == Self.emptyGlyph { continue }
          if info.glyph & Self.unknownFlag != 0 { throw MissingGlyphError(text: run.text, font: run.font.family) }
          let key = GlyphOutlineCache.GlyphKey(font: fontID, glyph: info.glyph)
          let number: Int32
          if let known = numbers[key] {
            number = known
          } else {
            let d = cache.pathData(font: fontID, glyph: info.glyph, in: font)
            number = d.isEmpty ? -1 : Int32(outlines.count)
            if !d.isEmpty { outlines.append(d) }
            numbers[key] = number
          }
          guard number >= 0 else { continue }
          glyphs.append(
            Glyph(
              id: number, x: origin.x + Double(x + info.geometry.x_offset) / scale,
              y: lineY + Double(info.geometry.y_offset) / scale))
        }
        return x
      }
      try measurer.withLayouts(runs, for: cache.scratch, target: "svg") { run, layout, origin in
        if pango_layout_get_line_count(layout) == 1, let line = pango_layout_get_line_readonly(layout, 0) {
          // One line (every label): its runs follow each other from x = 0 on the
          // layout's baseline, which is the run's y. Walking the line's list instead of
          // a PangoLayoutIter skips the extents the iterator computes (a third of the
          // render time).
          var x: Int32 = 0
          var node = line.pointee.runs
          while let n = node {
            if let data = n.pointee.data {
              x = try place(
                data.assumingMemoryBound(to: PangoGlyphItem.self), x: x, baseline: run.y, origin: origin, run: run)
            }
            node = n.pointee.next
          }
        } else if let iter = pango_layout_get_iter(layout) {
          defer { pango_layout_iter_free(iter) }
          repeat {
            guard let item = pango_layout_iter_get_run_readonly(iter) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter, nil, &logical)
            let baseline = origin.y + Double(pango_layout_iter_get_baseline(iter)) / Double(PANGO_SCALE)
            _ = try place(
              UnsafeMutablePointer(mutating: item), x: logical.x, baseline: baseline, origin: origin, run: run)
          } while pango_layout_iter_next_run(iter) != 0
        }
        runEnds.append(glyphs.count)
      }
    }
  }

  /// The inked glyphs of run `index` (in the order the runs were given).
  func glyphs(ofRun index: Int) -> ArraySlice<Glyph> {
    glyphs[(index == 0 ? 0 : runEnds[index - 1])..<runEnds[index]]
  }
}
