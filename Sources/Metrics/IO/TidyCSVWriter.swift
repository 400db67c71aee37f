import Foundation

/// Writes an ``ObservationTable`` as the tidy CSV that ``TidyCSVReader`` reads
/// back unchanged (apart from each row's line number, which becomes its line in
/// the new file).
///
/// Values are written in base units with the shortest exact decimal
/// (`1413000000`, `17500`, `61.8`); a missing value is an empty field, a masked
/// one is empty with `masked` = `true`. Derived rows carry `(derived)` as their
/// source file and the formula as their source text. Extra text columns
/// (``ObservationTable/attributes``) follow the standard ones, among them `precision`
/// where a figure's written precision differs from what its base-unit value shows
/// (`1000000` for 1.12亿元, ``Observation/precision``).
///
///     let csv = TidyCSVWriter().write(table)
///     // district,year,indicator,level,measure,value,unit,approx,masked,source_file,source_text
///     // 丰都县,2022,一般公共预算教育支出,,value,1413000000,元,false,false,004.txt,全年一般公共预算教育支出14.13亿元
public struct TidyCSVWriter: Sendable {
  public static let header = "district,year,indicator,level,measure,value,unit,approx,masked,source_file,source_text"

  public init() {}

  public func write(_ table: ObservationTable) -> String {
    var out = Self.header
    for column in table.attributes { out += "," + Self.field(column.name) }
    out += "\n"
    // Strings are escaped once per distinct id, not once per row; a text a spreadsheet would
    // run as a formula gets its apostrophe (SpreadsheetSafe).
    var escaped = [String?](repeating: nil, count: table.strings.count)
    func text(_ id: Int32) -> String {
      if id < 0 { return "" }
      if let e = escaped[Int(id)] { return e }
      let e = Self.field(SpreadsheetSafe.text(table.strings[id]))
      escaped[Int(id)] = e
      return e
    }
    for i in table.indices {
      Self.appendStandardFields(of: table, row: i, to: &out, text: text)
      for column in table.attributes {
        out += ","
        out += text(column.values[i])
      }
      out += "\n"
    }
    return out
  }

  /// Each row of `table` as its standard fields and, by column name, its attribute
  /// fields (empty ones left out), written exactly as ``write(_:)`` writes them: for
  /// writers that stream rows and learn the attribute columns only at the end
  /// (`compare extract` over a folder of reports).
  public static func forEachRow(
    of table: ObservationTable,
    _ body: (_ standard: String, _ attributes: [(name: String, field: String)]) throws -> Void
  ) rethrows {
    // Escaped once per distinct string, as in write(_:): a report's source sentence is cited by
    // every figure it holds (checking it for quotes per row made extract 5× slower in debug).
    var escaped = [String?](repeating: nil, count: table.strings.count)
    func text(_ id: Int32) -> String {
      if id < 0 { return "" }
      if let e = escaped[Int(id)] { return e }
      let e = field(SpreadsheetSafe.text(table.strings[id]))
      escaped[Int(id)] = e
      return e
    }
    for i in table.indices {
      var standard = ""
      appendStandardFields(of: table, row: i, to: &standard, text: text)
      var attributes: [(name: String, field: String)] = []
      for column in table.attributes where column.values[i] >= 0 {
        attributes.append((column.name, text(column.values[i])))
      }
      try body(standard, attributes)
    }
  }

  /// The eleven standard fields of row `i`, comma-separated; `text` escapes a string id.
  static func appendStandardFields(
    of table: ObservationTable, row i: Int, to out: inout String, text: (Int32) -> String
  ) {
    let v = table.values[i]
    let f = table.flags[i]
    out += text(table.districtIDs[i])
    out += ","
    if !f.contains(.yearNotStated) { out += String(table.years[i]) }  // empty: the report states no year
    out += ","
    out += text(table.indicatorIDs[i])
    out += ","
    out += table.levels[i]?.rawValue ?? ""
    out += ","
    out += table.measures[i].rawValue
    out += ","
    out += v.isNaN ? "" : DecimalFormat.shortest(v)
    out += ","
    out += field(table.units[Int(table.unitIDs[i])].symbol)
    out += f.contains(.approximate) ? ",true" : ",false"
    out += f.contains(.masked) ? ",true," : ",false,"
    out += text(table.sourceFileIDs[i])
    out += ","
    out += text(table.sourceTextIDs[i])
  }

  /// A CSV field, quoted when it holds a comma, a quote, a line break or
  /// leading/trailing spaces (which the reader would trim).
  public static func field(_ s: String) -> String {
    let needsQuotes =
      s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || s.first == " " || s.last == " " || s.first == "\t" || s.last == "\t"
    guard needsQuotes else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
