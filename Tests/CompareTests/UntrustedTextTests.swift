import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Text from data is drawn, written and shown without being obeyed: control characters
/// are dropped from charts (and the text SVG stays XML), escape codes are shown, not sent
/// to the terminal, and spreadsheets do not run a district name as a formula (issue 13,
/// items 8 and 10).
@Suite struct UntrustedTextTests {
  let tmp: TemporaryDirectory
  init() throws { tmp = try TemporaryDirectory() }

  func table(districts: [String]) throws -> URL {
    var csv = "district,year,indicator,value,unit\n"
    for (i, d) in districts.enumerated() { csv += "\"\(d)\",2023,生均一般公共预算教育经费,\(18000 + i * 500),元\n" }
    return try CLIRunner.write(csv, to: "t.csv", in: tmp.url)
  }

  @Test func controlCharactersInNamesAndTitlesAreDroppedFromTheChart() throws {
    let data = try table(districts: ["渝中区\u{1B}[31m", "城\u{07}口县", "=HYPERLINK(1)"])
    for format in ["png", "text.svg", "svg"] {
      let out = tmp.url.appendingPathComponent("c.\(format)")
      let r = try CLIRunner.run([
        "bar", "--data", data.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023",
        "--title", "标题\u{00}\u{1B}]0;pwned\u{07}", "--output", out.path,
      ])
      #expect(r.status == 0, "\(format): \(r.stderr)")
      #expect(!r.stderr.contains("\u{1B}"), "escape codes reach the terminal: \(r.stderr)")
      if format.hasSuffix("svg") {
        let svg = try Data(contentsOf: out)
        #expect(!svg.contains(0) && !svg.contains(0x1B) && !svg.contains(0x07))
        #expect(XMLParser(data: svg).parse(), "\(format) is not well-formed XML")
      }
    }
  }

  @Test func escapeCodesInDataAreShownNotSentToTheTerminal() throws {
    let data = try table(districts: ["渝中区\u{1B}[2J", "城口县"])
    let r = try CLIRunner.run(["table", "--data", data.path, "--indicator", "生均一般公共预算教育经费", "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("\u{1B}") && r.stdout.contains("渝中区\\u{1B}[2J"), "\(r.stdout)")
    let e = try CLIRunner.run(["table", "--data", data.path, "--indicator", "不存在\u{1B}[2J"])
    #expect(e.status != 0)
    #expect(!e.stderr.contains("\u{1B}"), "\(e.stderr)")
  }

  @Test func chartDataTablesDoNotCarryFormulas() throws {
    let data = try table(districts: ["=1+1", "@SUM(A1)", "城口县"])
    let out = tmp.url.appendingPathComponent("c.png")
    let spec = try CLIRunner.write(
      "data: [{id: t, file: t.csv}]\ncharts:\n  - {id: c, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023}\n",
      to: "s.yaml", in: tmp.url)
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", tmp.url.appendingPathComponent("o").path, "-q"])
    #expect(r.status == 0, "\(r.stderr)")
    _ = out
    let csv = try String(contentsOf: tmp.url.appendingPathComponent("o/c.csv"), encoding: .utf8)
    #expect(csv.contains(",'=1+1,") && csv.contains(",'@SUM(A1),") && !csv.contains(",=1+1,"), "\(csv)")
  }

  @Test func tableCSVDoesNotCarryFormulas() throws {
    let data = try table(districts: ["=1+1", "-2区", "城口县"])
    let r = try CLIRunner.run([
      "table", "--data", data.path, "--indicator", "生均一般公共预算教育经费", "--format", "csv",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.contains("\n'=1+1,") && r.stdout.contains("\n'-2区,") && !r.stdout.contains("\n=1+1"), "\(r.stdout)")
  }
}
