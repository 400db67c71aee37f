import Foundation
import Testing

/// Errors that say what is wrong and where (issue 13, item 11): before, a header-only CSV gave
/// "it holds: " with no file, JSON syntax errors had no line or column, and /dev/zero was
/// "You don't have permission".
@Suite struct InputErrorMessageTests {
  let tmp: TemporaryDirectory
  init() throws { tmp = try TemporaryDirectory() }

  func table(_ path: String) throws -> CLIRunner.Output {
    try CLIRunner.run(["table", "--data", path, "--indicator", "生均一般公共预算教育经费"])
  }

  @Test func aHeaderOnlyTableNamesTheFile() throws {
    let csv = try CLIRunner.write("district,year,indicator,value,unit\n", to: "h.csv", in: tmp.url)
    let r = try table(csv.path)
    #expect(r.status == 1)
    #expect(r.stderr.contains("h.csv: the table has no data rows"), "\(r.stderr)")
  }

  @Test func aJSONSyntaxErrorHasLineAndColumn() throws {
    let json = try CLIRunner.write(
      "[{\"district\": \"甲县\", \"year\": 2020,\n \"value\": 1,,}]", to: "t.json", in: tmp.url)
    let r = try table(json.path)
    #expect(r.status == 1)
    #expect(r.stderr.contains("t.json:2: column 13: not valid JSON"), "\(r.stderr)")
  }

  @Test func devicesAndPipesAreNotReadAsTables() throws {
    let r = try table("/dev/zero")
    #expect(r.status == 1)
    #expect(r.stderr.contains("/dev/zero: not a regular file"), "\(r.stderr)")
    let fifo = tmp.url.appendingPathComponent("pipe.csv")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let p = try table(fifo.path)
    #expect(p.status == 1)
    #expect(p.stderr.contains("not a regular file"), "\(p.stderr)")
  }
}

extension InputErrorMessageTests {
  /// A 3 MB header was quoted whole in the error; now an excerpt.
  @Test func aHugeHeaderIsQuotedAsAnExcerpt() throws {
    let csv = try CLIRunner.write(String(repeating: "a", count: 3_000_000) + ",b\n1,2\n", to: "big.csv", in: tmp.url)
    let r = try table(csv.path)
    #expect(r.status == 1)
    #expect(r.stderr.utf8.count < 5_000, "\(r.stderr.utf8.count) bytes of error")
    #expect(r.stderr.contains("more characters)"))
  }
}
