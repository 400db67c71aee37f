import Foundation

/// Observations as JSON: an array of objects with the same fields as the tidy
/// CSV (``TidyCSVWriter/header``); `value` is a number or `null`.
///
///     [{"district":"渝中区","year":2023,"indicator":"生均一般公共预算教育经费","level":"",
///       "measure":"value","value":24774,"unit":"元","approx":false,"masked":false,
///       "source_file":"bench.csv","source_text":""}]
///
/// Decoding is lenient in the ways tables are: `value` may be a string (`"24,774"`,
/// `"***"`), `unit` may be scaled (`"万元"`, normalised to 元), `level`, `measure`,
/// flags and sources may be left out. Errors name the file, the record's line and the field.
public enum ObservationJSON {
  struct Record: Codable {
    var district: String
    /// null when the report states no year (``ObservationFlags/yearNotStated``).
    var year: Int?
    var indicator: String
    var level: String
    var measure: String
    var value: Double?
    var unit: String
    var approx: Bool
    var masked: Bool
    var source_file: String
    var source_text: String
    /// What a difference is taken against (``Observation/reference``); absent when none.
    var compared_to: String?
    /// false for a figure whose indicator the catalog does not know; absent otherwise.
    var catalogued: Bool?
    /// Other lines stating the same fact; absent when none.
    var also_stated_at: [Int]?
    /// The place value of the last written digit (``Observation/precision``); absent when not recorded.
    var precision: Double?

