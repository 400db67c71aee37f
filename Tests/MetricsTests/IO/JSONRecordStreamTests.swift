import Foundation
import Testing

@testable import Metrics

@Suite struct JSONRecordStreamTests {
  func records(_ text: String) throws -> [(line: Int, object: [String: Any]?)] {
    try Data(text.utf8).withUnsafeBytes { bytes in
      var s = try JSONRecordStream(bytes: bytes, file: "t.json", notArray: "not an array")
      var out: [(Int, [String: Any]?)] = []
      while let r = try s.next() { out.append(r) }
      return out
    }
  }

  func error(_ text: String) -> String { errorText { _ = try records(text) } }

  @Test func readsFlatRecordsWithTheirLines() throws {
    let r = try records(
      "\u{FEFF}[\n {\"a\": \"x\\\"y\\u00e9\\ud83d\\ude00\", \"n\": -1.5e2, \"i\": 2023, \"b\": true, \"z\": null,\n  \"l\": [3, 4]},\n {}\n]\n"
    )
    #expect(r.count == 2)
    #expect(r[0].line == 2 && r[1].line == 4)
    let o = try #require(r[0].object)
    #expect(o["a"] as? String == "x\"yé😀")
    #expect((o["n"] as? NSNumber)?.doubleValue == -150)
    #expect((o["i"] as? NSNumber)?.intValue == 2023)
    #expect(o["b"] as? Bool == true)
    #expect(o["z"] is NSNull)
    #expect((o["l"] as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } == [3, 4])
  }

  /// Foundation's parser let a comma stand before a closing bracket; tables written so still read.
  @Test func trailingCommasAreTolerated() throws {
    let r = try records("[{\"a\": 1, }, {\"a\": 2},\n]")
    #expect(r.count == 2)
    #expect((r[1].object?["a"] as? NSNumber)?.intValue == 2)
  }

  @Test func nestedValuesAreSkippedAsNull() throws {
    let r = try records(#"[{"a": {"b": [1, {"c": []}]}, "d": [[1], 2]}, 5]"#)
    #expect(r[0].object?["a"] is NSNull)
    #expect(((r[0].object?["d"] as? [Any])?.first) is NSNull)
    #expect(r[1].object == nil)
  }

  @Test func syntaxErrorsNameLineAndColumn() {
    #expect(
      error("[{\"district\": \"甲县\", \"year\": 2020,\n \"value\": 1,,}]").contains(
        "t.json:2: column 13: not valid JSON"))
    #expect(error("[{\"a\": 1}").contains("t.json:1: column 10: not valid JSON (the array is not closed"))
    #expect(error("[{\"a\": 1} {\"b\": 2}]").contains("column 11: not valid JSON (expected , or ]"))
    #expect(error("[{\"a\": tru}]").contains("column 8"))
    #expect(error("[{\"a\": \"x\ny\"}]").contains("control character"))
    #expect(error("[1] 2").contains("text after the end"))
    #expect(error("{\"a\": 1}").contains("not an array"))
    #expect(error("").contains("empty"))
  }

  /// A million open brackets: skipped with a counter, never by recursion (no stack overflow).
  @Test func deepNestingDoesNotOverflowTheStack() {
    let deep = "[" + String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000) + "]"
    #expect((try? records(deep))?.count == 1)
    let open = "[{\"a\": " + String(repeating: "[", count: 1_000_000)
    #expect(error(open).contains("not valid JSON"))
  }
}
