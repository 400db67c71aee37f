import ChartsTestSupport
import Foundation
import FoundationXML
import Testing

@testable import Charts
@testable import ChartsRendering

/// The `.svg` output: text as glyph outlines written by ``OutlineSVGRenderer``.
struct OutlineSVGRendererTests {
  static let xlink = "http://www.w3.org/1999/xlink"

  private func scene(_ spec: ChartSpec) throws -> Scene {
    try ChartLayout.scene(for: spec, measurer: PangoTextMeasurer.shared)
  }

  /// The standard charts by name (names keep failure messages short), or "mixed":
  /// a two-line label, spaces, Latin, bold and a centred run.
  private func scene(_ name: String) throws -> Scene {
    guard name == "mixed" else { return try scene(name == "bar" ? .bar(Samples.bar()) : .trend(Samples.trendChart())) }
    let regular = FontSpec(family: "Noto Sans CJK SC", size: 9),
      bold = FontSpec(family: "Noto Sans CJK SC", size: 11, bold: true)
    let texts: [(String, FontSpec, TextAnchor)] = [
      ("渝中区\n涪陵区 2024", regular, .start), ("Total: 24,774 元", bold, .middle),
    ]
    var s = Scene(width: 200, height: 100)
    for (i, (text, font, anchor)) in texts.enumerated() {
      let extent = try PangoTextMeasurer.shared.measure(text, font: font)
      s.primitives.append(
        Primitive(
          .text(
            TextRun(
              text: text, x: 100, y: 20 + 40 * Double(i), anchor: anchor, font: font, color: .black, extent: extent)),
          role: .note))
    }
    return s
  }

  private func document(_ data: Data) throws -> XMLDocument {
    try XMLDocument(data: data, options: [])
  }

  private func elements(_ name: String, in doc: XMLDocument) throws -> [XMLElement] {
    try doc.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
  }

  /// An attribute by its name as written (`attribute(forName:)` misses unprefixed
  /// attributes of elements in a default namespace in swift-corelibs-foundation).
  private func attribute(_ e: XMLElement, _ name: String) -> String? {
    e.attributes?.first { $0.name == name }?.stringValue
  }

  private func number(_ e: XMLElement, _ name: String) throws -> Double {
    try #require(attribute(e, name).flatMap(Double.init), "\(name) of \(e.xmlString)")
  }

  private func href(_ e: XMLElement) -> String {
    attribute(e, "xlink:href") ?? e.attribute(forLocalName: "href", uri: Self.xlink)?.stringValue ?? ""
  }

  /// The numbers of SVG path data, in order ("M1.5-2L3 4" → 1.5, -2, 3, 4).
  private func pathNumbers(_ d: String) -> [Double] {
    var numbers: [Double] = []
    var token = ""
    func flush() {
      if let v = Double(token) { numbers.append(v) }
      token = ""
    }
    for ch in d {
      if ch.isNumber || ch == "." {
        token.append(ch)
      } else if ch == "-" {
        flush()
        token = "-"
      } else {
        flush()
      }
    }
    flush()
    return numbers
  }

  @Test func isWellFormedXMLSizedInPointsWithAViewBoxTitleAndBackground() throws {
    let s = try scene(.bar(Samples.bar()))
    let doc = try document(try OutlineSVGRenderer().render(s, format: .svg))
    let root = try #require(doc.rootElement())
    #expect(root.localName == "svg" && root.uri == "http://www.w3.org/2000/svg")
    #expect(attribute(root, "width") == "600pt" && attribute(root, "height") == "500pt")
    #expect(attribute(root, "viewBox") == "0 0 600 500")
    #expect(try elements("title", in: doc).first?.stringValue == s.texts(.title).first?.text)
    let background = try #require(try elements("rect", in: doc).first)
    #expect(attribute(background, "fill") == s.background.hex)
    #expect(try number(background, "width") == 600 && number(background, "height") == 500)
    #expect(try elements("text", in: doc).isEmpty)
  }

  @Test func theSameSceneGivesTheSameBytesWhateverWasRenderedBefore() throws {
    let bar = try scene(.bar(Samples.bar()))
    let trend = try scene(.trend(Samples.trendChart()))
    let first = try OutlineSVGRenderer().render(bar, format: .svg)
    _ = try OutlineSVGRenderer().render(trend, format: .svg)
    #expect(try OutlineSVGRenderer().render(bar, format: .svg) == first)
    #expect(try CairoRenderer().render(bar, format: .svg) == first)  // what `.svg` means
    #expect(try ChartRendering.render(.bar(Samples.bar()), format: .svg) == first)
  }

