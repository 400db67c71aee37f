import Foundation

/// Reads a tidy (long) table: one observation per row.
///
/// Required columns: `district`, `year`, `indicator`, `value`. Optional:
/// `unit`, `level`, `measure`, `approx`, `masked`, `source_file`, `source_text`.
/// Any other column is kept as a text attribute of its rows (``ObservationTable/attributes``).
/// Chinese headers (区县, 年份, 指标, 数值, 单位, 学段) are accepted too.
///
/// Values are normalised to the unit's base while reading: `1.75, 万元` is stored
/// as 17500 元. Empty or masked values (`***`) are missing, never zero.
///
///     let table = try TidyCSVReader().read(URL(fileURLWithPath: "data.csv"))
public struct TidyCSVReader: Sendable {
  public init() {}

  enum Column: String, CaseIterable, Hashable {
    case district, year, indicator, value, unit, level, measure, approx, masked
    case sourceFile = "source_file", sourceText = "source_text"

    static let aliases: [String: Column] = [
      "区县": .district, "地区": .district, "区域": .district, "district_name": .district,
      "年份": .year, "年度": .year, "指标": .indicator, "指标名称": .indicator,
      "数值": .value, "值": .value, "单位": .unit, "学段": .level, "school_level": .level,
      "口径": .measure, "source": .sourceFile, "file": .sourceFile, "line_text": .sourceText,
    ]

    init?(header: String) {
      let h = header.trimmingCharacters(in: .whitespaces).lowercased()
      if let c = Column(rawValue: h) { self = c } else if let c = Column.aliases[h] { self = c } else { return nil }
    }
  }

