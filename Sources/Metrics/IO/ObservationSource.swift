import Foundation

/// How to read a table; every field may be left to the header.
///
///     var o = TableOptions()
///     o.sheet = "表1"; o.indicator = "生均经费"
///     let read = try ObservationSource.read(URL(fileURLWithPath: "yearbook.xlsx"), options: o)
public struct TableOptions: Sendable {
  /// nil: recognised from the header (``LayoutChoice``).
  public var layout: TableLayout?
  public var districtColumn: String?
  public var yearColumn: String?
  /// The indicator of a years-as-columns table (default: the sheet's group header, the sheet or the file name).
  public var indicator: String?
  /// The sheet of a workbook (default: the first).
  public var sheet: String?
  public var unitByColumn: [String: String]
  /// Keep only the rows (tidy) or columns (wide) of one indicator, when the query
  /// is known before reading; nil keeps everything. See ``IndicatorFilter``.
  public var filter: IndicatorFilter? = nil

  public init(
    layout: TableLayout? = nil, districtColumn: String? = nil, yearColumn: String? = nil,
    indicator: String? = nil, sheet: String? = nil, unitByColumn: [String: String] = [:]
  ) {
    self.layout = layout
    self.districtColumn = districtColumn
    self.yearColumn = yearColumn
    self.indicator = indicator
    self.sheet = sheet
    self.unitByColumn = unitByColumn
  }
}

/// A table as read, with what the reader chose that the user should know
/// (the sheet and header row, the layout, the indicator's name).
public struct TableRead: Sendable {
  public var table: ObservationTable
  public var notes: [String]
}

/// Reads observations from a table file: CSV (any encoding ``TextEncoding``
/// detects), JSON, or an Excel workbook (.xlsx, .xlsm), in any of the
/// ``TableLayout``s, recognised from the header unless forced.
///
///     let table = try ObservationSource.read(URL(fileURLWithPath: "per_student.csv"))
///     let sheet = try ObservationSource.read(url, options: TableOptions(sheet: "表1")).table
public enum ObservationSource {
  public static let tableExtensions: Set<String> = ["csv", "txt", "json", "xlsx", "xlsm"]

  public static func read(_ url: URL, wide: WideTableReader? = nil) throws -> ObservationTable {
    guard let wide else { return try read(url, options: TableOptions()).table }
    return try read(
      url,
      options: TableOptions(
        layout: .wide, districtColumn: wide.districtColumn, yearColumn: wide.yearColumn, unitByColumn: wide.unitByColumn
      )
    ).table
  }

