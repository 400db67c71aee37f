/// Invariants every chart must satisfy; tests assert them for every chart they draw.
extension Scene {
  /// Pairs of text runs whose rectangles overlap (by more than `tolerance` points).
  ///
  /// ```swift
  /// #expect(scene.overlappingTexts().isEmpty)
  /// ```
  public func overlappingTexts(tolerance: Double = 0.05) -> [(TextRun, TextRun)] {
    let runs = texts.filter { !$0.text.isEmpty }
    // Sweep over x so crowded charts stay cheap: compare only runs whose x ranges meet.
    let sorted = runs.sorted { $0.bounds.minX < $1.bounds.minX }
    var result: [(TextRun, TextRun)] = []
    for i in sorted.indices {
      let a = sorted[i].bounds
      var j = i + 1
      while j < sorted.count && sorted[j].bounds.minX < a.maxX - tolerance {
        if a.overlaps(sorted[j].bounds, tolerance: tolerance) { result.append((sorted[i], sorted[j])) }
        j += 1
      }
    }
    return result
  }

  /// Reference lines (a mean, a standard) that pass through a value label: the number
  /// would read as struck through. Empty when every line stops short of every label.
  ///
  /// ```swift
  /// #expect(scene.referenceLinesCrossingValueLabels().isEmpty)
  /// ```
  public func referenceLinesCrossingValueLabels(tolerance: Double = 0.05) -> [(Primitive, TextRun)] {
    let labels = primitives(.valueLabel).compactMap(\.textRun)
    var result: [(Primitive, TextRun)] = []
    for line in primitives(.referenceLine) {
      guard case .line(let a, let b, _) = line.shape else { continue }
      for t in labels {
        let box = t.bounds
        if min(a.x, b.x) < box.maxX - tolerance && max(a.x, b.x) > box.minX + tolerance
          && min(a.y, b.y) < box.maxY - tolerance && max(a.y, b.y) > box.minY + tolerance
        {
          result.append((line, t))
        }
      }
    }
    return result
  }

  /// Primitives that reach outside the canvas (by more than `tolerance` points).
  public func primitivesOutsideCanvas(tolerance: Double = 0.05) -> [Primitive] {
    let canvas = Rect(x: 0, y: 0, width: width, height: height)
    return primitives.filter { !canvas.contains($0.bounds, tolerance: tolerance) }
  }
}
