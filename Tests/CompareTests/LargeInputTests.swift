import Foundation
import Testing

/// The command line over many reports and over tables read for one indicator:
/// the same output as one at a time or the whole table, and errors that still
/// name what the files hold.
@Suite struct LargeInputTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  /// 20 reports (several batches on any machine): rows in argument order, the
  /// same as each report extracted alone, and one bad file fails the whole run.
  @Test func extractOverManyReportsKeepsTheirOrder() throws {
    let seeds = try CLIRunner.seedReports()
    var paths: [String] = []
    for k in 0..<20 {
      let copy = dir.appendingPathComponent(String(format: "r%02d.txt", k))
      try FileManager.default.copyItem(atPath: seeds[k % seeds.count], toPath: copy.path)
      paths.append(copy.path)
    }
    // JSON records carry each row's own fields (a CSV's columns depend on all rows).
    let allFile = dir.appendingPathComponent("all.json")
    let all = try CLIRunner.run(["extract"] + paths + ["--output", allFile.path])
    #expect(all.status == 0, "\(all.stderr)")
    var expected: [Any] = []
    for p in paths {
      let oneFile = dir.appendingPathComponent("one.json")
      let one = try CLIRunner.run(["extract", p, "--output", oneFile.path])
      #expect(one.status == 0)
      expected += try #require(JSONSerialization.jsonObject(with: Data(contentsOf: oneFile)) as? [Any])
    }
    let got = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: allFile)) as? [Any])
    #expect(got.count == expected.count)
    #expect((got as NSArray).isEqual(to: expected))
    let order = all.stderr.split(separator: "\n").filter { $0.contains("figures seen") }.map {
      String($0.split(separator: ":")[1]).trimmingCharacters(in: .whitespaces)
    }
    #expect(order == paths)

    let empty = try CLIRunner.write("", to: "empty.txt", in: dir)
    let out = dir.appendingPathComponent("o.csv")
    let bad = try CLIRunner.run(["extract"] + paths.prefix(9) + [empty.path] + ["--output", out.path])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("empty.txt"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  /// `table` reads only the indicator asked for; an indicator the file lacks is
  /// refused with the file's indicators listed, and the file is not taken for empty.
  @Test func tableFiltersWhileReadingAndStillListsTheRest() throws {
    let csv = try CLIRunner.write(
      "district,year,indicator,value,unit\n甲县,2020,指标01,1,元\n甲县,2020,指标02,2x,元\n乙县,2020,指标01,3,元\n",
      to: "t.csv", in: dir)
    let ok = try CLIRunner.run(["table", "--data", csv.path, "--indicator", "指标01", "--format", "csv"])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("甲县,1"))
    #expect(ok.stdout.contains("乙县,3"))
    let missing = try CLIRunner.run(["table", "--data", csv.path, "--indicator", "指标09"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("指标01, 指标02"), "\(missing.stderr)")
    #expect(!missing.stderr.contains("no data rows"))
    // The malformed value is in the indicator asked for: file, line and column.
    let bad = try CLIRunner.run(["table", "--data", csv.path, "--indicator", "指标02"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("t.csv:3: column 'value'"), "\(bad.stderr)")
  }
}
