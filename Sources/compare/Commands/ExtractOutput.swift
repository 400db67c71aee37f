import ArgumentParser
import Foundation
import Metrics

/// Where `compare extract` writes, a report's rows at a time as each is extracted:
/// a .csv or .json file (atomically: a temporary file beside it, renamed at the
/// end; removed on an error or an interruption) or, without `--output`, CSV on
/// standard output once every report has been read. Memory holds one batch of
/// reports, whatever their number (measured in the README: Benchmarks).
///
///     let out = try ExtractOutput(path: "facts.csv")
///     try out.append(reportTable, place: [("province", "河南省")])
///     try out.commit()  // or discard()
final class ExtractOutput {
  private enum Format {
    case csv(TidyCSVStream)
    case json(ObservationJSONStream)
  }
  private var format: Format
  /// nil: standard output.
  private let file: AtomicFileStream?

  init(path: String?) throws {
    guard let path else {
      format = .csv(try TidyCSVStream(spoolIn: FileManager.default.temporaryDirectory, shownAs: "standard output"))
      file = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    switch url.pathExtension.lowercased() {
    case "json":
      file = try AtomicFileStream(to: url)
      format = .json(ObservationJSONStream())
    case "csv":
      // The rows wait in the output's own directory: it is the disk the user chose to fill.
      file = try AtomicFileStream(to: url)
      format = .csv(try TidyCSVStream(spoolIn: url.deletingLastPathComponent(), shownAs: path))
    default: throw ValidationError("output: use a .csv or .json file")
    }
  }

  /// One report's rows, with the `place` columns on each (province, city).
  func append(_ table: ObservationTable, place: [(name: String, text: String)]) throws {
    switch format {
    case .csv(let csv): try csv.append(table, place: place)
    case .json(var json):
      try file!.output.write(bytes: try json.next(table))
      format = .json(json)
    }
  }

  /// Finishes the output: the file renamed into place, or the CSV written to standard output.
  func commit() throws {
    switch format {
    case .csv(let csv):
      if let file {
        try csv.finish(to: file.output)
      } else {
        let out = BufferedFileOutput(fd: STDOUT_FILENO, shownAs: "standard output")
        try csv.finish(to: out)
        try out.flush()
      }
    case .json(let json): try file!.output.write(bytes: try json.end())
    }
    try file?.commit()
  }

  /// Leaves no output (a report could not be read): the target stays as it was.
  func discard() { file?.discard() }
}
