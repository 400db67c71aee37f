import Foundation
import Testing

@testable import Metrics

/// Inputs the fuzzer (Fuzz/compare-fuzz, scripts/fuzz.sh) found crashing a reader, kept in
/// Fuzz/regressions with the fuzz target's selector byte in front: each must now end in an
/// error for the user, not a crash.
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

  func input(_ name: String) throws -> Data {
    let url = Self.folder.appendingPathComponent(name)
    let data = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
    return data.dropFirst()  // the selector byte
  }

  /// It crashed (a nil value unwrapped); now the damaged cell is read as text or the sheet is refused.
  @Test func aSheetWithACellInsideAValueIsReadOrRefused() throws {
    let data = try input("xlsx-cell-inside-value")
    do {
      let read = try ObservationSource.read(data: data, name: "t.xlsx", format: "xlsx", options: TableOptions())
      #expect(read.table.allSatisfy { $0.value.map(\.isFinite) ?? true })
    } catch let e as InputError {
      #expect(e.description.hasPrefix("t.xlsx"))
    }
  }

  /// It crashed (a cell written at column −1); now the stray end tag is passed over.
  @Test func aSheetClosingACellItNeverOpenedIsReadOrRefused() throws {
    let data = try input("xlsx-cell-end-without-start")
    do {
      let read = try ObservationSource.read(data: data, name: "t.xlsx", format: "xlsx", options: TableOptions())
      #expect(read.table.allSatisfy { $0.value.map(\.isFinite) ?? true })
    } catch let e as InputError {
      #expect(e.description.hasPrefix("t.xlsx"))
    }
  }

  @Test func aDocxWhoseEntryLiesPastTheEndIsAnError() throws {
    let data = try input("docx-seek-past-end")
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).docx")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: InputError.self) { _ = try ReportLoader.load(url) }
  }

  /// It crashed Foundation's XMLParser (an element name that is not UTF-8); now refused.
  @Test func aDocxWhoseXMLIsNotUTF8IsAnError() throws {
    let data = try input("docx-name-not-utf8")
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).docx")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: InputError.self) { _ = try ReportLoader.load(url) }
  }

  /// A CI timeout: a deflate stream cut short (its one stored block claims 65,535 bytes) made
  /// ZIPFoundation's `extract` read empty chunks past the end for ever. Now the inflater is fed
  /// only the entry's own bytes and asking for more is an error.
  @Test func aSheetWhoseDeflateStreamIsCutShortIsAnError() throws {
    let data = try input("xlsx-deflate-cut-short")
    let error = try #require(throws: InputError.self) {
      _ = try ObservationSource.read(data: data, name: "t.xlsx", format: "xlsx", options: TableOptions())
    }
    #expect(error.message.contains("xl/workbook.xml ends before its compressed data does"), "\(error)")
  }

  @Test func aDocxWhoseDeflateStreamIsCutShortIsAnError() throws {
    let data = try input("docx-deflate-cut-short")
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).docx")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let error = try #require(throws: InputError.self) { _ = try ReportLoader.load(url) }
    #expect(error.message.contains("word/document.xml ends before its compressed data does"), "\(error)")
  }

  /// `<?x?>` (a processing instruction without data) made XMLParser read a NULL; processing
  /// instructions are removed before parsing, keeping their line breaks.
  @Test func processingInstructionsAreRemovedBeforeParsing() throws {
    let xml = Data("<?xml version=\"1.0\"?><a><?x?><b>甲<?mso-x\n y?>乙</b></a>".utf8)
    let clean = String(decoding: try DocxText.parseable(xml, file: "t.docx"), as: UTF8.self)
    #expect(clean == "<a><b>甲\n乙</b></a>")
  }
}
