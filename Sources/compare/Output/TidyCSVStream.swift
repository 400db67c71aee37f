import Foundation
import Metrics

/// Tidy CSV written a table at a time, byte for byte what ``TidyCSVWriter`` writes for
/// all of them appended into one table, without holding them: `compare extract` over
/// thousands of reports keeps one batch of reports in memory, not the output.
///
///     let csv = try TidyCSVStream(spoolIn: dir, shownAs: "facts.csv")
///     for report in tables { try csv.append(report, place: [("province", "河南省")]) }
///     try csv.finish(to: file.output)
///
/// The header lists the attribute columns (compared_to, catalogued, precision,
/// also_stated_at, then the caller's province and city) that some row has, and a row
/// has a field for each; which exist is known only after the last row. So rows wait
/// in a ``SpoolFile`` with their fields by column, and ``finish(to:)`` writes the
/// header and then each row with a field for every column.
final class TidyCSVStream {
  private let spool: SpoolFile
  /// Spool column number → name.
  private var names: [String] = []
  private var number: [String: Int] = [:]
  /// The tables' own columns in order of first appearance; then the caller's, also in that order.
  private var ownColumns: [Int] = []
  private var placeColumns: [Int] = []

  init(spoolIn directory: URL, shownAs shown: String) throws {
    spool = try SpoolFile(in: directory, shownAs: shown)
  }

  /// Appends every row of `table`, with the `place` columns (name, text) on each row.
  /// Spooled row: [UInt32 length, standard fields], [UInt8 count], count × [UInt16 column, UInt32 length, field].
  func append(_ table: ObservationTable, place: [(name: String, text: String)]) throws {
    guard !table.isEmpty else { return }
    let placeFields = place.map { (column: column($0.name, place: true), field: placeField($0.text)) }
    try TidyCSVWriter.forEachRow(of: table) { standard, attributes in
      var attributes = attributes
      // `true` is what the catalogued column says where a row has no field; a report's table
      // says it for its rows before its first uncatalogued one, where the whole output had no
      // such column yet: spooled, it would put the column before others that came first.
      attributes.removeAll { $0.name == ObservationTable.cataloguedColumn && $0.field == "true" }
      try put(standard)
      try spool.output.write(littleEndian: UInt8(attributes.count + placeFields.count))
      for (name, field) in attributes {
        try put(column: column(name, place: false), field)
      }
      for (c, field) in placeFields { try put(column: c, field) }
    }
  }

  /// Writes the header, then every row spooled, to `output`.
  func finish(to output: BufferedFileOutput) throws {
    let order = ownColumns + placeColumns
    var position = [Int](repeating: 0, count: names.count)
    for (k, c) in order.enumerated() { position[c] = k }
    // The catalogued column, once a table has it, says true for the rows before (ObservationTable.markCatalogued).
    let empty = order.map { names[$0] == ObservationTable.cataloguedColumn ? Array("true".utf8) : [] }
    var header = TidyCSVWriter.header
    for c in order { header += "," + TidyCSVWriter.field(names[c]) }
    try output.write(header + "\n")
    var reader = try spool.reader()
    var fields = empty  // reused row to row: no arrays built per field
    while let standardLength = try reader.bytes(4) {
      try output.write(bytes: try reader.whole(Int(Self.uint32(standardLength))))
      let count = Int(try reader.whole(1).first!)
      for k in fields.indices {
        fields[k].removeAll(keepingCapacity: true)
        fields[k].append(contentsOf: empty[k])
      }
      for _ in 0..<count {
        let c = Int(Self.uint16(try reader.whole(2)))
        let length = Int(Self.uint32(try reader.whole(4)))
        let k = position[c]
        fields[k].removeAll(keepingCapacity: true)
        fields[k].append(contentsOf: try reader.whole(length))
      }
      for f in fields {
        try output.write(bytes: CollectionOfOne(UInt8(ascii: ",")))
        try output.write(bytes: f)
      }
      try output.write(bytes: CollectionOfOne(UInt8(ascii: "\n")))
    }
  }

  /// The spool number of column `name`, registering it when new.
  private func column(_ name: String, place: Bool) -> Int {
    if let c = number[name] { return c }
    let c = names.count
    names.append(name)
    number[name] = c
    if place { placeColumns.append(c) } else { ownColumns.append(c) }
    return c
  }

  /// A place's text as the table writer escapes an attribute.
  private func placeField(_ text: String) -> String { TidyCSVWriter.field(SpreadsheetSafe.text(text)) }

  private func put(_ text: String) throws {
    try spool.output.write(littleEndian: UInt32(text.utf8.count))
    try spool.output.write(text)
  }

  private func put(column c: Int, _ field: String) throws {
    try spool.output.write(littleEndian: UInt16(c))
    try put(field)
  }

  private static func uint32(_ b: ArraySlice<UInt8>) -> UInt32 {
    b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  private static func uint16(_ b: ArraySlice<UInt8>) -> UInt16 {
    b.reversed().reduce(0) { $0 << 8 | UInt16($1) }
  }
}

extension SpoolFile.Reader {
  /// The next `count` bytes, which the spool must hold (it was written whole).
  mutating func whole(_ count: Int) throws -> ArraySlice<UInt8> {
    guard let b = try bytes(count) else { throw CLIError("the rows spooled for \(shown) end early") }
    return b
  }
}
