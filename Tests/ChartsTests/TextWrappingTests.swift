import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct TextWrappingTests {
  let m = FixedWidthMeasurer()
  let font = FontSpec(family: "Noto Sans CJK SC", size: 10)

  @Test func keepsNumbersWholeAndPunctuationAttached() throws {
    let lines = try TextWrapping.wrap("注：2021年起统计口径调整，不可比。", font: font, width: 60, measurer: m)
    #expect(lines.joined() == "注：2021年起统计口径调整，不可比。")
    #expect(lines.allSatisfy { try! m.measure($0, font: font).width <= 60 })
    #expect(!lines.contains { $0.hasPrefix("，") || $0.hasPrefix("。") || $0.hasPrefix("：") })
    #expect(lines.contains { $0.contains("2021") })
  }

  @Test func shortTextIsOneLine() throws {
    #expect(try TextWrapping.wrap("渝中区", font: font, width: 100, measurer: m) == ["渝中区"])
    #expect(try TextWrapping.wrap("", font: font, width: 100, measurer: m).isEmpty)
  }

  @Test func truncationAddsEllipsis() throws {
    let t = try TextWrapping.truncate("酉阳土家族苗族自治县", font: font, width: 45, measurer: m)
    #expect(t == "酉阳土…")
  }

  @Test(arguments: [
    ("酉阳土家族苗族自治县", "酉阳县"), ("秀山土家族苗族自治县", "秀山县"), ("彭水苗族土家族自治县", "彭水县"),
    ("石柱土家族自治县", "石柱县"),
  ])
  func autonomousCountiesShorten(name: String, short: String) {
    #expect(CategoryName.shortened(name) == short)
  }

  @Test func ordinaryNamesDoNotShorten() {
    #expect(CategoryName.shortened("渝中区") == nil)
    #expect(CategoryName.shortened("城口县") == nil)
  }

  @Test func categoryLabelsBreakInTheMiddle() throws {
    let l = Labeler(theme: .standard, measurer: m)
    let fitted = try #require(try CategoryLabel.fit("秀山土家族苗族自治县", font: font, width: 80, maxLines: 2, labeler: l))
    #expect(fitted.lines == ["秀山土家族", "苗族自治县"])
    let short = try #require(try CategoryLabel.fit("秀山土家族苗族自治县", font: font, width: 35, maxLines: 2, labeler: l))
    #expect(short.lines == ["秀山县"] && short.shortened == "秀山县")
  }
}

@Suite struct PlaceNameBreakTests {
  @Test func administrativeSuffixGoesToTheSecondLine() throws {
    let l = Labeler(theme: .standard, measurer: FixedWidthMeasurer())
    let font = FontSpec(family: "Noto Sans CJK SC", size: 10)
    let fitted = try #require(try CategoryLabel.fit("沙坪坝区", font: font, width: 32, maxLines: 2, labeler: l))
    #expect(fitted.lines == ["沙坪坝", "区"])
  }
}
