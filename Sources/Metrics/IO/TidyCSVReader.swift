import Foundation

/// Reads a tidy (long) table: one observation per row.
///
/// Required columns: `district`, `year`, `indicator`, `value`. Optional:
/// `unit`, `level`, `measure`, `approx`, `masked`, `source_file`, `source_text`.
/// Any other column is kept as a text attribute of its rows (``ObservationTable/attributes``).
/// Chinese headers (区县, 年份, 指标, 数值, 单位, 学段) are accepted too.
///
/// Values are normalised to the unit's base while reading: `1.75, 万元` is stored
/// as 17500 元. Empty or masked values (`***`), `NA` and `—` are missing, never zero.
/// Errors name the file, the line and the column:
/// `data.csv:12: column 'value': "12,3x" is not a number …`.
///
/// Memory: a UTF-8 file is mapped and its pages are given back as they are
/// parsed (``MappedFile``), so the file never becomes resident as a whole; with
/// an ``IndicatorFilter`` only the asked indicator's rows are kept (the others
/// are checked for their shape and indicator, nothing else).
///
/// Speed (the 1.8 M-row benchmark table): the file is mapped, not copied; a file
/// of 4 MiB or more without quote characters is cut at line ends into one chunk
/// per core, parsed at once into column buffers with per-chunk string pools, and
/// merged (strings re-interned, ids remapped, line numbers shifted). A file with
/// quotes is parsed in one pass, since a quoted field may span lines.
///
///     let table = try TidyCSVReader().read(URL(fileURLWithPath: "data.csv"))
public struct TidyCSVReader: Sendable {
  public init() {}