  public static func read(_ url: URL, options: TableOptions) throws -> TableRead {
    let ext = url.pathExtension.lowercased()
    guard tableExtensions.contains(ext) else {
      throw InputError(file: url.path, "unsupported file type '.\(ext)': expected .csv, .json, .xlsx or .xlsm")
    }
    // A CSV in UTF-8 is read through a mapping whose pages are given back as
    // they are parsed (``MappedFile``): the file itself never becomes resident.
    // JSON too: its records are streamed (JSONRecordStream) and give back the pages passed.
    if ext == "csv" || ext == "txt" || ext == "json", let mapped = MappedFile(url), mapped.isUTF8() {
      return try read(data: mapped.data, name: url.path, format: ext, options: options, mapping: mapped)
    }
    let data: Data
    do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
      throw InputError(file: url.path, "cannot read the file (\(error.localizedDescription))")
    }
    return try read(data: data, name: url.path, format: ext, options: options)
  }

  /// Reads bytes of a format (`csv`, `txt`, `json`, `xlsx`, `xlsm`); `name` is used in errors.
  public static func read(data: Data, name: String, format: String, options: TableOptions) throws -> TableRead {
    try read(data: data, name: name, format: format, options: options, mapping: nil)
  }

  /// `mapping`: the UTF-8 file `data` maps, whose pages may be given back once read.
  static func read(data: Data, name: String, format: String, options: TableOptions, mapping: MappedFile?) throws
    -> TableRead
  {
    var notes: [String] = []
    let file = (name as NSString).lastPathComponent
    switch format {
    case "xlsx", "xlsm":
      let grid = try ExcelSheetReader().read(data, name: name, sheet: options.sheet)
      var note = "\(file): sheet \(grid.sheet ?? "") read with its header on row \(grid.headerLine)"
      if !grid.titles.isEmpty { note += " (above it: \(grid.titles.joined(separator: " / ")))" }
      notes.append(note)
      return TableRead(
        table: try read(
          grid, options: options, notes: &notes, tidy: { try TidyGridReader(filter: options.filter).observations(grid) }
        ),
        notes: notes)
    case "json":
      let utf8 = mapping == nil ? try TextEncoding.utf8(of: data, file: name).data : data
      if options.layout == nil && options.districtColumn == nil && options.yearColumn == nil || options.layout == .tidy
      {
        return TableRead(
          table: try ObservationJSON.decode(utf8, name: name, filter: options.filter, mapping: mapping), notes: [])
      }
      // The header first, so that a wide table read for one indicator builds only its columns' cells.
      let columns = try WideTableReader.jsonColumns(utf8, name, mapping: mapping)
      let choice = try choose(columns, options: options, name: name)
      let grid = try WideTableReader.jsonGrid(
        utf8, name, columns: columns, keepColumn: choice.layout == .wide ? wideColumns(options, choice) : nil,
        mapping: mapping)
      return TableRead(
        table: try read(
          grid, choice: choice, options: options, notes: &notes,
          tidy: { try TidyGridReader(filter: options.filter).observations(grid) }),
        notes: notes)
    default:
      let utf8 = mapping == nil ? try TextEncoding.utf8(of: data, file: name).data : data
      let window = mapping?.bytes
      let header = try utf8.withUnsafeBytes { bytes -> [String] in
        var scanner = CSVScanner(bytes: bytes)
        var fields: [CSVScanner.Field] = []
        let found: Int?
        do { found = try scanner.next(into: &fields) } catch let e as CSVScanner.ScanError {
          switch e {
          case .tooManyFields, .fieldTooLong: throw InputError(file: name, line: 1, "the header: " + e.message)
          default: found = nil
          }
        }
        guard found != nil, !fields.isEmpty else {
          throw InputError(
            file: name, line: 1,
            "the file is empty or its header row has broken quoting: expected a header row such as district,year,indicator,value,unit"
          )
        }
        return fields.map { scanner.string($0).trimmingCharacters(in: .whitespaces) }
      }
      let choice = try choose(header, options: options, name: name)
      let tidy = {
        try utf8.withUnsafeBytes {
          try TidyCSVReader().read(bytes: $0, name: name, filter: options.filter, mapping: window)
        }
      }
      if choice.layout == .tidy {
        return TableRead(table: try explained(choice, tidy), notes: notes)
      }
      let grid = try WideTableReader.csvGrid(
        utf8, name, keepColumn: choice.layout == .wide ? wideColumns(options, choice) : nil)
      return TableRead(table: try read(grid, choice: choice, options: options, notes: &notes, tidy: tidy), notes: notes)
    }
  }

  private static func read(
    _ grid: TableGrid, options: TableOptions, notes: inout [String], tidy: () throws -> ObservationTable
  ) throws -> ObservationTable {
    let choice = try choose(grid.columns, options: options, name: grid.name, grid: grid)
    return try read(grid, choice: choice, options: options, notes: &notes, tidy: tidy)
  }

  private static func read(
    _ grid: TableGrid, choice: LayoutChoice, options: TableOptions, notes: inout [String],
    tidy: () throws -> ObservationTable
  ) throws -> ObservationTable {
    let file = (grid.name as NSString).lastPathComponent
    switch choice.layout {
    case .tidy:
      return try explained(choice, tidy)
    case .wide:
      let reader = WideTableReader(
        districtColumn: options.districtColumn ?? choice.districtColumn ?? "district",
        yearColumn: options.yearColumn ?? choice.yearColumn ?? "year", unitByColumn: options.unitByColumn)
      return try explained(choice) { try reader.observations(grid) }
    case .years:
      let (indicator, from) = yearsIndicator(grid, options)
      notes.append("\(file): years as columns, read as the indicator \(indicator) (\(from))")
      let reader = YearColumnsReader(
        indicator: indicator, districtColumn: options.districtColumn, unit: unitNote(grid.titles))
      return try explained(choice) { try reader.observations(grid) }
    }
  }

  /// The layout forced by the options, or recognised from the header.
  private static func choose(_ columns: [String], options: TableOptions, name: String, grid: TableGrid? = nil) throws
    -> LayoutChoice
  {
    let detected = LayoutChoice.detect(columns, districtColumn: options.districtColumn, yearColumn: options.yearColumn)
    if let forced = options.layout {
      var c = LayoutChoice(layout: forced, reason: "--layout \(forced.rawValue) was given")
      if forced == detected?.layout {
        c.districtColumn = detected?.districtColumn
        c.yearColumn = detected?.yearColumn
      } else if forced == .wide {
        let roles = columns.map { TidyCSVReader.Column(header: $0) }
        c.districtColumn = roles.firstIndex(of: .district).map { columns[$0] }
        c.yearColumn = roles.firstIndex(of: .year).map { columns[$0] }
      }
      return c
    }
    if let detected { return detected }
    let message =
      "cannot tell the table's layout from its header (\(columns.joined(separator: ", "))): a tidy table has district,year,indicator,value; a wide one district,year and a column per indicator; a yearbook one 区县,2019年,2020年…. Name the columns with --district-column and --year-column, or choose with --layout tidy|wide|years"
    if let grid { throw grid.error(row: nil, column: nil, message) }
    throw InputError(file: name, line: 1, message)
  }

  /// With a filter, the columns of a wide table worth reading: the district and
  /// year, the model's own columns, and those that name the indicator asked for.
  private static func wideColumns(_ options: TableOptions, _ choice: LayoutChoice) -> ((String) -> Bool)? {
    guard let filter = options.filter else { return nil }
    let district = (options.districtColumn ?? choice.districtColumn ?? "district").lowercased()
    let year = (options.yearColumn ?? choice.yearColumn ?? "year").lowercased()
    return { header in
      let h = header.lowercased()
      if h == district || h == year || ObservationTable.modelColumns.contains(header) { return true }
      return filter.keeps(header) || filter.keeps(WideTableReader.split(header: header).name)
    }
  }

  /// Adds the layout assumed, and why, to an error while reading.
  private static func explained<T>(_ choice: LayoutChoice, _ body: () throws -> T) throws -> T {
    do { return try body() } catch var e as InputError {
      e.message +=
        " (read as a \(choice.layout.rawValue) table because \(choice.reason); --layout tidy|wide|years chooses another)"
      throw e
    }
  }

  /// The indicator of a years-as-columns table, and where its name came from.
  static func yearsIndicator(_ grid: TableGrid, _ options: TableOptions) -> (String, String) {
    if let i = options.indicator { return (i, "--indicator") }
    if let g = grid.groupTitle { return (g, "the header above the years") }
    if let sheet = grid.sheet, !isGenericSheetName(sheet) {
      return (sheet, "the sheet's name; --indicator names it otherwise")
    }
    let stem = ((grid.name as NSString).lastPathComponent as NSString).deletingPathExtension
    return (stem, "the file's name; --indicator names it otherwise")
  }

  /// Sheet1, 表1, 工作表1: names Excel gives, not the user.
  static func isGenericSheetName(_ s: String) -> Bool {
    for prefix in ["sheet", "表", "工作表"] where s.lowercased().hasPrefix(prefix) {
      return s.dropFirst(prefix.count).allSatisfy(\.isNumber)
    }
    return false
  }

  /// A unit stated above a sheet's header: `单位：元`, `（单位：万元）`.
  static func unitNote(_ titles: [String]) -> String? {
    for t in titles {
      guard let r = t.range(of: "单位：") ?? t.range(of: "单位:") else { continue }
      let rest = t[r.upperBound...].prefix { !"）) ，,;；".contains($0) }
      if !rest.isEmpty { return String(rest) }
    }
    return nil
  }
}