  @Test(arguments: ["bar", "trend"])
  func eachGlyphIsDefinedOnceAndUsedOncePerInkedCharacter(chart: String) throws {
    let s = try scene(chart)
    let doc = try document(try OutlineSVGRenderer().render(s, format: .svg))
    let defs = try doc.nodes(forXPath: "//*[local-name()='defs']/*[local-name()='path']").compactMap {
      $0 as? XMLElement
    }
    let ids = defs.compactMap { attribute($0, "id") }
    let outlines = defs.compactMap { attribute($0, "d") }
    #expect(ids.count == defs.count && Set(ids).count == ids.count)
    #expect(Set(outlines).count == outlines.count, "a glyph outline is defined twice")
    #expect(outlines.allSatisfy { $0.hasPrefix("M") && !$0.hasSuffix("M") })
    let uses = try elements("use", in: doc).map { href($0) }
    #expect(Set(uses) == Set(ids.map { "#" + $0 }), "every definition used, every use defined")
    // Noto Sans CJK has one glyph per character here (no ligatures in Chinese, digits, commas).
    let inked = s.texts.reduce(0) { $0 + $1.text.filter { !$0.isWhitespace }.count }
    #expect(uses.count == inked)
    #expect(defs.count < inked, "repeated characters share one definition")
  }

  /// Every glyph Pango shaped is placed once, except blank ones (spaces).
  @Test(arguments: ["bar", "trend", "mixed"])
  func oneUsePerGlyphPangoShapedWithInk(chart: String) throws {
    let s = try scene(chart)
    let placed = try GlyphPlacement(runs: s.texts, measurer: .shared)
    let doc = try document(try OutlineSVGRenderer().render(s, format: .svg))
    let spaces = s.texts.reduce(0) { $0 + $1.text.filter { $0 == " " }.count }
    #expect(try elements("use", in: doc).count == placed.shapedCount - spaces)
    #expect(placed.glyphs.count == placed.shapedCount - spaces && placed.runEnds.count == s.texts.count)
  }

