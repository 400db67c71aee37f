import Testing

@testable import Metrics

/// Reports in traditional characters read as their simplified twins, quoted as written.
struct TraditionalChineseTests {
  @Test func traditionalCharactersFoldToSimplifiedOneForOne() {
    let t = ScalarText("全縣教育經費增長４.４９％")
    #expect(t.folded == "全县教育经费增长4.49%".foldedScalars)
    #expect(t.count == "全縣教育經費增長４.４９％".unicodeScalars.count)
    #expect(t.string(2..<6) == "教育經費")  // the original, for provenance
    #expect(t.simplified(0..<2) == "全县")
  }

  @Test func simplifiedAndOtherCharactersAreUnchanged() {
    for c in ["经", "县", "么", "A", "%", "1", "*", "㎡"] {
      let v = c.unicodeScalars.first!.value
      #expect(TraditionalChinese.simplified(v) == v || c == "A")
    }
    #expect(TraditionalChinese.simplified("為".unicodeScalars.first!.value) == "为".unicodeScalars.first!.value)
  }

  @Test func aTraditionalReportGivesTheSameObservationsAsItsSimplifiedTwin() throws {
    let traditional = """
      青松縣教育局
      關於2021年全縣教育經費執行情況統計公告
      2021年全縣一般公共預算教育經費為75128.36萬元，比上年下降33.69%。小學生均一般公共預算教育經費為10359.52元，比上年增長2.15%。
      """
    let simplified = """
      青松县教育局
      关于2021年全县教育经费执行情况统计公告
      2021年全县一般公共预算教育经费为75128.36万元，比上年下降33.69%。小学生均一般公共预算教育经费为10359.52元，比上年增长2.15%。
      """
    let t = ReportExtractor().extract(ReportText(text: traditional, sourceFile: "t.txt"))
    let s = ReportExtractor().extract(ReportText(text: simplified, sourceFile: "s.txt"))
    func key(_ o: Observation) -> String {
      "\(o.district) \(o.year) \(o.indicator) \(o.level?.rawValue ?? "") \(o.measure.rawValue) \(o.value ?? .nan)"
    }
    #expect(s.observations.count >= 4)
    #expect(t.observations.map(key) == s.observations.map(key))
    #expect(t.district == "青松县")
    let first = try #require(t.observations.first)
    #expect(first.provenance.sourceText.contains("一般公共預算教育經費為75128.36萬元"))
  }
}

/// Pinyin some mirror sites print after characters (統(tǒng)計(jì)) is not part of the words.
struct PinyinAnnotationTests {
  @Test func annotationsAreLeftOutOfTheFoldedTextAndKeptInTheQuote() {
    let t = ScalarText("全縣教育經(jīng)費(fèi)為5萬元(a)")
    #expect(t.folded == "全县教育经费为5万元(a)".foldedScalars)
    #expect(t.string(0..<t.count) == "全縣教育經(jīng)費(fèi)為5萬元(a)")
    #expect(t.string(4..<6) == "經(jīng)費(fèi)")
  }

  @Test func parenthesesWithoutToneMarksStay() {
    #expect(ScalarText("小学(xiao)").count == 8)
    #expect(ScalarText("經（jīng）費").count == 2)
  }

  @Test func aMirroredTraditionalBulletinIsRead() {
    let text =
      "青松縣教體局 青松縣統(tǒng)計(jì)局 關(guān)于2021年全縣教育經(jīng)費(fèi)執(zhí)行情況統(tǒng)計(jì)公告\n2021年全縣一般公共預(yù)算教育經(jīng)費(fèi)為75128.36萬元,比上年下降3.69%。"
    let e = ReportExtractor().extract(ReportText(text: text, sourceFile: "t.txt"))
    #expect(e.district == "青松县")
    #expect(e.observations.contains { $0.year == 2021 && $0.value == 751_283_600 })
    #expect(e.observations.contains { $0.measure == .growthPercent && $0.value == -3.69 })
  }
}
