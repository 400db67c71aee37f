import Charts

/// The pictures of a chart in the Word document: laid out without the title, subtitle,
/// notes and source the document says in paragraphs (``ChartFraming/document``), and a
/// ranking too long for one page at 9 pt split into consecutive parts.
extension DocumentChartLayout {
  /// One picture of a chart in the document.
  struct Part {
    var spec: ChartSpec
    var scene: Scene
    /// The bars this part draws (positions after sorting, 0-based), when the chart is split.
    var positions: Range<Int>?
    /// The pixel rows of the chart file's PNG this picture is (the file without its title
    /// band and footer): drawn with the file, not again (``DocumentChartLayout/cut(_:_:measurer:)``).
    var cut: Range<Int>? = nil
  }

  /// The roles a document picture leaves to the paragraphs around it.
  static let frameRoles: Set<Role> = [.title, .subtitle, .note, .source]

  /// What a horizontal bar chart needs besides its rows in a document picture (pt): the
  /// margins, a row of reference labels, the ticks and the value axis title (80 pt
  /// measured on the sample's ranking with a mean line: 12 + 17 + 35 + 12, and air).
  static let documentBarChrome = 84.0
  /// Rows closer than this cannot carry 9 pt labels (a 9 pt line box is 13.05 pt): such a
  /// split is not laid out to find out.
  static let tightestRowPitch = 13.0
  /// A short ranking is not drawn flatter than this share of the text width (three bars
  /// at 16 pt would make a strip 5 cm high).
  static let shortestBarChart = 0.35

  /// The parts of `spec` for the document: a horizontal bar chart gets the rows it needs
  /// for 10 pt labels, less down to 9 pt where the page is short, up to the room its page
  /// leaves beside the paragraphs around it (``DocumentFigureRoom``); when one page cannot
  /// hold it at 9 pt, it is split into the fewest consecutive parts that can, each drawn
  /// on the value axis of all the bars. Other charts (trends, columns) keep the plot of the
  /// size ``fitted(_:dpi:)`` gives, the picture shorter by the frame they leave out.
  /// When no split reaches 9 pt (a page too small), the single picture is returned: the
  /// caller says its printed size on the terminal. `file` is the chart file's spec and scene
  /// (laid out with ``theme``) when the caller has them: the framed layout is not made again.
  func parts(
    for spec: ChartSpec, dpi: Double, room: DocumentFigureRoom, measurer: any TextMeasuring,
    file: (spec: ChartSpec, scene: Scene)? = nil, cutFromFile: Bool = false
  ) throws -> [Part] {
    guard case .bar(let bar) = spec, bar.orientation == .horizontal else {
      let framed = fitted(spec, dpi: dpi)
      if cutFromFile, let file, file.spec == framed, let part = try cut(file.spec, file.scene, measurer: measurer) {
        return [part]
      }
      let part = try withoutFrame(framed, measurer: measurer, scene: file?.spec == framed ? file?.scene : nil)
      return [Part(spec: part.spec, scene: part.scene, positions: nil)]
    }
    let n = bar.categories.count
    let rows = Double(n) * Self.rowsPerCategory(bar)
    func readable(_ parts: [Part]) -> Bool {
      parts.allSatisfy { Self.smallestText($0.scene) >= Self.smallestPrintedText - 0.05 }
    }
    // One picture when it prints at 9 pt: a ranking read whole is worth a smaller label. Rows
    // closer than 13 pt cannot (the sample's 38: 11 pt), so that is not laid out unless needed.
    let single = { Result { try layout(bar, ranges: [0..<n], dpi: dpi, room: room, measurer: measurer)! } }
    // The file's own rows when they print at 9 pt and fit the room the page leaves.
    if cutFromFile, let file, case .bar(let drawn) = file.spec, drawn.size.dpi == dpi, drawn.shownPositions == nil,
      Self.smallestText(file.scene) >= Self.smallestPrintedText - 0.05,
      let part = try cut(file.spec, file.scene, measurer: measurer),
      Double(part.scene.height) <= room.part(0, of: 1) + 0.5, readable([part])
    {
      return [part]
    }
    if pitch(bar, ranges: [0..<n], room: room) >= Self.tightestRowPitch, case .success(let parts) = single(),
      readable(parts)
    {
      return parts
    }
    // Else the fewest parts whose rows could be 13 pt apart, then more until each prints at 9 pt.
    let perPage = ((room.middle - Self.documentBarChrome) / Self.tightestRowPitch).rounded(.down)
    if n >= 2, perPage >= 1 {
      let fewest = min(n, max(2, Int((rows / perPage).rounded(.up))))
      for count in fewest...n {
        let ranges = Self.split(n, into: count)
        if let parts = try? layout(bar, ranges: ranges, dpi: dpi, room: room, measurer: measurer), readable(parts) {
          return parts
        }
        // Rows 16 pt apart and still too small: more parts would draw the same.
        if pitch(bar, ranges: ranges, room: room) >= Self.barRowPitch { break }
      }
    }
    return try single().get()
  }

