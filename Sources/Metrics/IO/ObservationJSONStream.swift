import Foundation

/// The text ``ObservationJSON/encode(_:)`` writes for a whole table, written a part
/// at a time: `compare extract` over a folder of reports writes each report's records
/// as they are extracted and holds none of them after.
///
///     var stream = ObservationJSONStream()
///     for report in tables { try handle.write(contentsOf: try stream.next(report)) }
///     try handle.write(contentsOf: try stream.end())
///     // the same bytes as ObservationJSON.encode(all of them in one table)
///
/// JSONEncoder's pretty array is `[\n` + the records, each indented, joined by `,\n`, + `\n]`;
/// each part's records are encoded as an array and the parts joined at those seams.
public struct ObservationJSONStream: Sendable {
  private var started = false

  public init() {}

  /// The text of `table`'s records, to follow what came before; empty for an empty table.
  public mutating func next(_ table: ObservationTable) throws -> Data {
    guard !table.isEmpty else { return Data() }
    let array = try ObservationJSON.encoder.encode(ObservationJSON.records(table))
    let open = Data("[\n".utf8), close = Data("\n]".utf8)
    guard array.starts(with: open), array.suffix(2) == close else {
      throw InputError(file: "", "JSONEncoder wrote an array without its line breaks")
    }
    var part = Data(started ? ",\n".utf8 : "[\n".utf8)
    part.append(array[(array.startIndex + 2)..<(array.endIndex - 2)])
    started = true
    return part
  }

  /// The end of the array (or the whole of an empty one).
  public func end() throws -> Data {
    started ? Data("\n]".utf8) : try ObservationJSON.encoder.encode([ObservationJSON.Record]())
  }
}
