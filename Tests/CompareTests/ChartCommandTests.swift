import Foundation
import Testing

@Suite("compare bar / trend, end to end")
struct ChartCommandTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

  @Test func barToPNGDrawsAllDistricts() throws {
    let out = dir.appendingPathComponent("x.png")
    let r = try CLIRunner.run([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023", "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let bytes = try Data(contentsOf: out)
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    // The text SVG of the same chart carries every district name and the sorted values.
    let svg = dir.appendingPathComponent("x.text.svg")
    let r2 = try CLIRunner.run([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023", "--output", svg.path,
    ])
    #expect(r2.status == 0, "\(r2.stderr)")
    let text = try String(contentsOf: svg, encoding: .utf8)
    for district in ["渝中区", "城口县", "酉阳土家族苗族自治县", "万州区"] {
      #expect(text.contains(district), "missing \(district)")
    }
    #expect(text.contains("<text"))
    #expect(text.contains("数据来源"))
  }

  @Test func dpiKeepsThePhysicalSizeAndSaysItInThePNG() throws {
    func png(_ extra: [String]) throws -> (width: UInt32, pixelsPerMetre: UInt32) {
      let out = dir.appendingPathComponent("d\(extra.joined()).png")
      let r = try CLIRunner.run(
        [
          "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--output", out.path,
        ] + extra)
      #expect(r.status == 0, "\(r.stderr)")
      let b = [UInt8](try Data(contentsOf: out))
      func be(_ i: Int) -> UInt32 { b[i..<i + 4].reduce(0) { $0 << 8 | UInt32($1) } }
      let tag: [UInt8] = Array("pHYs".utf8)
      let at = (8..<(b.count - 4)).first { (i: Int) -> Bool in Array(b[i..<(i + 4)]) == tag }
      let phys = try #require(at)
      return (be(16), be(phys + 4))
    }
    let screen = try png([])
    let print = try png(["--dpi", "300"])
    #expect(abs(Double(print.width) / Double(screen.width) - 300.0 / 144) < 0.01)
    #expect(print.pixelsPerMetre == UInt32((300 / 0.0254).rounded()))
    #expect(screen.pixelsPerMetre == UInt32((144 / 0.0254).rounded()))
  }

  @Test(arguments: ["svg", "pdf"])
  func formatFollowsExtension(_ ext: String) throws {
    let out = dir.appendingPathComponent("x.\(ext)")
    let r = try CLIRunner.run([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023", "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let head = String(decoding: try Data(contentsOf: out).prefix(64), as: UTF8.self)
    #expect(ext == "pdf" ? head.hasPrefix("%PDF") : head.contains("<?xml") || head.contains("<svg"))
  }

  @Test func missingColumnNamesFileLineAndColumn() throws {
    let csv = try CLIRunner.write("district,year,indicator,unit\n渝中区,2023,生均一般公共预算教育经费,元\n", to: "bad.csv", in: dir)
    let out = dir.appendingPathComponent("bad.png")
    let r = try CLIRunner.run(["bar", "--data", csv.path, "--indicator", "生均一般公共预算教育经费", "--output", out.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("bad.csv:1"))
    #expect(r.stderr.contains("value"))
    #expect(!exists(out))
  }

  @Test func nonNumericValueNamesLineAndColumn() throws {
    let csv = try CLIRunner.write(
      "district,year,indicator,value,unit\n渝中区,2023,生均一般公共预算教育经费,24774,元\n江北区,2023,生均一般公共预算教育经费,2万4,元\n",
      to: "nan.csv", in: dir)
    let out = dir.appendingPathComponent("nan.png")
    let r = try CLIRunner.run(["bar", "--data", csv.path, "--indicator", "生均一般公共预算教育经费", "--output", out.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("nan.csv:3"))
    #expect(r.stderr.contains("'value'"))
    #expect(!exists(out))
  }

  @Test func unknownIndicatorListsTheOnesThatExist() throws {
    let out = dir.appendingPathComponent("u.png")
    let r = try CLIRunner.run(["bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均图书", "--output", out.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("生均图书"))
    #expect(r.stderr.contains("生均一般公共预算教育经费"))
    #expect(!exists(out))
  }

  @Test func yearWithoutDataListsTheYears() throws {
    let out = dir.appendingPathComponent("y.png")
    let r = try CLIRunner.run([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2030", "--output", out.path,
    ])
    #expect(r.status != 0)
    #expect(r.stderr.contains("2030"))
    #expect(r.stderr.contains("2015"))
    #expect(!exists(out))
  }

  @Test func withoutAChineseFontItFailsLoudlyInsteadOfDrawingTofu() throws {
    // A fontconfig configuration that knows no fonts at all.
    let conf = try CLIRunner.write(
      """
      <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
      <fontconfig><dir>\(dir.path)/no-fonts</dir><cachedir>\(dir.path)/cache</cachedir></fontconfig>
      """, to: "fonts.conf", in: dir)
    let out = dir.appendingPathComponent("tofu.png")
    let r = try CLIRunner.run(
      ["bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--output", out.path],
      environment: ["FONTCONFIG_FILE": conf.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("no font has a glyph"))
    #expect(r.stderr.contains("fonts-noto-cjk"))
    #expect(!exists(out))
  }

  @Test func outputNeverOverwritesAnInput() throws {
    let copy = dir.appendingPathComponent("in.csv")
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: copy)
    let before = try Data(contentsOf: copy)
    let r = try CLIRunner.run(["bar", "--data", copy.path, "--indicator", "生均一般公共预算教育经费", "--output", copy.path])
    #expect(r.status != 0)
    #expect(try Data(contentsOf: copy) == before)
  }

  @Test func computedViewsSayWhatTheyWereComputedFrom() throws {
    let out = dir.appendingPathComponent("gap.text.svg")
    let r = try CLIRunner.run([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023",
      "--view", "gap-mean", "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    #expect(svg.contains("与均值之差"))
    #expect(svg.contains("chongqing_per_student.csv，经本工具计算"))
    #expect(svg.contains("差值由本工具根据报告数值计算"))
    // Below-mean districts have negative gaps, drawn left of zero with a minus sign.
    #expect(svg.contains(">-"))
  }

  @Test func aComputedGrowthIsNamedOnce() throws {
    let out = dir.appendingPathComponent("g.text.svg")
    let r = try CLIRunner.run([
      "trend", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均经费", "--view", "growth", "--districts", "渝中区,城口县",
      "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    let title = try #require(
      svg.range(of: "<title>").flatMap { a in
        svg.range(of: "</title>").map { String(svg[a.upperBound..<$0.lowerBound]) }
      })
    #expect(title.hasSuffix("生均一般公共预算教育经费增长率"), "\(title)")
    #expect(!svg.contains("增长率增长率") && !svg.contains("增长率同比增长"))
  }

  @Test func theTopRanksAreRankOneFirstInWholeNumbers() throws {
    let out = dir.appendingPathComponent("rank.text.svg")
    let r = try CLIRunner.run([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均经费", "--year", "2023", "--view", "rank", "--top",
      "3",
      "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    // 涪陵区 has the highest value in 2023, 铜梁区 the lowest: --top keeps the best ranks.
    #expect(svg.contains(">涪陵区<") && !svg.contains(">铜梁区<"))
    #expect(svg.contains(">1</text>") && svg.contains(">3</text>") && !svg.contains(".0</text>"))
    #expect(svg.contains("仅显示2023年数值最高的3个区县"))
    // Rank 1 is drawn first (top).
    let first = try #require(svg.range(of: ">涪陵区<")), third = try #require(svg.range(of: ">城口县<"))
    #expect(first.lowerBound < third.lowerBound)
  }

  @Test func districtsLeftOutOfTheLatestYearAreNamed() throws {
    let csv = try CLIRunner.write(
      """
      district,year,indicator,value,unit
      丰都县,2022,一般公共预算教育支出,14.13,亿元
      大足区,2021,一般公共预算教育支出,169333,万元
      """, to: "latest.csv", in: dir)
    let out = dir.appendingPathComponent("latest.text.svg")
    let r = try CLIRunner.run(["bar", "--data", csv.path, "--indicator", "一般公共预算教育支出", "--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    #expect(svg.contains("2022年") && svg.contains(">丰都县<") && !svg.contains(">大足区<"))
    #expect(svg.contains("未列出无2022年数据的区县：大足区（最新为2021年）"))
    #expect(r.stderr.contains("not shown, having no figure for 2022: 大足区 (latest 2021)"))
  }

  @Test func trendShowsGapsForMissingYears() throws {
    let out = dir.appendingPathComponent("t.text.svg")
    let r = try CLIRunner.run([
      "trend", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均经费", "--districts", "巫溪县,城口县,渝中区",
      "--years", "2015-2024", "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    #expect(svg.contains("巫溪县"))
    #expect(svg.contains("2015"))
    #expect(svg.contains("2024"))
  }
}
