import Foundation

/// Reads a wide table — one row per district and year, one column per
/// indicator — as observations (a gapminder-style table).
///
///     country,continent,year,lifeExp,pop,gdpPercap
///     China,Asia,2007,72.961,1318683096,4959.11
///
///     let t = try WideTableReader(districtColumn: "country", yearColumn: "year",
///                                 unitByColumn: ["pop": "人"]).read(url)
///     // 3 observations per row (lifeExp, pop, gdpPercap); `continent` becomes
///     // an attribute: t.attribute("continent", row: 0) == "Asia"
///
/// A column is numeric when most of its non-empty cells are numbers; a cell of a
/// numeric column that is neither a number, a mask (`***`) nor a missing marker
/// (`NA`, `—`) is an error naming the file, line and column — it is never
/// quietly turned into text or zero. Other columns are text attributes.
/// Accepts CSV, or JSON as an array of objects (by the file's extension).
public struct WideTableReader: Sendable {
  public var districtColumn: String
  public var yearColumn: String
  /// Unit spelling per indicator column (`["gdp": "万元"]`); values are scaled to the base unit.
  public var unitByColumn: [String: String]

  public init(districtColumn: String, yearColumn: String, unitByColumn: [String: String] = [:]) {
    self.districtColumn = districtColumn
    self.yearColumn = yearColumn
    self.unitByColumn = unitByColumn
  }