  /// Files at least this large (and without quotes) are parsed in parallel chunks.
  /// Internal so that tests can exercise the chunked path on small inputs.
  var minimumChunkedBytes = 1 << 22
  /// How many chunks to cut; nil = one per core (at most 8).
  var chunkCount: Int? = nil

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
    if let mapped = MappedFile(url), mapped.isUTF8() {
      return try withExtendedLifetime(mapped) { try read(bytes: mapped.bytes, name: url.path, mapping: mapped.bytes) }
    }
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw InputError(file: url.path, "cannot read the file (\(error.localizedDescription))")
    }
    return try read(data: data, name: url.path)
  }

  /// Reads CSV bytes in any encoding ``TextEncoding`` detects; `name` is used
  /// in error messages and as the default source file.
  public func read(data: Data, name: String) throws -> ObservationTable {
    let utf8 = try TextEncoding.utf8(of: data, file: name).data
    return try utf8.withUnsafeBytes { try read(bytes: $0, name: name) }
  }

  /// Reads CSV bytes (UTF-8). `filter`: keep only the rows of one indicator.
  /// `mapping`: the file mapping the bytes lie in, whose pages are given back
  /// once parsed (``MappedFile``); nil when the bytes are ordinary memory.
  func read(
    bytes: UnsafeRawBufferPointer, name: String, filter: IndicatorFilter? = nil,
    mapping: UnsafeRawBufferPointer? = nil
  ) throws -> ObservationTable {
    var scanner = CSVScanner(bytes: bytes)
    var fields: [CSVScanner.Field] = []
    let headerFound: Int?
    do { headerFound = try scanner.next(into: &fields) } catch let e as CSVScanner.ScanError {
      if case .tooManyFields = e { throw InputError(file: name, line: 1, "the header: " + e.message) }
      if case .fieldTooLong = e { throw InputError(file: name, line: 1, "the header: " + e.message) }
      throw InputError(file: name, line: 1, "the header row has broken quoting")
    }
    guard headerFound != nil else {
      throw InputError(
        file: name, line: 1, "the file is empty: expected a header row with district,year,indicator,value,unit")
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
        "missing column '\(required.rawValue)'; the header has: \(headers.joined(separator: ", ")). A tidy table needs district,year,indicator,value[,unit]; for one column per indicator use --wide"
      )
    }
    let layout = TidyLayout(
      name: name, headers: headers, district: index[.district]!, year: index[.year]!, indicator: index[.indicator]!,
      value: index[.value]!, unit: index[.unit], level: index[.level], measure: index[.measure], approx: index[.approx],
      masked: index[.masked], sourceFile: index[.sourceFile], sourceText: index[.sourceText],
      extraNames: extras.map(\.name), extraFields: extras.map(\.field), filter: filter)
    let body = UnsafeRawBufferPointer(rebasing: bytes[scanner.offset...])
    return try readRows(body, firstLine: scanner.line, layout: layout, mapping: mapping)
  }

  /// Whether `body` holds a quote character; a mapped file is searched in
  /// windows given back behind the search, so the search leaves nothing resident.
  private func holdsQuote(_ body: UnsafeRawBufferPointer, mapping: UnsafeRawBufferPointer?) -> Bool {
    guard let base = body.baseAddress, body.count > 0 else { return false }
    let window = mapping == nil ? body.count : 16 << 20
    var at = 0
    while at < body.count {
      let n = min(window, body.count - at)
      if memchr(base + at, 0x22, n) != nil { return true }
      if let mapping { MappedFile.release(from: base + at, to: base + at + n, within: mapping) }
      at += n
    }
    return false
  }

  /// The rows after the header. Large files without quote characters are cut
  /// at line ends into one chunk per core and parsed at once; each chunk's
  /// strings are then merged into one pool and its ids remapped in place.
  private func readRows(
    _ body: UnsafeRawBufferPointer, firstLine: Int, layout: TidyLayout, mapping: UnsafeRawBufferPointer?
  ) throws -> ObservationTable {
    let cores = chunkCount ?? min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8)
    let quoted = holdsQuote(body, mapping: mapping)
    var cuts = [0]
    if !quoted && body.count >= minimumChunkedBytes && cores > 1 {
      for k in 1..<cores {
        var p = max(body.count * k / cores, cuts.last!)
        while p < body.count && body[p] != 0x0A { p += 1 }
        if p < body.count { p += 1 }
        if p > cuts.last! && p < body.count { cuts.append(p) }
      }
    }
    cuts.append(body.count)
    let bounds = cuts
    let chunkCount = bounds.count - 1
    let shared = SharedBytes(body)
    let sharedMapping = mapping.map(SharedBytes.init)
    // The shortest possible row: one byte per separator and line end, plus a 4-digit year.
    let shortestRow = layout.headers.count + 4

    typealias Outcome = Result<(parser: TidyRowParser, buffers: ColumnBuffers, rows: Int, lines: Int), Error>
    let results = UnsafeMutablePointer<Outcome?>.allocate(capacity: chunkCount)
    results.initialize(repeating: nil, count: chunkCount)
    defer {
      results.deinitialize(count: chunkCount)
      results.deallocate()
    }
    let slots = SharedPointer(results)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { k in
      let bytes = UnsafeRawBufferPointer(rebasing: shared.bytes[bounds[k]..<bounds[k + 1]])
      let buffers = ColumnBuffers(capacity: bytes.count / shortestRow + 2, attributes: layout.extraFields.count)
      var parser = TidyRowParser(layout: layout)
      slots.pointer[k] = Result {
        let (rows, lines) = try parser.parse(
          bytes, firstLine: 1, quoted: quoted, into: buffers, start: 0, mapping: sharedMapping?.bytes)
        return (parser, buffers, rows, lines)
      }
    }

    // Merge: the first chunk's pool is the table's; later chunks are remapped,
    // and their line numbers moved on by the lines of the chunks before them.
    var table = ObservationTable()
    var parts: [(ColumnBuffers, Int)] = []
    var lineOffset = firstLine - 1
    var scaled: [(row: Int, precision: Double)] = []
    var rowOffset = 0
    for k in 0..<chunkCount {
      let chunk: (parser: TidyRowParser, buffers: ColumnBuffers, rows: Int, lines: Int)
      do {
        chunk = try results[k]!.get()
      } catch var e as InputError {
        if let l = e.line { e.line = l + lineOffset }
        throw e
      }
      let b = chunk.buffers, n = chunk.rows
      let offset = Int32(lineOffset)
      for id in chunk.parser.leftOut {
        let spelling = chunk.parser.pool[id]
        if !table.indicatorsLeftOut.contains(spelling) { table.indicatorsLeftOut.append(spelling) }
      }
      if k == 0 {
        table.strings = chunk.parser.pool
        table.units = chunk.parser.units
        for r in 0..<n where b.line[r] > 0 { b.line[r] += offset }
      } else {
        let strings = chunk.parser.pool.strings.map { table.strings.intern($0) }
        let units = chunk.parser.units.map { table.unitID($0) }
        for r in 0..<n {
          b.district[r] = strings[Int(b.district[r])]
          b.indicator[r] = strings[Int(b.indicator[r])]
          b.file[r] = strings[Int(b.file[r])]
          if b.text[r] >= 0 { b.text[r] = strings[Int(b.text[r])] }
          b.unit[r] = units[Int(b.unit[r])]
          if b.line[r] > 0 { b.line[r] += offset }
          for a in b.attributes where a[r] >= 0 { a[r] = strings[Int(a[r])] }
        }
      }
      parts.append((b, n))
      lineOffset += chunk.lines
      scaled += chunk.parser.scaledPrecisions.map { (rowOffset + $0.row, $0.precision) }
      rowOffset += n
    }
    ColumnBuffers.concatenate(parts, into: &table, attributeNames: layout.extraNames)
    // A figure in 万元 keeps the precision it was written with, unless the file states one.
    // Few distinct precisions (0.01 万元, 1 万元, …): each is formatted once.
    let stated = table.attributes.first { $0.name == ObservationTable.precisionColumn }?.values
    var formatted: [Double: String] = [:]
    for (row, precision) in scaled where (stated?[row] ?? -1) < 0 {
      let text =
        formatted[precision]
        ?? {
          let t = DecimalFormat.shortest(precision)
          formatted[precision] = t
          return t
        }()
      table.setAttribute(ObservationTable.precisionColumn, row: row, to: text)
    }
    return table
  }
}

/// The file's bytes, read by several threads at once (never written).
struct SharedBytes: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
  init(_ b: UnsafeRawBufferPointer) { bytes = b }
}

/// A pointer to per-thread result slots; each thread writes only its own index.
struct SharedPointer<T>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<T>
  init(_ p: UnsafeMutablePointer<T>) { pointer = p }
}