    // Written by hand so that a missing value is an explicit `null`, not an absent key.
    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(district, forKey: .district)
      try c.encode(year, forKey: .year)
      try c.encode(indicator, forKey: .indicator)
      try c.encode(level, forKey: .level)
      try c.encode(measure, forKey: .measure)
      try c.encode(value, forKey: .value)
      try c.encode(unit, forKey: .unit)
      try c.encode(approx, forKey: .approx)
      try c.encode(masked, forKey: .masked)
      try c.encode(source_file, forKey: .source_file)
      try c.encode(source_text, forKey: .source_text)
      try c.encodeIfPresent(compared_to, forKey: .compared_to)
      try c.encodeIfPresent(catalogued, forKey: .catalogued)
      try c.encodeIfPresent(also_stated_at, forKey: .also_stated_at)
      try c.encodeIfPresent(precision, forKey: .precision)
    }
  }

  public static func encode(_ table: ObservationTable) throws -> Data {
    try encoder.encode(records(table))
  }

  /// Pretty-printed, slashes as they are, keys sorted: what ``encode(_:)`` and ``ObservationJSONStream``
  /// write. Without `.sortedKeys`, Foundation on Linux wrote each record's keys in its dictionary's
  /// order, which changes from run to run: the same reports gave different bytes.
  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    return encoder
  }

  static func records(_ table: ObservationTable) -> [Record] {
    table.indices.map { i -> Record in
      let o = table[i]
      return Record(
        district: o.district, year: o.flags.contains(.yearNotStated) ? nil : o.year, indicator: o.indicator,
        level: o.level?.rawValue ?? "",
        measure: o.measure.rawValue, value: o.value, unit: o.unit.symbol, approx: o.isApproximate,
        masked: o.isMasked, source_file: o.provenance.sourceFile, source_text: o.provenance.sourceText,
        compared_to: o.reference, catalogued: o.flags.contains(.uncatalogued) ? false : nil,
        also_stated_at: o.provenance.alsoStatedAt.isEmpty ? nil : o.provenance.alsoStatedAt, precision: o.precision)
    }
  }

  /// Reads records one at a time (``JSONRecordStream``); `filter` keeps only one indicator's.
  public static func decode(_ data: Data, name: String, filter: IndicatorFilter? = nil) throws -> ObservationTable {
    try decode(data, name: name, filter: filter, mapping: nil)
  }

  /// `mapping`: the file `data` maps, whose pages are given back behind the records read.
  static func decode(_ data: Data, name: String, filter: IndicatorFilter?, mapping: MappedFile?) throws
    -> ObservationTable
  {
    try data.withUnsafeBytes { try decode(bytes: $0, name: name, filter: filter, mapping: mapping) }
  }

  static func decode(bytes: UnsafeRawBufferPointer, name: String, filter: IndicatorFilter?, mapping: MappedFile? = nil)
    throws -> ObservationTable
  {
    var stream = try JSONRecordStream(
      bytes: bytes, file: name,
      notArray: "expected a JSON array of observations ([{\"district\":…,\"year\":…,\"indicator\":…,\"value\":…}])",
      mapping: mapping)
    var table = ObservationTable()
    let defaultFile = (name as NSString).lastPathComponent
    var decided: [String: Bool] = [:]
    // Each record repeats the same keys, units and measures: each is looked up once
    // (Column(header:) trims and lower-cases; 40 MB of records was 9.5 s without these).
    var columnOf: [String: TidyCSVReader.Column?] = [:]
    var units: [String: (unit: Unit, factor: Double)] = [:]
    var measures: [String: Measure?] = [:]
    var k = -1
    while let (recordLine, element) = try stream.next() {
      k += 1
      let line: Int? = recordLine
      func fail(_ field: String?, _ message: String) -> InputError {
        InputError(file: name, line: line, field: field, "record \(k + 1): " + message)
      }
      guard let object = element else { throw fail(nil, "expected an object") }
      var fields: [TidyCSVReader.Column: Any] = [:]
      for (key, v) in object {
        let column: TidyCSVReader.Column?
        if let known = columnOf[key] {
          column = known
        } else {
          column = TidyCSVReader.Column(header: key)
          columnOf[key] = column
        }
        if let c = column { fields[c] = v }
      }
      for required in [TidyCSVReader.Column.district, .year, .indicator, .value] where fields[required] == nil {
        throw fail(
          required.rawValue,
          "missing field '\(required.rawValue)'; a tidy record needs district, year, indicator, value (for one field per indicator use --wide)"
        )
      }
      func string(_ c: TidyCSVReader.Column) -> String {
        switch fields[c] {
        case let s as String:
          s.first?.isWhitespace == true || s.last?.isWhitespace == true ? s.trimmingCharacters(in: .whitespaces) : s
        case let n as NSNumber: n.stringValue
        default: ""
        }
      }
      let district = string(.district), indicator = string(.indicator)
      if district.isEmpty { throw fail("district", "the district is empty") }
      if indicator.isEmpty { throw fail("indicator", "the indicator is empty") }
      if let filter {
        if decided[indicator] == nil {
          decided[indicator] = filter.keeps(indicator)
          if decided[indicator] == false { table.indicatorsLeftOut.append(indicator) }
        }
        if decided[indicator] == false { continue }
      }
      var flags: ObservationFlags = []
      let year: Int
      if let y = JSONValue.year(fields[.year]) {
        year = y
      } else if fields[.year] is NSNull || string(.year).isEmpty {
        year = 0  // what `compare extract` writes for a figure whose report states no year
        flags.insert(.yearNotStated)
      } else {
        throw fail("year", "\"\(string(.year))\" is not a year (expected e.g. 2023)")
      }
      var value: Double?
      switch JSONValue.number(fields[.value]) {
      case .number(let v): value = v
      case .missing: value = nil
      case .masked: flags.insert(.masked)
      case .invalid(let t): throw fail("value", "\"\(t)\" is not a number")
      }
      let unitText = string(.unit)
      let (unit, factor): (Unit, Double)
      if let u = units[unitText] {
        (unit, factor) = u
      } else {
        (unit, factor) = Unit.parse(unitText)
        units[unitText] = (unit, factor)
      }
      value = value.map { $0 * factor }
      var level: SchoolLevel?
      let levelText = string(.level)
      if !levelText.isEmpty {
        guard let l = SchoolLevel(parsing: levelText) else {
          throw fail("level", "unknown school level \"\(levelText)\"")
        }
        level = l
      }
      let measureText = string(.measure)
      if measures[measureText] == nil { measures[measureText] = Measure(parsing: measureText) }
      guard let measure = measures[measureText]! else {
        throw fail(
          "measure",
          "unknown measure \"\(string(.measure))\"; known: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      for (c, flag) in [(TidyCSVReader.Column.approx, ObservationFlags.approximate), (.masked, .masked)] {
        guard let raw = fields[c] else { continue }
        guard let b = JSONValue.bool(raw) else { throw fail(c.rawValue, "\"\(raw)\" is not true or false") }
        if b { flags.insert(flag) }
      }
      if flags.contains(.masked) { value = nil }
      var file = string(.sourceFile)
      if file.isEmpty { file = defaultFile }
      if file == Provenance.derivedFile { flags.insert(.derived) }
      let reference = (object[ObservationTable.referenceColumn] as? String).flatMap { $0.isEmpty ? nil : $0 }
      if let raw = object[ObservationTable.cataloguedColumn] {
        guard let b = JSONValue.bool(raw) else {
          throw fail(ObservationTable.cataloguedColumn, "\"\(raw)\" is not true or false")
        }
        if !b { flags.insert(.uncatalogued) }
      }
      var alsoStatedAt: [Int] = []
      switch object[ObservationTable.alsoStatedAtColumn] {
      case nil, is NSNull: break
      case let lines as [Any]:
        for l in lines {
          guard let n = l as? NSNumber, n.doubleValue == n.doubleValue.rounded(), n.intValue > 0 else {
            throw fail(ObservationTable.alsoStatedAtColumn, "\"\(l)\" is not a line number")
          }
          alsoStatedAt.append(n.intValue)
        }
      case let s as String: alsoStatedAt = ObservationTable.lineList(s)
      default: throw fail(ObservationTable.alsoStatedAtColumn, "expected a list of line numbers")
      }
      var precision: Double?
      switch JSONValue.number(object[ObservationTable.precisionColumn]) {
      case .number(let p) where p > 0: precision = p * factor
      case .missing:
        // A figure in 万元 is as precise as it is written: `"1.75"` or 1.75 to the 0.01万.
        if factor != 1, value != nil {
          let written =
            (fields[.value] as? String) ?? (fields[.value] as? NSNumber).map { DecimalFormat.shortest($0.doubleValue) }
          precision = written.flatMap { DecimalParser.precision($0, factor: factor) }
        }
      default: throw fail(ObservationTable.precisionColumn, "expected a positive number (1000000 for 1.12亿元)")
      }
      table.append(
        Observation(
          district: district, year: year, indicator: indicator, level: level, measure: measure, value: value,
          unit: unit, flags: flags,
          provenance: Provenance(
            sourceFile: file, sourceText: (fields[.sourceText] as? String) ?? "", line: line, alsoStatedAt: alsoStatedAt
          ),
          reference: reference, precision: precision))
    }
    return table
  }
}