  public func read(_ url: URL) throws -> ObservationTable {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InputError(file: url.path, "cannot read the file (\(error.localizedDescription))")
    }
    return try read(data: data, name: url.path, json: url.pathExtension.lowercased() == "json")
  }

  public func read(data: Data, name: String, json: Bool) throws -> ObservationTable {
    let utf8 = try TextEncoding.utf8(of: data, file: name).data
    let grid = json ? try Self.jsonGrid(utf8, name) : try Self.csvGrid(utf8, name)
    return try observations(grid)
  }

  /// `keepColumn`: which headers' cells to keep (nil: all); the others are read
  /// for their shape only, left nil, and listed in ``TableGrid/leftOut``.
  static func csvGrid(_ data: Data, _ name: String, keepColumn: ((String) -> Bool)? = nil) throws -> TableGrid {
    try data.withUnsafeBytes { bytes in
      var scanner = CSVScanner(bytes: bytes)
      var fields: [CSVScanner.Field] = []
      func next() throws -> Int? {
        do { return try scanner.next(into: &fields) } catch let e as CSVScanner.ScanError {
          throw InputError(file: name, line: e.line, e.message)
        }
      }
      guard try next() != nil else { throw InputError(file: name, line: 1, "the file is empty: expected a header row") }
      let columns = fields.map { scanner.string($0).trimmingCharacters(in: .whitespaces) }
      var grid = TableGrid(name: name, columns: columns)
      if let keepColumn { grid.leftOut = Set(columns.indices.filter { !keepColumn(columns[$0]) }) }
      let kept = columns.indices.map { !grid.leftOut.contains($0) }
      while let line = try next() {
        if fields.count == 1 && scanner.raw(fields[0]).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        guard fields.count == columns.count else {
          throw InputError(
            file: name, line: line, "expected \(columns.count) fields as in the header, found \(fields.count)")
        }
        grid.rows.append(
          fields.indices.map { kept[$0] ? scanner.string(fields[$0]).trimmingCharacters(in: .whitespaces) : nil })
        grid.lines.append(line)
      }
      return grid
    }
  }

  /// An array of objects as a grid, read in two streaming passes (the keys,
  /// then the cells) so that no tree of the whole file is built (``JSONRecordStream``).
  static func jsonGrid(_ data: Data, _ name: String) throws -> TableGrid {
    try jsonGrid(data, name, columns: try jsonColumns(data, name), keepColumn: nil)
  }

  static let notArray = "expected a JSON array of objects, one per district and year"

  /// The keys of all the records, in order of first appearance (each record's sorted): the header.
  static func jsonColumns(_ data: Data, _ name: String, mapping: MappedFile? = nil) throws -> [String] {
    try data.withUnsafeBytes { bytes in
      var columns: [String] = []
      var seen = Set<String>()
      var keys = try JSONRecordStream(bytes: bytes, file: name, notArray: notArray, mapping: mapping)
      var previous: [Range<Int>] = []
      while let (line, object) = try keys.next(keysOnly: true) {
        guard object != nil else { throw InputError(file: name, line: line, notArray) }
        // Records mostly repeat the keys of the one before, byte for byte: nothing new then.
        if keys.sameKeys(keys.lastKeys, previous) { continue }
        previous = keys.lastKeys
        var names = Set<String>()
        for r in previous { names.insert(try keys.key(r)) }
        for key in names.sorted() where seen.insert(key).inserted { columns.append(key) }
      }
      return columns
    }
  }

  /// The cells of the records under `columns` (``jsonColumns(_:_:)``). `keepColumn`: which
  /// headers' cells to keep (nil: all); the others are skipped while parsing, without
  /// building their values, left nil and listed in ``TableGrid/leftOut`` (a wide table
  /// read for one indicator: ``IndicatorFilter``).
  static func jsonGrid(
    _ data: Data, _ name: String, columns: [String], keepColumn: ((String) -> Bool)?, mapping: MappedFile? = nil
  ) throws -> TableGrid {
    try data.withUnsafeBytes { bytes in
      var grid = TableGrid(name: name, columns: columns)
      var keep: ((String) -> Bool)? = nil
      if let keepColumn {
        grid.leftOut = Set(columns.indices.filter { !keepColumn(columns[$0]) })
        let kept = Set(columns.indices.filter { !grid.leftOut.contains($0) }.map { columns[$0] })
        keep = { kept.contains($0) }
      }
      let wanted = columns.indices.filter { !grid.leftOut.contains($0) }
      var cells = try JSONRecordStream(bytes: bytes, file: name, notArray: notArray, mapping: mapping)
      while let (line, object) = try cells.next(keep: keep) {
        var row = [String?](repeating: nil, count: columns.count)
        for c in wanted {
          row[c] =
            switch object?[columns[c]] {
            case nil, is NSNull: nil
            case let s as String: s.trimmingCharacters(in: .whitespaces)
            case let b as Bool where type(of: object![columns[c]]!) == Bool.self: b ? "1" : "0"
            case let n as NSNumber: DecimalFormat.shortest(n.doubleValue)
            case let v?: "\(v)"
            }
        }
        grid.rows.append(row)
        grid.lines.append(line)
      }
      return grid
    }
  }

  /// A header that ends in a unit in brackets — 生均经费（万元）, 毛入园率(%), 投入[亿元],
  /// 预期寿命（岁）, 人均GDP（美元） — as the indicator's name and the unit's spelling, also
  /// when the catalog does not know the unit (``HeaderUnit``); other headers as they are.
  static func split(header: String) -> (name: String, unit: String?) {
    let h = header.trimmingCharacters(in: .whitespaces)
    for (open, close) in [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】")] where h.hasSuffix(close) {
      guard let start = h.range(of: open, options: .backwards) else { continue }
      var inside = String(h[start.upperBound..<h.index(before: h.endIndex)]).trimmingCharacters(in: .whitespaces)
      for prefix in ["单位：", "单位:", "单位"] where inside.hasPrefix(prefix) { inside.removeFirst(prefix.count) }
      let name = String(h[..<start.lowerBound]).trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty, HeaderUnit.isUnit(inside) else { continue }
      return (name, inside)
    }
    return (h, nil)
  }

  func observations(_ grid: TableGrid) throws -> ObservationTable {
    let name = grid.name
    func column(_ wanted: String) throws -> Int {
      if let i = grid.columns.firstIndex(of: wanted) { return i }
      if let i = grid.columns.firstIndex(where: { $0.lowercased() == wanted.lowercased() }) { return i }
      var e = grid.error(
        row: nil, column: nil, "no such column; the header has: \(grid.columns.joined(separator: ", "))")
      e.field = wanted
      throw e
    }
    let cDistrict = try column(districtColumn), cYear = try column(yearColumn)
    for key in unitByColumn.keys where !grid.columns.contains(key) {
      throw InputError(
        file: name, line: grid.headerLine, field: key,
        "a unit is given for this column but the table has no such column; the header has: \(grid.columns.joined(separator: ", "))"
      )
    }
    // Classify the other columns: numeric when most non-empty cells are numbers.
    var numeric: [Int] = [], text: [Int] = []
    for c in grid.columns.indices where c != cDistrict && c != cYear && !grid.leftOut.contains(c) {
      var numbers = 0, words = 0
      for row in grid.rows {
        guard let t = row[c], !DecimalParser.isMissing(t), !DecimalParser.isMask(t) else { continue }
        if DecimalParser.parse(t) != nil { numbers += 1 } else { words += 1 }
      }
      if numbers > 0 && numbers >= words || (numbers == 0 && words == 0 && unitByColumn[grid.columns[c]] != nil) {
        numeric.append(c)
      } else if words > 0 {
        text.append(c)
      }
    }
    // 生均经费（万元）, 入园率(%): the unit in the header, the indicator without it.
    let headers = numeric.map { Self.split(header: grid.columns[$0]) }
    let names = numeric.indices.map {
      unitByColumn[grid.columns[numeric[$0]]] == nil ? headers[$0].name : grid.columns[numeric[$0]]
    }
    let units = numeric.indices.map { Unit.parse(unitByColumn[grid.columns[numeric[$0]]] ?? headers[$0].unit ?? "") }
    var table = ObservationTable()
    table.indicatorsLeftOut = grid.leftOut.sorted().map { Self.split(header: grid.columns[$0]).name }
    let file = (name as NSString).lastPathComponent
    for (r, row) in grid.rows.enumerated() {
      let line = grid.lines[r]
      guard let district = row[cDistrict], !district.isEmpty else {
        throw grid.error(row: r, column: cDistrict, "the district is empty")
      }
      guard let year = row[cYear].flatMap(YearHeader.year) ?? JSONValue.year(row[cYear] as Any?) else {
        throw grid.error(row: r, column: cYear, "\"\(row[cYear] ?? "")\" is not a year (expected e.g. 2023)")
      }
      for (k, c) in numeric.enumerated() {
        let t = row[c] ?? ""
        guard let (value, flags) = DecimalParser.cell(t, factor: units[k].factor) else {
          throw grid.error(row: r, column: c, "\"\(t)\" is not a number (the column holds numbers elsewhere)")
        }
        table.append(
          Observation(
            district: district, year: year, indicator: names[k], value: value, unit: units[k].unit,
            flags: flags, provenance: Provenance(sourceFile: file, line: line),
            precision: DecimalParser.precision(t, factor: units[k].factor)))
        for a in text {
          if let v = row[a], !v.isEmpty { table.setAttribute(grid.columns[a], row: table.count - 1, to: v) }
        }
      }
    }
    return table
  }
}