  /// Reads a file. The file is read once, as bytes.
  public func read(_ url: URL) throws -> ObservationTable {
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw InputError(file: url.path, "cannot read the file (\(error.localizedDescription))")
    }
    return try read(data: data, name: url.path)
  }

  /// Reads CSV bytes; `name` is used in error messages and as the default source file.
  public func read(data: Data, name: String) throws -> ObservationTable {
    try data.withUnsafeBytes { try read(bytes: $0, name: name) }
  }

  func read(bytes: UnsafeRawBufferPointer, name: String) throws -> ObservationTable {
    var scanner = CSVScanner(bytes: bytes)
    var fields: [CSVScanner.Field] = []
    guard try scan(&scanner, &fields, name) != nil else {
      throw InputError(file: name, line: 1, "the file is empty: expected a header row with district,year,indicator,value,unit")
    }
    let headers = fields.map { scanner.string($0) }
    var index: [Column: Int] = [:]
    var extras: [(name: String, field: Int)] = []
    for (i, h) in headers.enumerated() {
      if let c = Column(header: h) {
        if index[c] != nil { throw InputError(file: name, line: 1, field: h, "the column appears twice in the header") }
        index[c] = i
      } else if !h.trimmingCharacters(in: .whitespaces).isEmpty {
        extras.append((h.trimmingCharacters(in: .whitespaces), i))
      }
    }
    for required in [Column.district, .year, .indicator, .value] where index[required] == nil {
      throw InputError(
        file: name, line: 1, field: required.rawValue,
        "missing column '\(required.rawValue)'; the header has: \(headers.joined(separator: ", ")). A tidy table needs district,year,indicator,value[,unit]; for one column per indicator use --wide")
    }

    var table = ObservationTable()
    table.attributes = extras.map { ($0.name, []) }
    let defaultFile = table.strings.intern((name as NSString).lastPathComponent)
    // Per-spelling unit cache: the same few unit strings repeat on every row.
    var unitCache: [Int32: (id: Int16, factor: Double)] = [:]
    var unitSpellings = StringPool()
    let noUnit = table.unitID(.none)
    let cDistrict = index[.district]!, cYear = index[.year]!, cIndicator = index[.indicator]!, cValue = index[.value]!
    let cUnit = index[.unit], cLevel = index[.level], cMeasure = index[.measure]
    let cApprox = index[.approx], cMasked = index[.masked], cFile = index[.sourceFile], cText = index[.sourceText]
    // Rows of a tidy table repeat the previous row's district and indicator; comparing
    // bytes with the last hit skips hashing most of the time.
    var lastDistrict: (UnsafeRawBufferPointer, Int32)? = nil
    var lastIndicator: (UnsafeRawBufferPointer, Int32)? = nil
    let expected = headers.count

    while let line = try scan(&scanner, &fields, name) {
      if fields.count != expected {
        if fields.count == 1 && scanner.raw(fields[0]).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        throw InputError(file: name, line: line, "expected \(expected) fields as in the header, found \(fields.count)")
      }
      func text(_ c: Int) -> String { scanner.string(fields[c]) }
      func intern(_ c: Int, _ last: inout (UnsafeRawBufferPointer, Int32)?) -> Int32 {
        let f = fields[c]
        if f.escaped { return table.strings.intern(text(c)) }
        let raw = trimmed(scanner.raw(f))
        if let (prev, id) = last, raw.count > 0, prev.count == raw.count, memcmp(prev.baseAddress!, raw.baseAddress!, raw.count) == 0 {
          return id
        }
        let id = table.strings.intern(raw)
        last = (raw, id)
        return id
      }

      let districtID = intern(cDistrict, &lastDistrict)
      if table.strings[districtID].isEmpty { throw InputError(file: name, line: line, field: headers[cDistrict], "the district is empty") }
      let indicatorID = intern(cIndicator, &lastIndicator)
      if table.strings[indicatorID].isEmpty { throw InputError(file: name, line: line, field: headers[cIndicator], "the indicator is empty") }

      guard let year = parseYear(scanner.raw(fields[cYear])) else {
        throw InputError(file: name, line: line, field: headers[cYear], "\"\(text(cYear))\" is not a year (expected e.g. 2023)")
      }

      var flags: ObservationFlags = []
      var value = Double.nan
      let rawValue = scanner.raw(fields[cValue])
      if let v = fields[cValue].escaped ? DecimalParser.parse(text(cValue)) : DecimalParser.parse(rawValue) {
        value = v
      } else {
        let t = text(cValue)
        if DecimalParser.isMask(t) {
          flags.insert(.masked)
        } else if !DecimalParser.isMissing(t) {
          throw InputError(
            file: name, line: line, field: headers[cValue],
            "\"\(t)\" is not a number (write plain digits such as 17500 or 61.8, the unit in the unit column; leave it empty or *** when missing)")
        }
      }

      var unitID = noUnit
      if let cUnit {
        let spelling = unitSpellings.intern(trimmed(scanner.raw(fields[cUnit])))
        if let cached = unitCache[spelling] {
          unitID = cached.id
          value *= cached.factor
        } else {
          let (unit, factor) = Unit.parse(unitSpellings[spelling])
          unitID = table.unitID(unit)
          unitCache[spelling] = (unitID, factor)
          value *= factor
        }
      }

      var level: SchoolLevel? = nil
      if let cLevel {
        let t = text(cLevel).trimmingCharacters(in: .whitespaces)
        if !t.isEmpty {
          guard let l = SchoolLevel(parsing: t) else {
            throw InputError(file: name, line: line, field: headers[cLevel],
              "unknown school level \"\(t)\"; known: \(SchoolLevel.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          level = l
        }
      }
      var measure = Measure.value
      if let cMeasure {
        let t = text(cMeasure)
        guard let m = Measure(parsing: t) else {
          throw InputError(file: name, line: line, field: headers[cMeasure],
            "unknown measure \"\(t)\"; known: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        measure = m
      }
      if let cApprox, try parseBool(text(cApprox), name, line, headers[cApprox]) { flags.insert(.approximate) }
      if let cMasked, try parseBool(text(cMasked), name, line, headers[cMasked]) {
        flags.insert(.masked)
        value = .nan
      }

      var fileID = defaultFile
      if let cFile {
        let t = text(cFile)
        if t == Provenance.derivedFile { flags.insert(.derived) }
        if !t.isEmpty { fileID = table.strings.intern(t) }
      }
      var textID: Int32 = -1
      if let cText {
        let t = text(cText)
        if !t.isEmpty { textID = table.strings.intern(t) }
      }

      table.districtIDs.append(districtID)
      table.years.append(Int32(year))
      table.indicatorIDs.append(indicatorID)
      table.levels.append(level)
      table.measures.append(measure)
      table.values.append(value)
      table.unitIDs.append(unitID)
      table.flags.append(flags)
      table.sourceFileIDs.append(fileID)
      table.sourceTextIDs.append(textID)
      table.lines.append(Int32(line))
      for (k, extra) in extras.enumerated() {
        let raw = trimmed(scanner.raw(fields[extra.field]))
        table.attributes[k].values.append(raw.isEmpty ? -1 : table.strings.intern(raw))
      }
    }
    return table
  }

  private func scan(_ s: inout CSVScanner, _ fields: inout [CSVScanner.Field], _ name: String) throws -> Int? {
    do {
      return try s.next(into: &fields)
    } catch CSVScanner.ScanError.unterminatedQuote(let line) {
      throw InputError(file: name, line: line, "a quoted field is not closed (missing \")")
    } catch CSVScanner.ScanError.textAfterQuote(let line) {
      throw InputError(file: name, line: line, "text follows a closing quote; write a quote inside a quoted field as \"\"")
    }
  }

  private func parseBool(_ t: String, _ file: String, _ line: Int, _ field: String) throws -> Bool {
    switch t.trimmingCharacters(in: .whitespaces).lowercased() {
    case "", "0", "false", "no", "n", "否", "f": return false
    case "1", "true", "yes", "y", "是", "t": return true
    default: throw InputError(file: file, line: line, field: field, "\"\(t)\" is not true or false")
    }
  }

  /// A four-digit year, optionally followed by 年 (`2023`, `2023年`).
  @inline(__always)
  private func parseYear(_ raw: UnsafeRawBufferPointer) -> Int? {
    var r = trimmed(raw)
    let nian: [UInt8] = [0xE5, 0xB9, 0xB4]  // 年
    if r.count > 3, r[r.count - 3] == nian[0], r[r.count - 2] == nian[1], r[r.count - 1] == nian[2] {
      r = UnsafeRawBufferPointer(rebasing: r[0..<(r.count - 3)])
    }
    guard r.count == 4 else { return nil }
    var v = 0
    for b in r {
      guard b >= 0x30 && b <= 0x39 else { return nil }
      v = v * 10 + Int(b - 0x30)
    }
    return v
  }
}

@inline(__always)
func trimmed(_ raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
  var s = 0, e = raw.count
  while s < e, raw[s] == 0x20 || raw[s] == 0x09 { s += 1 }
  while e > s, raw[e - 1] == 0x20 || raw[e - 1] == 0x09 { e -= 1 }
  return UnsafeRawBufferPointer(rebasing: raw[s..<e])
}
