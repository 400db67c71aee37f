import Foundation

/// Where each column of a tidy table is, read from its header.
struct TidyLayout: Sendable {
  var name: String
  var headers: [String]
  var district: Int, year: Int, indicator: Int, value: Int
  var unit: Int?, level: Int?, measure: Int?, approx: Int?, masked: Int?, sourceFile: Int?, sourceText: Int?
  /// Extra text columns kept as attributes: their names and field positions.
  var extraNames: [String]
  var extraFields: [Int]
  /// Keep only the rows of one indicator (nil: all rows).
  var filter: IndicatorFilter? = nil
}

/// Parses the rows of one stretch of a tidy CSV into ``ColumnBuffers``, with
/// its own string pool (merged into the table's afterwards). Several parsers
/// run at once on a large file, one per chunk.
struct TidyRowParser {
  let layout: TidyLayout
  var pool = StringPool()
  var units: [Unit] = []
  private var unitCache: [Int32: (id: Int16, factor: Double)] = [:]
  private var unitSpellings = StringPool()
  private var lastUnit: (UnsafeRawBufferPointer, Int16, Double)? = nil
  private var lastDistrict: (UnsafeRawBufferPointer, Int32)? = nil
  private var lastIndicator: (UnsafeRawBufferPointer, Int32)? = nil
  private let defaultFile: Int32
  private let noUnit: Int16
  /// Per string id of an indicator spelling: 0 not yet asked, 1 kept, 2 left out (``TidyLayout/filter``).
  private var decision: [UInt8] = []
  /// Ids of the indicator spellings left out, in order of first appearance.
  private(set) var leftOut: [Int32] = []
  /// How far the mapped file's pages behind the parser are given back; every
  /// `releaseStep` bytes (8 MiB: a resident window of 16 MiB over two chunks).
  private let releaseStep = 8 << 20
  private let filtering: Bool
  /// Rows whose unit scales the written figure (`1.12` in 亿元), with the place value of
  /// the figure's last written digit in the base unit: ``Observation/precision``, which the
  /// stored `Double` no longer shows. Rare (tidy tables are mostly in base units), so kept aside.
  private(set) var scaledPrecisions: [(row: Int, precision: Double)] = []

  init(layout: TidyLayout) {
    self.layout = layout
    filtering = layout.filter != nil
    defaultFile = pool.intern((layout.name as NSString).lastPathComponent)
    units = [.none]
    noUnit = 0
  }

  /// Parses `bytes` (starting on line `firstLine`) into rows `start…` of `out`;
  /// returns how many rows it wrote and how many lines it read. `quoted` = the
  /// bytes may hold quotes. `mapping`: the file mapping `bytes` lie in, whose
  /// pages behind the parser are given back (``MappedFile``); nil for memory.
  mutating func parse(
    _ bytes: UnsafeRawBufferPointer, firstLine: Int, quoted: Bool, into out: ColumnBuffers, start: Int,
    mapping: UnsafeRawBufferPointer? = nil
  ) throws -> (rows: Int, lines: Int) {
    var scanner = CSVScanner(bytes: bytes, line: firstLine)
    let expected = layout.headers.count
    let name = layout.name
    var row = start
    var fieldArray: [CSVScanner.Field] = []
    let buffer = UnsafeMutablePointer<CSVScanner.Field>.allocate(capacity: expected + 1)
    defer { buffer.deallocate() }
    var released = 0
    while true {
      if let mapping, scanner.offset - released >= releaseStep, let base = bytes.baseAddress {
        MappedFile.release(from: base + released, to: base + scanner.offset, within: mapping)
        released = scanner.offset
      }
      var count = 0
      let line: Int
      if quoted {
        do {
          guard let l = try scanner.next(into: &fieldArray) else { break }
          line = l
        } catch let e as CSVScanner.ScanError {
          throw InputError(file: name, line: e.line, e.message)
        }
        count = fieldArray.count
        for (k, f) in fieldArray.prefix(expected + 1).enumerated() { buffer[k] = f }
      } else {
        do {
          guard let l = try scanner.nextUnquoted(into: buffer, capacity: expected + 1, count: &count) else { break }
          line = l
        } catch let e as CSVScanner.ScanError {
          throw InputError(file: name, line: e.line, e.message)
        }
      }
      let fields = UnsafeBufferPointer(start: buffer, count: min(count, expected + 1))
      if count != expected {
        if count == 1 && raw(bytes, fields[0]).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        throw InputError(file: name, line: line, "expected \(expected) fields as in the header, found \(count)")
      }
      guard row < out.capacity else { throw InputError(file: name, line: line, "internal error: more rows than lines") }
      if try parseRow(bytes, fields, line: line, into: out, at: row) { row += 1 }
    }
    return (row - start, scanner.line - firstLine)
  }