  @Test(arguments: ["bar", "trend"])
  func glyphsSitOnEachRunsBaselineInsideItsFrameInItsColour(chart: String) throws {
    let s = try scene(chart)
    let doc = try document(try OutlineSVGRenderer().render(s, format: .svg))
    let groups = try elements("g", in: doc)
    let runs = s.texts.filter { !$0.text.allSatisfy(\.isWhitespace) }
    try #require(groups.count == runs.count)
    for (group, run) in zip(groups, runs) {
      #expect(attribute(group, "fill") == run.color.hex, "\(run.text)")
      let uses = (group.children ?? []).compactMap { $0 as? XMLElement }
      #expect(uses.count == run.text.filter { !$0.isWhitespace }.count, "\(run.text)")
      let xs = try uses.map { try number($0, "x") }
      let ys = try uses.map { try number($0, "y") }
      #expect(ys.allSatisfy { abs($0 - run.y) <= 0.006 }, "\(run.text) off its baseline")
      #expect(
        abs((xs.first ?? .nan) - run.bounds.minX) <= 0.01,
        "\(run.text) starts at \(xs.first ?? .nan), not \(run.bounds.minX)")
      #expect(xs == xs.sorted() && xs.allSatisfy { $0 < run.bounds.maxX }, "\(run.text) leaves its frame")
    }
  }

  /// Glyph for glyph, the same positions and outlines as Cairo's SVG surface (which
  /// draws exactly like the PNG and PDF), up to the two decimals printed here.
  @Test(arguments: ["bar", "trend", "mixed"])
  func matchesCairosSVGGlyphForGlyph(chart: String) throws {
    let s = try scene(chart)
    let ours = try document(try OutlineSVGRenderer().render(s, format: .svg))
    let cairo = try document(try CairoRenderer().renderVector(s, pdf: false))
    var ourOutlines: [String: String] = [:]
    for p in try elements("path", in: ours) {
      if let id = attribute(p, "id") { ourOutlines["#" + id] = attribute(p, "d") }
    }
    var cairoOutlines: [String: String] = [:]
    for symbol in try elements("symbol", in: cairo) {
      let path = (symbol.children ?? []).compactMap { $0 as? XMLElement }.first
      if let id = attribute(symbol, "id") { cairoOutlines["#" + id] = path.flatMap { attribute($0, "d") } ?? "" }
    }
    let ourUses = try elements("use", in: ours)
    let cairoUses = try elements("use", in: cairo).filter {
      let d = cairoOutlines[href($0)]
      return d.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
    }
    try #require(ourUses.count == cairoUses.count && !ourUses.isEmpty)
    for (a, b) in zip(ourUses, cairoUses) {
      // Ours are rounded to hundredths; Cairo's layout origin went through its current
      // point, which is fixed point (1/256): up to 0.005 + 0.002 apart.
      let dx = try number(a, "x") - number(b, "x"), dy = try number(a, "y") - number(b, "y")
      #expect(abs(dx) <= 0.0075 && abs(dy) <= 0.0075, "\(href(a)) is off by \(dx), \(dy)")
      let mine = pathNumbers(ourOutlines[href(a)] ?? "")
      var theirs = pathNumbers(cairoOutlines[href(b)] ?? "")
      // Cairo's path data ends with a move to the last subpath's start, which draws nothing.
      if theirs.count == mine.count + 2 { theirs.removeLast(2) }
      try #require(mine.count == theirs.count, "outline of \(href(a)) vs \(href(b))")
      #expect(zip(mine, theirs).allSatisfy { abs($0 - $1) <= 0.0051 }, "outline of \(href(a)) vs \(href(b))")
    }
  }

  @Test func shapesKeepTheScenesPositionsColoursDashesAndOrder() throws {
    let stroke = Stroke(color: Color(0x0072B2), width: 1.5, dash: [4, 3])
    let font = FontSpec(family: "Noto Sans CJK SC", size: 9)
    let extent = try PangoTextMeasurer.shared.measure("渝中区", font: font)
    let s = Scene(
      width: 300, height: 200, background: Color(0xFAFAFA),
      primitives: [
        Primitive(.rect(Rect(x: 10.25, y: 20, width: 100.125, height: 7.6), fill: Color(0xD55E00)), role: .bar),
        Primitive(.line(from: Point(5, 150.5), to: Point(295, 150.5), stroke: stroke), role: .referenceLine),
        Primitive(
          .polyline([Point(10, 100), Point(50, 80.25), Point(90, 120)], stroke: Stroke(color: .black, width: 2)),
          role: .seriesLine),
        Primitive(
          .circle(center: Point(50, 80.25), radius: 3, fill: nil, stroke: Stroke(color: .black, width: 1)),
          role: .marker),
        Primitive(.circle(center: Point(90, 120), radius: 2.5, fill: Color(0x009E73), stroke: nil), role: .marker),
        Primitive(
          .text(
            TextRun(text: "渝中区", x: 150, y: 60, anchor: .middle, font: font, color: Color(0x222222), extent: extent)),
          role: .categoryLabel),
      ])
    let doc = try document(try OutlineSVGRenderer().render(s, format: .svg))
    let root = try #require(doc.rootElement())
    let drawn = (root.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName != "defs" }
    #expect(drawn.map { $0.localName ?? "" } == ["rect", "rect", "path", "path", "circle", "circle", "g"])
    #expect(attribute(drawn[0], "fill") == "#FAFAFA")
    #expect(
      attribute(drawn[1], "x") == "10.25" && attribute(drawn[1], "y") == "20"
        && attribute(drawn[1], "width") == "100.13")
    #expect(attribute(drawn[1], "height") == "7.6" && attribute(drawn[1], "fill") == "#D55E00")
    #expect(pathNumbers(attribute(drawn[2], "d") ?? "") == [5, 150.5, 295, 150.5])
    #expect(attribute(drawn[2], "stroke") == "#0072B2" && attribute(drawn[2], "stroke-width") == "1.5")
    #expect(attribute(drawn[2], "stroke-dasharray") == "4 3" && attribute(drawn[2], "fill") == "none")
    #expect(pathNumbers(attribute(drawn[3], "d") ?? "") == [10, 100, 50, 80.25, 90, 120])
    #expect(attribute(drawn[3], "stroke-linejoin") == "round" && attribute(drawn[3], "stroke-dasharray") == nil)
    #expect(
      attribute(drawn[4], "fill") == "#FAFAFA" && attribute(drawn[4], "stroke") == "#000000"
        && attribute(drawn[4], "r") == "3")
    #expect(
      attribute(drawn[5], "fill") == "#009E73" && attribute(drawn[5], "stroke") == nil
        && attribute(drawn[5], "cx") == "90")
    let uses = (drawn[6].children ?? []).compactMap { $0 as? XMLElement }
    #expect(uses.count == 3 && attribute(drawn[6], "fill") == "#222222")
    #expect(abs(try number(uses[0], "x") - (150 - extent.width / 2)) <= 0.01)
  }

  @Test func theTitleIsEscaped() throws {
    let font = FontSpec(family: "Noto Sans CJK SC", size: 12, bold: true)
    let title = "A<B & \"C\" 区县"
    let run = TextRun(
      text: title, x: 10, y: 30, anchor: .start, font: font, color: .black,
      extent: try PangoTextMeasurer.shared.measure(title, font: font))
    let s = Scene(width: 200, height: 50, primitives: [Primitive(.text(run), role: .title)])
    let doc = try document(try OutlineSVGRenderer().render(s, format: .svg))
    #expect(try elements("title", in: doc).first?.stringValue == title)
    #expect(try elements("use", in: doc).count == title.filter { !$0.isWhitespace }.count)
  }

  @Test func missingGlyphsFailAsInThePNGAndPDF() throws {
    let text = "区县\u{0378}"  // an unassigned code point: no font has it
    let font = FontSpec(family: "Noto Sans CJK SC", size: 9)
    let run = TextRun(
      text: text, x: 0, y: 20, anchor: .start, font: font, color: .black,
      extent: TextExtent(width: 30, ascent: 10, descent: 3))
    let s = Scene(width: 100, height: 40, primitives: [Primitive(.text(run), role: .categoryLabel)])
    #expect(throws: MissingGlyphError(text: text, font: "Noto Sans CJK SC")) {
      try OutlineSVGRenderer().render(s, format: .svg)
    }
    #expect(throws: RenderError.unsupportedFormat(.png)) { try OutlineSVGRenderer().render(s, format: .png) }
  }
}
