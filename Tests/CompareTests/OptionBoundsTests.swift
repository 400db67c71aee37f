import Foundation
import Testing

/// Absurd sizes, resolutions and year spans end in a usage error naming the option, never
/// in a crash, a hang or gigabytes of memory (issue 13, items 1 and 2).
@Suite struct OptionBoundsTests {
  static let base = ["--indicator", "生均一般公共预算教育经费", "--districts", "渝中区,城口县"]

  @Test(arguments: [
    ("bar", ["--dpi", "1e9"], "--dpi"), ("bar", ["--dpi", "100000"], "--dpi"), ("bar", ["--dpi", "0"], "--dpi"),
    ("bar", ["--size", "1000x1000cm"], "too large"), ("bar", ["--size", "200x200cm"], "too large"),
    ("trend", ["--years", "1-100000000"], "years"), ("trend", ["--years=2015-9223372036854775807"], "years"),
    ("trend", ["--years", "1500-2100"], "at most 500 years"),
  ])
  func refusedWithAUsageError(command: String, options: [String], words: String) throws {
    let tmp = try TemporaryDirectory()
    let out = tmp.url.appendingPathComponent("x.png")
    let r = try CLIRunner.run(
      [command, "--data", CLIRunner.sampleCSV.path] + Self.base + options + ["--output", out.path])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains(words), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func aSpecWithAnAbsurdDpiFailsThatChartAndStillWritesTheIndex() throws {
    let tmp = try TemporaryDirectory()
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: tmp.url.appendingPathComponent("cq.csv"))
    let spec = try CLIRunner.write(
      """
      data: [{id: cq, file: cq.csv}]
      style: {dpi: 1e9}
      charts:
        - {id: a, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023}
      """, to: "spec.yaml", in: tmp.url)
    let out = tmp.url.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("spec.yaml:4") && r.stderr.contains("dpi"), "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
  }
}
