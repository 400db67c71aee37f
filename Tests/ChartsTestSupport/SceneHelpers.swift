import Charts

/// The font-free measurer every layout test uses unless it asks for Pango.
package let fixed = FixedWidthMeasurer()

/// `spec` laid out with `measurer` (fixed widths by default) and the standard theme.
package func layout(_ spec: ChartSpec, measurer: any TextMeasuring = fixed) throws -> Scene {
  try ChartLayout.scene(for: spec, measurer: measurer)
}

/// What makes a drawn chart unclean, as readable lines: overlapping texts and
/// primitives outside the canvas (the first five of each). Empty when clean.
package func sceneProblems(_ scene: Scene, _ name: String) -> [String] {
  var problems: [String] = []
  let overlaps = scene.overlappingTexts()
  if !overlaps.isEmpty {
    problems.append("\(name): overlapping texts \(overlaps.prefix(5).map { "\"\($0.0.text)\" / \"\($0.1.text)\"" })")
  }
  let struck = scene.referenceLinesCrossingValueLabels()
  if !struck.isEmpty {
    problems.append(
      "\(name): reference lines through value labels \(struck.prefix(5).map { "\($0.0.key) / \($0.1.text)" })")
  }
  let outside = scene.primitivesOutsideCanvas()
  if !outside.isEmpty {
    problems.append("\(name): outside the canvas \(outside.prefix(5).map { "\($0.role) \($0.key) \($0.bounds)" })")
  }
  return problems
}

extension Scene {
  package func texts(_ role: Role) -> [TextRun] { primitives(role).compactMap(\.textRun) }
  package func rects(_ role: Role, key: String? = nil) -> [Rect] { primitives(role, key: key).compactMap(\.rect) }
  /// x of the vertical zero line (horizontal bars) or y of the horizontal one (vertical bars).
  package var zeroLine: (from: Point, to: Point)? {
    for p in primitives(.axis) { if case .line(let a, let b, _) = p.shape { return (a, b) } }
    return nil
  }
}
