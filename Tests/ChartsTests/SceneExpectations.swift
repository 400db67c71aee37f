import Testing
@testable import Charts

/// The checks every drawn chart must pass, with readable failure messages.
func expectClean(_ scene: Scene, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let overlaps = scene.overlappingTexts()
  #expect(overlaps.isEmpty, "\(name): overlapping texts \(overlaps.prefix(5).map { "\"\($0.0.text)\" / \"\($0.1.text)\"" })", sourceLocation: sourceLocation)
  let outside = scene.primitivesOutsideCanvas()
  #expect(outside.isEmpty, "\(name): outside the canvas \(outside.prefix(5).map { "\($0.role) \($0.key) \($0.bounds)" })", sourceLocation: sourceLocation)
}

let fixed = FixedWidthMeasurer()

func layout(_ spec: ChartSpec, measurer: any TextMeasuring = fixed) throws -> Scene {
  try ChartLayout.scene(for: spec, measurer: measurer)
}

extension Scene {
  func texts(_ role: Role) -> [TextRun] { primitives(role).compactMap(\.textRun) }
  func rects(_ role: Role, key: String? = nil) -> [Rect] { primitives(role, key: key).compactMap(\.rect) }
  /// x of the vertical zero line (horizontal bars) or y of the horizontal one (vertical bars).
  var zeroLine: (from: Point, to: Point)? {
    for p in primitives(.axis) { if case .line(let a, let b, _) = p.shape { return (a, b) } }
    return nil
  }
}
