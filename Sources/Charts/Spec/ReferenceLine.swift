/// A labelled line across the plot at a fixed value, e.g. a standard or the mean.
///
/// ```swift
/// ReferenceLine(value: 1500, label: "市级标准 1500元/生·年")
/// ReferenceLine(value: 18234, label: "均值")  // drawn as "均值 18,234": labels without digits get the value
/// ```
public struct ReferenceLine: Sendable, Equatable {
  public var value: Double
  public var label: String

  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }

  /// The text drawn next to the line: the label, plus the formatted value when the
  /// label states no number itself.
  func displayText(_ format: ValueFormat) -> String {
    if label.isEmpty { return format.format(value) }
    if label.contains(where: { $0.isNumber && $0.isASCII }) { return label }
    return label + " " + format.format(value)
  }
}

/// Marks on a data point that say it was not reported as such.
///
/// Approximate or derived points are drawn hollow, and the line segments into them dashed.
public struct PointFlag: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  /// The source gives the value only roughly (约, 左右, 以上).
  public static let approximate = PointFlag(rawValue: 1)
  /// Computed by us (e.g. from a growth rate), not read from the source.
  public static let derived = PointFlag(rawValue: 2)
}
