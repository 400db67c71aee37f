import Foundation
import Testing

@testable import Metrics

/// The reader's stages, each alone: quantities listed together, the report's own
/// words for a figure, and headings that open level-keyed items.
struct SentenceStagesTests {
  let lexicon = ReportLexicon(catalog: .standard)

  func tokens(_ s: String) -> (ScalarText, [ReportToken]) {
    let text = ScalarText(s)
    let sentence = SentenceSplitter.split(text)[0]
    return (text, SentenceTokenizer(lexicon: lexicon).tokens(text, sentence))
  }

  func firstNumber(_ tokens: [ReportToken]) -> Int {
    tokens.firstIndex { if case .number = $0.kind { return true } else { return false } }!
  }

  @Test func aListOfFiguresWithAnd() {
    let (text, t) = tokens("一般公共预算教育支出分别为3.2亿元、3.5亿元和3.9亿元")
    let list = QuantityList.collect(t, text, at: firstNumber(t), change: nil, sentenceStart: 0)
    #expect(list.figures.map(\.value) == [3.2e8, 3.5e8, 3.9e8])
    #expect(list.firstAnd == 2)
    #expect(list.next == t.count)
  }

  @Test func eachFigureOfAListOfChangesCarriesItsDirection() {
    let (text, t) = tokens("分别增长2.1%和下降1.4%")
    let list = QuantityList.collect(t, text, at: firstNumber(t), change: 1, sentenceStart: 0)
    #expect(list.signs == [1, -1])
  }

  @Test func aFigureNotListedStandsAlone() {
    let (text, t) = tokens("投入3.2亿元，增长5%")
    let list = QuantityList.collect(t, text, at: firstNumber(t), change: nil, sentenceStart: 0)
    #expect(list.figures.count == 1)
  }

  @Test(arguments: [
    ("全县教育费附加收入为3.2亿元", "教育费附加收入"),
    ("其中，民办学校举办者投入达0.5亿元", "民办学校举办者投入"),
    ("（2）幼儿园数达到45所", "幼儿园数"),
    ("2022年增长5%", ""),
  ])
  func theNearestPhraseNamesTheFigure(sentence: String, phrase: String) {
    let (text, t) = tokens(sentence)
    #expect(SubjectPhrase.nearest(text, t, before: firstNumber(t), sentenceStart: 0) == phrase)
  }

  @Test func aHeadingNamesALevelledIndicatorAndEndsWithAColonOrAsASituation() throws {
    for s in ["2022年全县幼儿园、小学生均一般公共预算教育经费增长情况是：", "（一）各级教育生均一般公共预算公用经费增长情况"] {
      let text = ScalarText(s)
      let sentence = SentenceSplitter.split(text)[0]
      let h = try #require(
        Heading.opened(
          by: SentenceTokenizer(lexicon: lexicon).tokens(text, sentence), text, sentence: sentence, year: nil))
      #expect(h.subject.indicator?.levelApplies == true)
    }
    let text = ScalarText("全县一般公共预算教育支出情况如下：")
    let sentence = SentenceSplitter.split(text)[0]
    #expect(
      Heading.opened(
        by: SentenceTokenizer(lexicon: lexicon).tokens(text, sentence), text, sentence: sentence, year: nil) == nil)
  }

  @Test func aSpanOfYears() {
    #expect(Heading.span("2002—2004年", last: 2002) == [2002, 2003, 2004])
    #expect(Heading.span("2021-2025年", last: 2021) == [2021, 2022, 2023, 2024, 2025])
    #expect(Heading.span("2025-2021年", last: 2025) == [])
  }
}