/// Reading loosely typed JSON values as table cells.
enum JSONValue {
  enum Number { case number(Double), missing, masked, invalid(String) }

  static func number(_ v: Any?) -> Number {
    switch v {
    case nil, is NSNull: return .missing
    case let b as Bool where type(of: v!) == Bool.self: return .invalid(String(b))
    case let n as NSNumber:
      let d = n.doubleValue
      return d.isFinite ? .number(d) : .invalid(n.stringValue)
    case let s as String:
      if let d = DecimalParser.parse(s) { return .number(d) }
      if DecimalParser.isMask(s) { return .masked }
      if DecimalParser.isMissing(s) { return .missing }
      return .invalid(s)
    default: return .invalid("\(v!)")
    }
  }

  static func year(_ v: Any?) -> Int? {
    switch v {
    case let n as NSNumber:
      let d = n.doubleValue
      return d == d.rounded() && d >= 1000 && d <= 9999 ? Int(d) : nil
    case let s as String:
      var t = s.trimmingCharacters(in: .whitespaces)
      if t.hasSuffix("年") { t.removeLast() }
      guard t.count == 4, let y = Int(t) else { return nil }
      return y
    default: return nil
    }
  }

  static func bool(_ v: Any) -> Bool? {
    switch v {
    case is NSNull: return false
    case let b as Bool where type(of: v) == Bool.self: return b
    case let n as NSNumber: return n.doubleValue != 0
    case let s as String:
      switch s.trimmingCharacters(in: .whitespaces).lowercased() {
      case "", "0", "false", "no", "n", "否", "f": return false
      case "1", "true", "yes", "y", "是", "t": return true
      default: return nil
      }
    default: return nil
    }
  }
}
