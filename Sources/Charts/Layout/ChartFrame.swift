/// The parts every chart shares: title and subtitle at the top, notes and the source
/// line at the bottom, all wrapped to the width. What is left is the content area.
///
/// ```swift
/// let content = try ChartFrame.place(title: "…", subtitle: nil, notes: [], source: "…", in: &scene, labeler: l)
/// ```
enum ChartFrame {
  /// The frame as ``ChartFraming`` asks: with `.document`, only `addedNotes` (what the
  /// layout itself found to say, such as shortened names), as the document says the rest.
  static func place(
    title: String, subtitle: String?, notes: [String], addedNotes: [String], source: String?,
    framing: ChartFraming, in scene: inout Scene, labeler: Labeler
  ) throws -> Rect {
    switch framing {
    case .standalone:
      return try place(
        title: title, subtitle: subtitle, notes: notes + addedNotes, source: source, in: &scene, labeler: labeler)
    case .document:
      return try place(title: "", subtitle: nil, notes: addedNotes, source: nil, in: &scene, labeler: labeler)
    }
  }

  static func place(
    title: String, subtitle: String?, notes: [String], source: String?,
    in scene: inout Scene, labeler: Labeler
  ) throws -> Rect {
    let theme = labeler.theme
    let m = theme.margin
    let width = scene.width - 2 * m
    var top = m
    let titleFont = theme.font(theme.titleSize, bold: true)
    for line in try TextWrapping.wrap(title, font: titleFont, width: width, measurer: labeler.measurer) {
      let run = try labeler.run(line, font: titleFont, x: m, top: top, anchor: .start)
      scene.append(Primitive(.text(run), role: .title))
      top += run.extent.height
    }
    if let subtitle, !subtitle.isEmpty {
      top += 1
      let font = theme.font(theme.subtitleSize)
      for line in try TextWrapping.wrap(subtitle, font: font, width: width, measurer: labeler.measurer) {
        let run = try labeler.run(line, font: font, x: m, top: top, anchor: .start, color: theme.secondaryText)
        scene.append(Primitive(.text(run), role: .subtitle))
        top += run.extent.height
      }
    }
    if top > m { top += 8 }

    // Footer, laid out bottom-up: source last, notes above it.
    let font = theme.font(theme.noteSize)
    var footer: [(String, Role)] = []
    for note in notes where !note.isEmpty {
      let text = note.hasPrefix("注") ? note : "注：" + note
      for line in try TextWrapping.wrap(text, font: font, width: width, measurer: labeler.measurer) {
        footer.append((line, .note))
      }
    }
    if let source, !source.isEmpty {
      let text = source.hasPrefix("数据来源") || source.hasPrefix("资料来源") ? source : "数据来源：" + source
      for line in try TextWrapping.wrap(text, font: font, width: width, measurer: labeler.measurer) {
        footer.append((line, .source))
      }
    }
    let lineHeight = try labeler.lineHeight(font)
    var bottom = scene.height - m - Double(footer.count) * lineHeight
    let contentBottom = footer.isEmpty ? scene.height - m : bottom - 8
    for (line, role) in footer {
      let run = try labeler.run(line, font: font, x: m, top: bottom, anchor: .start, color: theme.secondaryText)
      scene.append(Primitive(.text(run), role: role))
      bottom += lineHeight
    }
    return Rect(x: m, y: top, width: width, height: max(0, contentBottom - top))
  }
}
