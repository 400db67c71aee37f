/// Text as it can be drawn: control characters (C0, DEL, C1 — a NUL, a bell, the ESC of a
/// terminal colour code) have no glyph and no place in a chart or in XML. A tab or line
/// break becomes a space; every other control character is dropped. Before, a control
/// character in a district name failed the chart with a false "install a CJK font", and a
/// NUL made the text SVG ill-formed XML.
///
///     PrintableText.clean("渝中区\u{1B}[31m")  // "渝中区[31m"
public enum PrintableText {
  public static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for u in text.unicodeScalars {
      if u == "\t" || u == "\n" || u == "\r" {
        out.append(" ")
      } else if !isControl(u) {
        out.append(u)
      }
    }
    return String(out)
  }

  static func isControl(_ u: Unicode.Scalar) -> Bool {
    u.value < 0x20 || (0x7F...0x9F).contains(u.value)
  }
}

extension BarChartSpec {
  /// Every text of the chart cleaned with ``PrintableText/clean(_:)``.
  public func printable() -> BarChartSpec {
    var s = self
    s.title = PrintableText.clean(title)
    s.subtitle = subtitle.map(PrintableText.clean)
    s.source = source.map(PrintableText.clean)
    s.notes = notes.map(PrintableText.clean)
    s.categories = categories.map(PrintableText.clean)
    s.highlights = Set(highlights.map(PrintableText.clean))
    for i in s.series.indices { s.series[i].name = PrintableText.clean(series[i].name) }
    s.valueAxisTitle = PrintableText.clean(valueAxisTitle)
    for i in s.referenceLines.indices { s.referenceLines[i].label = PrintableText.clean(referenceLines[i].label) }
    return s
  }
}

extension TrendChartSpec {
  /// Every text of the chart cleaned with ``PrintableText/clean(_:)``.
  public func printable() -> TrendChartSpec {
    var s = self
    s.title = PrintableText.clean(title)
    s.subtitle = subtitle.map(PrintableText.clean)
    s.source = source.map(PrintableText.clean)
    s.notes = notes.map(PrintableText.clean)
    s.highlights = Set(highlights.map(PrintableText.clean))
    for i in s.series.indices { s.series[i].name = PrintableText.clean(series[i].name) }
    s.valueAxisTitle = PrintableText.clean(valueAxisTitle)
    s.xAxisTitle = PrintableText.clean(xAxisTitle)
    for i in s.referenceLines.indices { s.referenceLines[i].label = PrintableText.clean(referenceLines[i].label) }
    return s
  }
}