  /// The parts drawing `ranges` of the bars, one row pitch for all (so their labels are one
  /// size): 16 pt, less where a part's page is shorter; nil when that is under 13 pt.
  private func layout(
    _ bar: BarChartSpec, ranges: [Range<Int>], dpi: Double, room: DocumentFigureRoom, measurer: any TextMeasuring
  ) throws -> [Part]? {
    let slots = Self.rowsPerCategory(bar)
    let width = page.textWidth / 25.4 * 72
    let rooms = ranges.indices.map { room.part($0, of: ranges.count) }
    let pitch = pitch(bar, ranges: ranges, room: room)
    guard ranges.count == 1 || pitch >= Self.tightestRowPitch else { return nil }
    let rowPitch = min(Self.barRowPitch, pitch)
    return try ranges.enumerated().map { i, r in
      var s = bar
      s.framing = .document
      s.shownPositions = ranges.count == 1 ? nil : r
      let rowsHeight = Double(r.count) * slots * rowPitch + Self.documentBarChrome
      let height = max(16, min(rooms[i], max(width * Self.shortestBarChart, rowsHeight)))
      s.size = ChartSize(width: (width * dpi / 72).rounded(.down), height: (height * dpi / 72).rounded(.down), dpi: dpi)
      _ = try s.size.validated()
      return Part(spec: .bar(s), scene: try scene(.bar(s), measurer: measurer), positions: s.shownPositions)
    }
  }

  /// `spec` without its title, subtitle, notes and source, shorter by the room they took, so
  /// its plot keeps the size it has in the chart file (a trend's 10.4 cm less 1.3 cm of title
  /// and source line): laid out both ways at the file's height, the content (everything but
  /// the frame) moves up by the title's height and ends lower by the footer's.
  private func withoutFrame(_ spec: ChartSpec, measurer: any TextMeasuring, scene laidOut: Scene?) throws -> (
    spec: ChartSpec, scene: Scene
  ) {
    let framed = try laidOut ?? scene(spec, measurer: measurer)
    let bare = spec.with(size: spec.size, framing: .document)
    let unframed = try scene(bare, measurer: measurer)
    guard let a = Self.contentSpan(framed), let b = Self.contentSpan(unframed) else { return (bare, unframed) }
    let saved = (a.top - b.top) + (b.bottom - a.bottom)
    guard saved > 1 else { return (bare, unframed) }
    let size = spec.size
    let height = max(16, (size.height - saved * size.dpi / 72).rounded(.down))
    let shorter = spec.with(size: ChartSize(width: size.width, height: height, dpi: size.dpi), framing: .document)
    return (shorter, try scene(shorter, measurer: measurer))
  }

