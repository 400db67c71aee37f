import Foundation
import Testing

@testable import Metrics

/// The benchmark table (shared/bench/chongqing_per_student.csv), as committed in
/// samples/: found relative to this file, and a failure, not a skip, when missing.
@Suite struct BenchDataTests {
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("samples/chongqing_per_student.csv")

  @Test func chongqingPerStudentPanel() throws {
    try #require(FileManager.default.fileExists(atPath: Self.url.path), "\(Self.url.path) is missing")
    let t = try ObservationSource.read(Self.url)
    #expect(t.count == 377)
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均一般公共预算教育经费"))
    #expect(p.indicator?.id == "per_student_expenditure")
    #expect(p.districts.count == 38)
    #expect(p.years == Array(2015...2024))
    #expect(p.value("万州区", 2015) == 12590)
    // The three cells missing on purpose are gaps, not zeros.
    #expect(p.value("巫溪县", 2017) == nil)
    #expect(p.value("城口县", 2019) == nil)
    #expect(p.value("酉阳土家族苗族自治县", 2021) == nil)
    let bar = p.column(2023).compactMap { $0 }
    #expect(bar.count == 38 && Set(bar).count == 38)
    #expect(p.growth().value("巫溪县", 2018) == nil)  // growth from a gap is a gap
  }
}
