import Testing

@testable import Metrics

/// Numbers as reports write them: scales, units, hedges, masks, ranges, Chinese numerals.
struct NumberScannerTests {
  func scan(_ s: String) -> NumberToken? {
    let f = s.foldedScalars
    return NumberScanner.scan(f, at: 0, end: f.count)
  }

  @Test(arguments: [
    ("14.13亿元", 1_413_000_000.0, Unit.yuan),
    ("1.75万元", 17_500, .yuan),
    ("169333万元", 1_693_330_000, .yuan),
    ("18.06万平方米", 180_600, .squareMetres),
    ("4.49%", 4.49, .percent),
    ("４.４９％", 4.49, .percent),
    ("1.19个百分点", 1.19, .percentagePoints),
    ("38.1㎡", 38.1, .squareMetres),
    ("1500元/生·年", 1500, .yuanPerStudentYear),
    ("940元/年/人", 940, .yuanPerStudentYear),
    ("25,000台", 25_000, Unit(symbol: "台", dimension: .count)),
    ("5726.617万元", 57_266_170, .yuan),
    ("300亩", 300, .mu),
  ])
  func valuesAreInTheBaseUnit(text: String, value: Double, unit: Unit) throws {
    let n = try #require(scan(text))
    #expect(n.unit == unit)
    #expect(abs(n.value! - value) < 1e-6 * max(1, value))
    #expect(!n.approximate && !n.masked)
    #expect(n.range == 0..<text.unicodeScalars.count)
  }

  @Test func scaledValuesAreExact() {
    // 14.13亿 must be exactly 1 413 000 000, not 1413000000.0000002.
    #expect(scan("14.13亿元")?.value == 1_413_000_000)
    #expect(scan("4.49%")?.value == 4.49)
  }

  @Test(arguments: ["200余件", "1000余万元", "1001万余元", "90%以上", "500元左右", "**多万人"])
  func hedgesAfterTheNumberMakeItApproximate(text: String) throws {
    #expect(try #require(scan(text)).approximate)
  }

  @Test func hedgesBeforeTheNumberMakeItApproximate() throws {
    let f = "近2000万元超过85%约30人".foldedScalars
    #expect(try #require(NumberScanner.scan(f, at: 1, end: f.count)).approximate)
    #expect(try #require(NumberScanner.scan(f, at: 9, end: f.count)).approximate)
    #expect(try #require(NumberScanner.scan(f, at: 13, end: f.count)).approximate)
    #expect(scan("1000余万元")?.value == 10_000_000)
  }

  @Test(arguments: ["***.**亿元", "**.*万元", "****人", "*％", "xx%", "***万"])
  func masksAreMissingNotZero(text: String) throws {
    let n = try #require(scan(text))
    #expect(n.masked)
    #expect(n.value == nil)
  }

  @Test(arguments: ["*县", "**市", "*〔2022〕", "x光"])
  func masksWithoutUnitsAreNames(text: String) {
    #expect(scan(text) == nil)
  }

  @Test func rangesAreNotOneValue() throws {
    #expect(try #require(scan("500—1000人")).isRange)
    #expect(try #require(scan("3-5所")).isRange)
  }

  @Test(arguments: ["28次", "260场次", "153人次", "41节次", "221校次"])
  func proceduralUnitsAreMarked(text: String) throws {
    #expect(try #require(scan(text)).procedural)
  }

  @Test func chineseNumeralsCarryValuesOnlyWithAUnit() throws {
    #expect(scan("两所")?.value == 2)
    #expect(scan("十二名")?.value == 12)
    #expect(scan("一是") == nil)
    #expect(scan("三线") == nil)
  }

  @Test(arguments: [("十二", 12), ("两", 2), ("一百零五", 105), ("二十", 20), ("三千二百", 3200)])
  func chineseNumerals(text: String, value: Int) {
    #expect(ChineseNumber.parse(text.foldedScalars[...]) == value)
  }

  @Test func malformedChineseNumeralsAreRejected() {
    #expect(ChineseNumber.parse("十四五".foldedScalars[...]) == nil)  // the 14th five-year plan, not a number
  }

  @Test func colonRatiosAreOneNumber() throws {
    let n = try #require(scan("17.5:1。"))
    #expect(n.value == 17.5 && n.unit == nil && n.range == 0..<6)
    #expect(scan("1：5比例")?.value == 0.2)
  }

  @Test func aScaleWithoutUnitWaitsForTheIndicator() throws {
    let n = try #require(scan("****万，保障"))
    #expect(n.unit == nil)
    #expect(n.pendingScale == 1e4)
  }

  @Test func perPupilWordsBeforeTheNumberMakeItPerPupilAndYear() throws {
    let f = "标准为每生每年650元。".foldedScalars
    let n = try #require(NumberScanner.scan(f, at: 7, end: f.count))
    #expect(n.value == 650 && n.unit == .yuanPerStudentYear && n.perStudent)
    #expect(n.range == 3..<11)  // the words are part of the figure
    // A scaled amount is a total, whatever precedes it.
    let total = "每生每年2万元".foldedScalars
    #expect(NumberScanner.scan(total, at: 4, end: total.count)?.unit == .yuan)
  }

  // Number forms of real reports (issue 14).

  @Test(arguments: [("-12.9%", -12.9), ("－12.9％", -12.9), ("−12.9%", -12.9), ("+12.05%", 12.05), ("-9.41 %", -9.41)])
  func signsBelongToTheNumber(text: String, value: Double) throws {
    let f = text.foldedScalars
    let n = try #require(NumberScanner.scan(f, at: 1, end: f.count))
    #expect(n.value == value && n.unit == .percent)
    #expect(n.range == 0..<text.unicodeScalars.count)
  }

  @Test func aDashBetweenNumbersIsARangeNotASign() throws {
    let f = "3-5所".foldedScalars
    #expect(try #require(NumberScanner.scan(f, at: 0, end: f.count)).isRange)
  }

  @Test(arguments: [
    ("9.41 %", 9.41, Unit.percent), ("75128.36 万元", 751_283_600, .yuan), ("2,927.07元", 2927.07, .yuan),
    ("１２,３４５.６元", 12_345.6, .yuan), ("75128.36　万元", 751_283_600, .yuan),
  ])
  func spacesAndSeparatorsInsideAFigure(text: String, value: Double, unit: Unit) throws {
    let n = try #require(scan(text))
    #expect(n.unit == unit)
    #expect(abs(n.value! - value) < 1e-6 * value)
    #expect(n.range == 0..<text.unicodeScalars.count)
  }

  @Test func aSpaceWithoutAUnitAfterItIsNotPartOfTheNumber() throws {
    let n = try #require(scan("12 所"))
    #expect(n.unit == .schools)
    #expect(scan("12 和") == nil || scan("12 和")?.unit == nil)
    #expect(scan("12 和")?.range.upperBound ?? 2 <= 2)
  }

  @Test(arguments: ["约2000万元", "近2000万元", "逾2000万元", "2000万元以上", "2000余万元"])
  func approximateFigures(text: String) throws {
    let f = text.foldedScalars
    let start = f.firstIndex(where: isDigit)!
    #expect(try #require(NumberScanner.scan(f, at: start, end: f.count)).approximate)
  }

  @Test(arguments: ["***元", "**.*%", "xx万元", "XX%", "＊＊＊万元"])
  func maskedFiguresStayMasked(text: String) throws {
    let n = try #require(scan(text))
    #expect(n.masked && n.value == nil)
  }
}