  /// The chart file's picture as the document's: its pixel rows between the title band and
  /// the footer, with the margins a layout without them has above and below its content
  /// (found as ``withoutFrame(_:measurer:scene:)`` finds them), drawn once for both. nil when
  /// a title, note or source line reaches into those rows, or nothing is saved.
  func cut(_ spec: ChartSpec, _ file: Scene, measurer: any TextMeasuring) throws -> Part? {
    let bare = try scene(spec.with(size: spec.size, framing: .document), measurer: measurer)
    guard let a = Self.contentSpan(file), let b = Self.contentSpan(bare), a.top - b.top + (b.bottom - a.bottom) > 1
    else { return nil }
    let scale = file.dpi / 72
    // The margins of the layout without a frame, where the framed file leaves that much air;
    // else the rows just clear of the title band and the footer (a pixel of air for their
    // antialiased edges). A frame line beside the content: no cut.
    let frame = file.primitives.filter { Self.frameRoles.contains($0.role) }.map(\.bounds)
    let above = frame.filter { $0.maxY <= a.top }, below = frame.filter { $0.minY >= a.bottom }
    guard above.count + below.count == frame.count else { return nil }
    let top = max(
      0, Int(((a.top - b.top) * scale).rounded(.down)), Int(((above.map(\.maxY).max() ?? 0) * scale + 1).rounded(.up)))
    let bottom = min(
      file.pixelHeight, Int(((a.bottom + file.height - b.bottom) * scale).rounded(.up)),
      Int(((below.map(\.minY).min() ?? file.height) * scale - 1).rounded(.down)))
    guard bottom - top >= 16 else { return nil }
    let band = file.band(top: Double(top) / scale, height: Double(bottom - top) / scale, dropping: Self.frameRoles)
    let size = ChartSize(width: spec.size.width, height: Double(bottom - top), dpi: spec.size.dpi)
    return Part(spec: spec.with(size: size, framing: .document), scene: band, positions: nil, cut: top..<bottom)
  }

  /// From the top of the highest to the bottom of the lowest primitive that is neither the frame
  /// (title, subtitle, notes, source) nor the canvas paint (pt); nil for an empty scene.
  static func contentSpan(_ s: Scene) -> (top: Double, bottom: Double)? {
    let boxes = s.primitives.filter { !frameRoles.contains($0.role) && $0.role != .background }.map(\.bounds)
    guard let top = boxes.map(\.minY).min(), let bottom = boxes.map(\.maxY).max() else { return nil }
    return (top, bottom)
  }

  /// The row pitch the tightest part's page allows (pt).
  private func pitch(_ bar: BarChartSpec, ranges: [Range<Int>], room: DocumentFigureRoom) -> Double {
    let slots = Self.rowsPerCategory(bar)
    return ranges.indices.map {
      (room.part($0, of: ranges.count) - Self.documentBarChrome) / (Double(ranges[$0].count) * slots)
    }.min()!
  }

  /// Rows of text a category needs: one, or for grouped bars one per bar, whose value
  /// labels sit a bar apart (a bar is the band's 72 % shared by the group).
  static func rowsPerCategory(_ bar: BarChartSpec) -> Double {
    bar.stacked || bar.series.count <= 1 ? 1 : Double(bar.series.count) / theme.barFill
  }

  /// `n` positions in `count` consecutive ranges, as even as can be, the longer first.
  static func split(_ n: Int, into count: Int) -> [Range<Int>] {
    var start = 0
    return (0..<count).map { i in
      let length = n / count + (i < n % count ? 1 : 0)
      defer { start += length }
      return start..<(start + length)
    }
  }

  /// The smallest text in a scene (pt): as printed, since a document picture is placed at its size.
  static func smallestText(_ scene: Scene) -> Double { scene.texts.map(\.font.size).min() ?? .infinity }

  private func scene(_ spec: ChartSpec, measurer: any TextMeasuring) throws -> Scene {
    try ChartLayout.scene(for: spec, theme: Self.theme, measurer: measurer)
  }
}