  @inline(__always)
  private func raw(_ bytes: UnsafeRawBufferPointer, _ f: CSVScanner.Field) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[f.start..<f.end])
  }

  /// A field's text, unquoted, and without the apostrophe the writer puts before a formula
  /// character (SpreadsheetSafe), so a written table reads back as it was.
  private func string(_ bytes: UnsafeRawBufferPointer, _ f: CSVScanner.Field) -> String {
    let s = String(decoding: raw(bytes, f), as: UTF8.self)
    return SpreadsheetSafe.restored(f.escaped ? s.replacingOccurrences(of: "\"\"", with: "\"") : s)
  }

  @inline(__always)
  private mutating func intern(
    _ bytes: UnsafeRawBufferPointer, _ f: CSVScanner.Field, _ last: inout (UnsafeRawBufferPointer, Int32)?
  ) -> Int32? {
    if f.escaped {
      let t = string(bytes, f).trimmingCharacters(in: .whitespaces)
      return t.isEmpty ? nil : pool.intern(t)
    }
    var r = trimmed(raw(bytes, f))
    if r.count == 0 { return nil }
    // '=… written by SpreadsheetSafe: the apostrophe is not part of the name.
    if r.count > 1, r[0] == 0x27, SpreadsheetSafe.startsFormula(r[1]) {
      r = UnsafeRawBufferPointer(rebasing: r[1...])
    }
    if let (prev, id) = last, sameBytes(prev, r) {
      return id
    }
    let id = pool.intern(r)
    last = (r, id)
    return id
  }

  /// Whether rows of the indicator spelled as string `id` are kept (asked once per spelling).
  @inline(__always)
  private mutating func kept(_ id: Int32) -> Bool {
    guard filtering else { return true }
    let i = Int(id)
    if i < decision.count && decision[i] != 0 { return decision[i] == 1 }
    return decide(id)
  }

  private mutating func decide(_ id: Int32) -> Bool {
    let i = Int(id)
    if i >= decision.count { decision += [UInt8](repeating: 0, count: i + 1 - decision.count) }
    let keep = layout.filter?.keeps(pool[id]) ?? true
    decision[i] = keep ? 1 : 2
    if !keep { leftOut.append(id) }
    return keep
  }

  /// Parses one row into row `row` of `out`; false when the row is of an
  /// indicator the filter leaves out (checked for its shape and indicator only).
  private mutating func parseRow(
    _ bytes: UnsafeRawBufferPointer, _ fields: UnsafeBufferPointer<CSVScanner.Field>, line: Int,
    into out: ColumnBuffers, at row: Int
  ) throws -> Bool {
    func text(_ c: Int) -> String { string(bytes, fields[c]) }

    var lastD = lastDistrict, lastI = lastIndicator
    defer {
      lastDistrict = lastD
      lastIndicator = lastI
    }
    guard let indicatorID = intern(bytes, fields[layout.indicator], &lastI) else {
      throw InputError(file: layout.name, line: line, field: layout.headers[layout.indicator], "the indicator is empty")
    }
    if !kept(indicatorID) { return false }
    guard let districtID = intern(bytes, fields[layout.district], &lastD) else {
      throw InputError(file: layout.name, line: line, field: layout.headers[layout.district], "the district is empty")
    }
    var flags: ObservationFlags = []
    let year: Int
    if let y = parseYear(raw(bytes, fields[layout.year])) {
      year = y
    } else if trimmed(raw(bytes, fields[layout.year])).isEmpty {
      year = 0  // what `compare extract` writes for a figure whose report states no year
      flags.insert(.yearNotStated)
    } else {
      throw InputError(
        file: layout.name, line: line, field: layout.headers[layout.year],
        "\"\(text(layout.year))\" is not a year (expected e.g. 2023)")
    }
    var value = Double.nan
    let vf = fields[layout.value]
    if let v = vf.escaped ? DecimalParser.parse(text(layout.value)) : DecimalParser.parse(raw(bytes, vf)) {
      value = v
    } else {
      let t = text(layout.value)
      if DecimalParser.isMask(t) {
        flags.insert(.masked)
      } else if !DecimalParser.isMissing(t) {
        throw InputError(
          file: layout.name, line: line, field: layout.headers[layout.value],
          "\"\(t)\" is not a number (write plain digits such as 17500 or 61.8, the unit in the unit column; leave it empty or *** when missing)"
        )
      }
    }

    var unitID = noUnit
    if let cUnit = layout.unit {
      let r = trimmed(raw(bytes, fields[cUnit]))
      var factor = 1.0
      if !fields[cUnit].escaped, let (prev, id, f) = lastUnit, sameBytes(prev, r) {
        unitID = id
        factor = f
        value *= factor
      } else {
        let spelling = fields[cUnit].escaped ? unitSpellings.intern(text(cUnit)) : unitSpellings.intern(r)
        let hit: (id: Int16, factor: Double)
        if let cached = unitCache[spelling] {
          hit = cached
        } else {
          let (unit, factor) = Unit.parse(unitSpellings[spelling])
          let id: Int16
          if let i = units.firstIndex(of: unit) {
            id = Int16(i)
          } else {
            units.append(unit)
            id = Int16(units.count - 1)
          }
          hit = (id, factor)
          unitCache[spelling] = hit
        }
        unitID = hit.id
        factor = hit.factor
        value *= hit.factor
        if !fields[cUnit].escaped { lastUnit = (r, hit.id, hit.factor) }
      }
      if factor != 1 && !value.isNaN {
        let cell = fields[layout.value]
        let digit =
          cell.escaped ? DecimalParser.lastDigit(text(layout.value)) : DecimalParser.lastDigit(raw(bytes, cell))
        scaledPrecisions.append((row, factor * digit))
      }
    }

    var level: SchoolLevel? = nil
    if let c = layout.level {
      let t = text(c).trimmingCharacters(in: .whitespaces)
      if !t.isEmpty {
        guard let v = SchoolLevel(parsing: t) else {
          throw InputError(
            file: layout.name, line: line, field: layout.headers[c],
            "unknown school level \"\(t)\"; known: \(SchoolLevel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        level = v
      }
    }
    var measure = Measure.value
    if let c = layout.measure {
      let t = text(c)
      guard let m = Measure(parsing: t) else {
        throw InputError(
          file: layout.name, line: line, field: layout.headers[c],
          "unknown measure \"\(t)\"; known: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      measure = m
    }
    if let c = layout.approx, try parseBool(text(c), line, layout.headers[c]) { flags.insert(.approximate) }
    if let c = layout.masked, try parseBool(text(c), line, layout.headers[c]) {
      flags.insert(.masked)
      value = .nan
    }
    var fileID = defaultFile
    // The row's line is a place in this table; when the row names another source
    // file (a report), that line would point into the wrong file, so it is dropped
    // and the source text says where the figure stands.
    var sourceLine = Int32(line)
    if let c = layout.sourceFile {
      let t = text(c)
      if t == Provenance.derivedFile { flags.insert(.derived) }
      if !t.isEmpty {
        fileID = pool.intern(t)
        if fileID != defaultFile { sourceLine = 0 }
      }
    }
    var textID: Int32 = -1
    if let c = layout.sourceText {
      let t = text(c)
      if !t.isEmpty { textID = pool.intern(t) }
    }

    out.district[row] = districtID
    out.year[row] = Int32(year)
    out.indicator[row] = indicatorID
    (out.level + row).initialize(to: level)
    (out.measure + row).initialize(to: measure)
    out.value[row] = value
    out.unit[row] = unitID
    (out.flags + row).initialize(to: flags)
    out.file[row] = fileID
    out.text[row] = textID
    out.line[row] = sourceLine
    for (k, f) in layout.extraFields.enumerated() {
      let t = fields[f].escaped ? string(bytes, fields[f]).trimmingCharacters(in: .whitespaces) : nil
      let r = trimmed(raw(bytes, fields[f]))
      out.attributes[k][row] = t.map { $0.isEmpty ? -1 : pool.intern($0) } ?? (r.isEmpty ? -1 : pool.intern(r))
    }
    return true
  }

  private func parseBool(_ t: String, _ line: Int, _ field: String) throws -> Bool {
    switch t.trimmingCharacters(in: .whitespaces).lowercased() {
    case "", "0", "false", "no", "n", "否", "f": return false
    case "1", "true", "yes", "y", "是", "t": return true
    default: throw InputError(file: layout.name, line: line, field: field, "\"\(t)\" is not true or false")
    }
  }

  /// A four-digit year, optionally followed by 年 (`2023`, `2023年`).
  @inline(__always)
  private func parseYear(_ raw: UnsafeRawBufferPointer) -> Int? {
    var r = trimmed(raw)
    if r.count > 3, r[r.count - 3] == 0xE5, r[r.count - 2] == 0xB9, r[r.count - 1] == 0xB4 {  // 年
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

/// Whether two short byte strings are equal, eight bytes at a time: the
/// previous row's district or indicator is compared on every row, and a libc
/// `memcmp` call costs more than the comparison itself.
@inline(__always)
func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
  let n = a.count
  guard n == b.count else { return false }
  guard n > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return true }
  var i = 0
  while i + 8 <= n {
    if pa.loadUnaligned(fromByteOffset: i, as: UInt64.self) != pb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
      return false
    }
    i += 8
  }
  while i < n {
    if pa.load(fromByteOffset: i, as: UInt8.self) != pb.load(fromByteOffset: i, as: UInt8.self) { return false }
    i += 1
  }
  return true
}

@inline(__always)
func trimmed(_ raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
  var s = 0, e = raw.count
  while s < e, raw[s] == 0x20 || raw[s] == 0x09 { s += 1 }
  while e > s, raw[e - 1] == 0x20 || raw[e - 1] == 0x09 { e -= 1 }
  return UnsafeRawBufferPointer(rebasing: raw[s..<e])
}
