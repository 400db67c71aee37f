import Foundation

/// Reads observations from a file, choosing the reader by its extension:
/// `.csv` → ``TidyCSVReader`` (or `wide`), `.json` → ``ObservationJSON`` (or `wide`).
///
///     let table = try ObservationSource.read(URL(fileURLWithPath: "per_student.csv"))
///     let gap = try ObservationSource.read(url, wide: WideTableReader(districtColumn: "country", yearColumn: "year"))
public enum ObservationSource {
  public static func read(_ url: URL, wide: WideTableReader? = nil) throws -> ObservationTable {
    let ext = url.pathExtension.lowercased()
    if let wide {
      guard ext == "csv" || ext == "json" || ext == "txt" else {
        throw InputError(file: url.path, "unsupported file type '.\(ext)': a wide table is .csv or .json")
      }
      return try wide.read(url)
    }
    switch ext {
    case "csv", "txt": return try TidyCSVReader().read(url)
    case "json":
      let data: Data
      do { data = try Data(contentsOf: url) } catch {
        throw InputError(file: url.path, "cannot read the file (\(error.localizedDescription))")
      }
      return try ObservationJSON.decode(try TextEncoding.utf8(of: data, file: url.path).data, name: url.path)
    default:
      throw InputError(file: url.path, "unsupported file type '.\(ext)': expected .csv or .json")
    }
  }
}
