/// A text cell a spreadsheet would run as a formula: Excel, WPS and LibreOffice evaluate a
/// cell that begins with `=`, `+`, `-` or `@` (and a tab or carriage return before them),
/// so a district named `=HYPERLINK(…)` in the data became a live link in the chart's table.
/// Such a text gets a leading apostrophe, the spreadsheets' own mark for "this is text".
/// Numbers are never passed through here: −3.5 stays a number. The table readers take the
/// apostrophe off again (``restored(_:)``), so a written table reads back as it was.
public enum SpreadsheetSafe {
  public static func text(_ s: String) -> String {
    guard let first = s.utf8.first, startsFormula(first) else { return s }
    return "'" + s
  }

  /// `=`, `+`, `-`, `@`, tab or carriage return: a first byte that makes a cell a formula.
  @inline(__always) static func startsFormula(_ byte: UInt8) -> Bool {
    byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
  }

  /// The text a written cell stood for: the apostrophe ``text(_:)`` put before a formula
  /// character is taken off; any other text is returned as it is.
  public static func restored(_ s: String) -> String {
    guard s.hasPrefix("'"), let second = s.utf8.dropFirst().first, startsFormula(second) else { return s }
    return String(s.dropFirst())
  }
}
