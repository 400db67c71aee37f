import Foundation
import Metrics
import PDFText

/// One fuzz input through one of the readers, chosen by its first byte, the rest being the
/// file's bytes. A reader may refuse the input (it throws an error for the user); it must
/// never crash, hang or take memory out of proportion to the input.
enum FuzzInput {
  /// The readers, in the order of the selector byte (modulo their count).
  static let readers: [(String, @Sendable (Data) -> Void)] = [
    ("tidy.csv", { _ = try? TidyCSVReader().read(data: $0, name: "fuzz.csv") }),
    (
      "wide.csv",
      {
        _ = try? WideTableReader(districtColumn: "district", yearColumn: "year").read(
          data: $0, name: "fuzz.csv", json: false)
      }
    ),
    ("tidy.json", { _ = try? ObservationJSON.decode($0, name: "fuzz.json") }),
    ("report.txt", { report($0, extension: "txt") }),
    ("report.html", { report($0, extension: "html") }),
    ("report.docx", { report($0, extension: "docx") }),
    (
      "sheet.xlsx",
      { _ = try? ObservationSource.read(data: $0, name: "fuzz.xlsx", format: "xlsx", options: TableOptions()) }
    ),
    (
      "years.csv",
      {
        _ = try? ObservationSource.read(
          data: $0, name: "fuzz.csv", format: "csv", options: TableOptions(indicator: "生均经费"))
      }
    ),
  ]

  /// `COMPARE_FUZZ_PDF=1`: every input is a whole PDF file, read as `extract` reads a .pdf
  /// report (poppler places the characters, PDFLine/PDFReadingOrder put them in order).
  /// Kept apart from the selector byte so that the corpus and the regressions keep their
  /// readers; run by `scripts/fuzz.sh --pdf`.
  static let pdfOnly = ProcessInfo.processInfo.environment["COMPARE_FUZZ_PDF"] == "1"

  static func run(_ bytes: UnsafeRawBufferPointer) {
    if pdfOnly {
      if let text = try? PDFText.text(of: Data(bytes), file: "fuzz.pdf") {
        _ = ReportExtractor().extract(ReportText(text: text, sourceFile: "fuzz.pdf"))
      }
      return
    }
    guard let selector = bytes.first else { return }
    let data = Data(bytes.dropFirst())
    readers[Int(selector) % readers.count].1(data)
  }

  /// Reports are loaded from a file, as the command does (the loader chooses by extension),
  /// then extracted.
  static func report(_ data: Data, extension ext: String) {
    let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("compare-fuzz-\(getpid()).\(ext)")
    defer { try? FileManager.default.removeItem(at: url) }
    guard (try? data.write(to: url)) != nil, let text = try? ReportLoader.load(url) else { return }
    _ = ReportExtractor().extract(text)
  }
}
