import Foundation

/// Standard input as a table or report: `compare table --data - …`.
///
/// Read whole (a pipe cannot be mapped) but bounded: past ``limit`` bytes the
/// read stops with an error instead of growing without end.
public enum StandardInput {
  /// 512 MiB: several times the 1.8 M-row benchmark table (75 MiB).
  public static let limit = 512 << 20

  /// The name used for standard input in errors and provenance.
  public static let name = "(stdin)"

  public static func read(limit: Int = StandardInput.limit, from handle: FileHandle = .standardInput) throws -> Data {
    var data = Data()
    while true {
      let chunk: Data
      do {
        guard let c = try handle.read(upToCount: 1 << 20), !c.isEmpty else { break }
        chunk = c
      } catch {
        throw InputError(file: name, "cannot read standard input (\(error.localizedDescription))")
      }
      if data.count + chunk.count > limit {
        throw InputError(
          file: name, "standard input is larger than \(limit >> 20) MiB; save it to a file and pass the file to --data")
      }
      data.append(chunk)
    }
    if data.isEmpty { throw InputError(file: name, "standard input is empty") }
    return data
  }

  /// The format of piped bytes: a ZIP is a workbook, `[` or `{` JSON, else CSV.
  public static func sniff(_ data: Data) -> String {
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "xlsx" }
    for b in data.prefix(64)
    where b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0xEF && b != 0xBB && b != 0xBF {
      return b == 0x5B || b == 0x7B ? "json" : "csv"
    }
    return "csv"
  }
}
