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

  /// One line of 1.2 MB with commas and no 。 took 140 s and 20 GB to read (12 MB aborted):
  /// a sentence ends at a clause mark past 1,000 scalars, and anywhere at 2,000.
  @Test func aRunOnLineIsCutIntoBoundedSentences() {
    let clause = "2022年教育支出14.13亿元，"  // 18 scalars
    let commas = sentences(String(repeating: clause, count: 2_000))
    #expect(commas.count > 30)
    #expect(commas.allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maxLength })
    #expect(commas.dropLast().allSatisfy { $0.hasSuffix("，") })  // cut at a comma, not inside a figure
    #expect(commas.joined() == String(repeating: clause, count: 2_000))
    let bare = sentences(String(repeating: "12 ", count: 10_000))
    #expect(bare.allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maxLength })
    // An ordinary long sentence is one sentence.
    #expect(sentences(String(repeating: clause, count: 40) + "。").count == 1)
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
