import Testing

@testable import Metrics

struct SentenceSplitterTests {
  func sentences(_ s: String) -> [String] {
    let t = ScalarText(s)
    return SentenceSplitter.split(t).map { t.string($0.range) }
  }

  @Test func splitsAtFullStopsSemicolonsAndLines() {
    #expect(sentences("教育支出14亿元。生均支出1.75万元；增长4%\n下一段") == ["教育支出14亿元。", "生均支出1.75万元；", "增长4%", "下一段"])
  }

  @Test func decimalsAndMasksAreNotFullStops() {
    #expect(sentences("支出进度16.19%,总额***.**亿元.") == ["支出进度16.19%,总额***.**亿元."])
  }

  @Test func aRankFollowedByAnItemNumberIsSplitBeforeTheItem() {
    // "全省排名41.2.教育投入…": rank 41, then item 2 — never 41.2.
    #expect(sentences("全省排名41.2.教育投入落实情况") == ["全省排名41.", "2.教育投入落实情况"])
  }

  @Test func linesAndItemsAreRecorded() {
    let t = ScalarText("标题\n\n（二）全面落实。2022年支出\n3．加强")
    let s = SentenceSplitter.split(t)
    #expect(s.map(\.line) == [1, 3, 3, 4])
    #expect(s.map(\.startsItem) == [false, true, false, true])
  }
}
