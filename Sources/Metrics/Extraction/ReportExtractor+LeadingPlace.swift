/// A sentence that opens with a place's name and a year is about that place, not the
/// report's own district:
///
///     (a Hong Kong commentary over mainland cities) …北京市2015年教育支出为614亿元…。
///     上海市2015年教育支出为600亿元人民币,占财政支出15.5%,… → 上海市
///
/// Only a name the gazetteer knows, right at the sentence's start and right before
/// a four-digit year: a place named anywhere else in a sentence is more often the
/// subject of a comparison than the owner of its figures.
extension ReportExtractor {
  static func leadingPlace(_ text: ScalarText, _ sentence: Sentence) -> String? {
    let s = text.folded
    let end = sentence.range.upperBound
    var i = sentence.range.lowerBound
    while i < end, SentenceSplitter.isSpace(s[i]) { i += 1 }
    let start = i
    while i < end, i - start < 12, isHan(s[i]) { i += 1 }
    guard i - start >= 2, i + 4 < end, (i..<(i + 4)).allSatisfy({ (0x30...0x39).contains(s[$0]) }), s[i + 4] == 0x5E74
    else { return nil }
    let name = text.simplified(start..<i)
    return Gazetteer.divisions(named: name).isEmpty ? nil : name
  }
}
