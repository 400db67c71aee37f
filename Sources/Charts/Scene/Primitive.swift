/// What a primitive is for; lets tests and tools find bars, labels, gridlines, ….
public enum Role: String, Sendable, Equatable, CaseIterable {
  case background, title, subtitle, note, source
  case gridline, axis, tickLabel, axisTitle
  case bar, valueLabel, categoryLabel, missingMark
  case seriesLine, marker, endLabel, leader
  case legendSwatch, legendLabel
  case referenceLine, referenceLabel
}

/// Where a text run's `x` sits on the text.
public enum TextAnchor: String, Sendable, Equatable {
  case start, middle, end
}

/// One line of measured text: its baseline origin, anchor, font and measured extent.
///
/// ```swift
/// run.bounds  // the rectangle the text occupies, from the measured width, ascent and descent
/// ```
public struct TextRun: Sendable, Equatable {
  public var text: String
  /// Anchor position on the baseline.
  public var x: Double
  /// Baseline.
  public var y: Double
  public var anchor: TextAnchor
  public var font: FontSpec
  public var color: Color
  /// As measured by the layout's ``TextMeasuring``.
  public var extent: TextExtent

  public init(text: String, x: Double, y: Double, anchor: TextAnchor, font: FontSpec, color: Color, extent: TextExtent)
  {
    self.text = text
    self.x = x
    self.y = y
    self.anchor = anchor
    self.font = font
    self.color = color
    self.extent = extent
  }

  /// Left edge of the text.
  public var minX: Double {
    switch anchor {
    case .start: x
    case .middle: x - extent.width / 2
    case .end: x - extent.width
    }
  }

  /// The rectangle the text occupies (logical extent: full line height).
  public var bounds: Rect {
    Rect(x: minX, y: y - extent.ascent, width: extent.width, height: extent.ascent + extent.descent)
  }
}

/// The drawable shapes a renderer must support; nothing chart-specific.
public enum Shape: Sendable, Equatable {
  case rect(Rect, fill: Color)
  case line(from: Point, to: Point, stroke: Stroke)
  case polyline([Point], stroke: Stroke)
  /// `fill` nil is a hollow marker.
  case circle(center: Point, radius: Double, fill: Color?, stroke: Stroke?)
  case text(TextRun)
}

/// A shape plus what it means (role) and which category or series it belongs to (key).
///
/// ```swift
/// Primitive(.rect(r, fill: theme.accent), role: .bar, key: "渝中区")
/// ```
public struct Primitive: Sendable, Equatable {
  public var shape: Shape
  public var role: Role
  /// Category, series or other identity; "" when none.
  public var key: String

  public init(_ shape: Shape, role: Role, key: String = "") {
    self.shape = shape
    self.role = role
    self.key = key
  }

  /// The text run, if this is text.
  public var textRun: TextRun? {
    if case .text(let t) = shape { return t }
    return nil
  }

  /// The rectangle, if this is a rect.
  public var rect: Rect? {
    if case .rect(let r, _) = shape { return r }
    return nil
  }

  /// The area the primitive covers, including stroke width and marker radius.
  public var bounds: Rect {
    switch shape {
    case .rect(let r, _): return r
    case .line(let a, let b, let s): return Self.box([a, b], pad: s.width / 2)
    case .polyline(let ps, let s): return Self.box(ps, pad: s.width / 2)
    case .circle(let c, let r, _, let s):
      let pad = r + (s?.width ?? 0) / 2
      return Rect(x: c.x - pad, y: c.y - pad, width: 2 * pad, height: 2 * pad)
    case .text(let t): return t.bounds
    }
  }

  static func box(_ ps: [Point], pad: Double) -> Rect {
    guard let first = ps.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
    var x0 = first.x, x1 = first.x, y0 = first.y, y1 = first.y
    for p in ps {
      x0 = min(x0, p.x)
      x1 = max(x1, p.x)
      y0 = min(y0, p.y)
      y1 = max(y1, p.y)
    }
    return Rect(x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad)
  }
}
