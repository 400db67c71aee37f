import Foundation
import Testing

/// `compare extract` says where a district lies when the gazetteer places it.
@Suite("compare extract: province and city columns")
struct ExtractPlaceColumnsTests {
  @Test func aPlacedDistrictGetsItsProvinceAndCity() throws {
    let temporary = try TemporaryDirectory()
    let dir = temporary.url
    let report = dir.appendingPathComponent("r.txt")
    try Data("栾川县人民政府\n关于2022年履行教育职责情况的自评报告\n2022年全县一般公共预算教育支出6.5亿元，比上年增长3.2%。\n".utf8).write(to: report)
    let out = dir.appendingPathComponent("facts.csv")
    let r = try CLIRunner.run(["extract", report.path, "--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: out, encoding: .utf8)
    let lines = csv.split(separator: "\n").map { String($0) }
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let province = try #require(header.firstIndex(of: "province")), city = try #require(header.firstIndex(of: "city"))
    #expect(row[0] == "栾川县")
    #expect(row[province] == "河南省" && row[city] == "洛阳市")
  }
}
