import Foundation
import Testing

/// The README's memory bound, enforced with `ulimit -v`: reading a table takes
/// the process's own address space (under 256 MiB, debug build) plus at most
/// four times the input. Hostile inputs that used to take gigabytes (issue 13
/// item 7: a line of commas, one huge quoted field, JSON of empty objects or of
/// nested arrays) end in a clear error inside that bound, never in a crash; a
/// valid table of the same size is read inside it.
@Suite struct MemoryBoundTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  static let baseline = 256 << 10  // KiB of address space for the process itself
  static let size = 8 << 20

  /// `compare` under `ulimit -v` of the baseline plus 4 × the input; status and standard error.
  func limited(_ file: URL, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let input = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
    let kib = Self.baseline + 4 * input / 1024
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", "ulimit -v \(kib) && exec \"$0\" \"$@\" >/dev/null", CLIRunner.executable.path] + arguments
    let err = Pipe()
    p.standardError = err
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  func write(_ name: String, _ text: String) throws -> URL {
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  func table(_ file: URL) throws -> (status: Int32, stderr: String) {
    try limited(file, ["table", "--data", file.path, "--indicator", "指标01", "--format", "csv"])
  }

  /// One run-on line with a figure in every clause and no 。 (issue 13 item 7: `extract` on
  /// one long line took gigabytes; 1.2 MB took 20 GB) is read inside the bound.
  @Test func aRunOnReportLineIsExtractedWithinTheBound() throws {
    let clause = "2022年教育支出14.13亿元，"
    let text = "某县人民政府\n" + String(repeating: clause, count: (2 << 20) / clause.utf8.count) + "\n"
    let file = try write("runon.txt", text)
    let r = try limited(file, ["extract", file.path, "--output", dir.appendingPathComponent("o.csv").path])
    #expect(r.status == 0, "exit \(r.status), \(r.stderr.prefix(300))")
  }

  @Test func hostileTablesFailClearlyWithinTheBound() throws {
    let header = "district,year,indicator,value\n"
    let cases: [(String, String, String)] = [
      ("commas.csv", header + String(repeating: ",", count: Self.size) + "\n", "commas.csv:2: expected 4 fields"),
      (
        "quoted.csv", header + "\"" + String(repeating: "x", count: Self.size) + "\",2020,指标01,1\n",
        "quoted.csv:2: a field is longer than 1 MiB"
      ),
      ("wide.csv", String(repeating: "a,", count: Self.size / 2) + "b\n1,2\n", "more than 16384 fields"),
      (
        "empty.json", "[" + Array(repeating: "{}", count: Self.size / 3).joined(separator: ",") + "]",
        "record 1: missing field 'district'"
      ),
      ("nested.json", String(repeating: "[", count: Self.size / 4), "not valid JSON"),
    ]
    for (name, text, message) in cases {
      let r = try table(try write(name, text))
      #expect(r.status == 1, "\(name): exit \(r.status), \(r.stderr.prefix(300))")
      #expect(r.stderr.contains(message), "\(name): \(r.stderr.prefix(300))")
      #expect(r.stderr.utf8.count < 5_000, "\(name): \(r.stderr.utf8.count) bytes of error")
    }
  }

  @Test func aValidTableOfTheSameSizeIsReadWithinTheBound() throws {
    var csv = "district,year,indicator,value,unit\n"
    var json = "[\n"
    var k = 0
    while csv.utf8.count < Self.size {
      let row = (d: "区县\(k / 600)", y: 2010 + k % 15, i: "指标\(String(format: "%02d", k / 15 % 40))", v: k)
      csv += "\(row.d),\(row.y),\(row.i),\(row.v).5,元\n"
      if json.utf8.count < Self.size {
        json +=
          (k == 0 ? "" : ",\n")
          + "{\"district\": \"\(row.d)\", \"year\": \(row.y), \"indicator\": \"\(row.i)\", \"value\": \(row.v).5, \"unit\": \"元\"}"
      }
      k += 1
    }
    json += "\n]\n"
    for (name, text) in [("ok.csv", csv), ("ok.json", json)] {
      let r = try table(try write(name, text))
      #expect(r.status == 0, "\(name): exit \(r.status), \(r.stderr.prefix(300))")
    }
  }

  /// `extract` over many reports holds one batch of them, not the output (issue 18): 100
  /// reports whose figures cite long sentences make 54 MB of CSV, which the run that held
  /// every row for one write at the end could not build inside the baseline + 40 MiB
  /// (it stopped on signal 6; at + 80 MiB it passed). One malloc arena per thread
  /// reserves 64 MiB of address space: two arenas keep the bound the same on any machine.
  @Test func extractOverManyReportsDoesNotHoldTheOutput() throws {
    var lines = ["某县人民政府", "关于2022年履行教育职责情况的自评报告"]
    for s in 0..<8 {
      let items = (0..<40).map { k in "第\(k + 1)项工程投入资金\(100 + k + s * 50).5万元" }
      lines.append("2022年全县" + items.joined(separator: "、") + "。")
    }
    let text = lines.joined(separator: "\n") + "\n"
    let reports = try (0..<100).map { k in try write(String(format: "r%03d.txt", k), text).path }
    let out = dir.appendingPathComponent("facts.csv")
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments =
      [
        "-c", "ulimit -v \(Self.baseline + 40 << 10) && MALLOC_ARENA_MAX=2 exec \"$0\" \"$@\" 2>/dev/null",
        CLIRunner.executable.path,
      ]
      + ["extract"] + reports + ["--output", out.path]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "exit \(p.terminationStatus)")
    let size = try FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int ?? 0
    #expect(size > 50_000_000, "\(size) bytes")
    let rows = try String(contentsOf: out, encoding: .utf8).utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    #expect(rows == 1 + 100 * 320)
  }
}
