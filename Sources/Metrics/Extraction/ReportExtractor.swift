import Foundation

/// Turns a report into observations.
///
///     let e = ReportExtractor().extract(ReportText(text: "丰都县人民政府\n2022年一般公共预算教育支出14.13亿元、增长4.49%。", sourceFile: "a.txt"))
///     e.observations.map { ($0.indicator, $0.measure, $0.value) }
///     // [("一般公共预算教育支出", .value, 1.413e9), ("一般公共预算教育支出", .growthPercent, 4.49)]
///
/// The report is split into sentences, each sentence into tokens (catalog
/// phrases, levels, keywords, years, numbers) in one pass, and the tokens are
/// read by ``SentenceReader``, which knows the grammar of such reports: an
/// indicator, an optional level, 为/达/达到, a number and its unit; growth and
/// comparison clauses; lists with 、 sharing a figure (均达) or pairing with
/// figures (分别为); 其中 parts. The data year comes from the sentence, else the
/// paragraph, else the year the report covers.
public struct ReportExtractor: Sendable {
  public let catalog: IndicatorCatalog
  /// Whether a figure no catalog indicator claims becomes an observation under the
  /// report's own words, marked uncatalogued (`compare extract`), or is left out
  /// with its reason (`--catalog-only`, and the library's default).
  public let keepsUncatalogued: Bool
  let tokenizer: SentenceTokenizer

  /// The data year of a report that names none anywhere (an undated notice or news item),
  /// as the user gives it (`extract --year`); nil leaves such figures out ("no year").
  public var yearIfUnstated: Int?

  public init(catalog: IndicatorCatalog = .standard, keepsUncatalogued: Bool = false, yearIfUnstated: Int? = nil) {
    self.catalog = catalog
    self.keepsUncatalogued = keepsUncatalogued
    self.yearIfUnstated = yearIfUnstated
    self.tokenizer = SentenceTokenizer(lexicon: ReportLexicon(catalog: catalog))
  }

  public func extract(_ report: ReportText) -> Extraction {
    let text = ScalarText(report.text)
    let sentences = SentenceSplitter.split(text)
    var result = Extraction()
    let found = DistrictDetector.find(text, sentences: sentences)
    result.district = found?.name
    result.division = found?.division
    result.reportYear = YearContext.reportYear(text, sentences: sentences)
    // Observations need a district to be compared (and a tidy table rejects an
    // empty one), so a report that names none is labelled by its file, visibly.
    let unnamed = "未识别区县（\((report.sourceFile as NSString).lastPathComponent)）"
    if result.district == nil {
      result.warnings.append(
        "no reporting district found in the title or signature; its observations are labelled \(unnamed)")
    }
    if result.reportYear == nil, let given = yearIfUnstated {
      result.reportYear = given
      result.warnings.append(
        "\(report.sourceFile): no report year found in the title; figures without a year of their own are taken as \(given)'s (--year)"
      )
    } else if result.reportYear == nil {
      result.warnings.append("\(report.sourceFile): no report year found in the title")
    }
    var paragraphYear: Int? = nil
    var paragraph = -1
    var heading: Heading? = nil
    var paragraphYears: [Int] = []  // 2002—2004年…。…三年分别为: the years of a list in a sentence before
    var figureBefore: Observation? = nil  // the paragraph's last figure so far
    var valueBefore: Observation? = nil  // the first value of the sentence before, in the paragraph
    for sentence in sentences {
      if sentence.paragraph != paragraph || sentence.startsItem {
        paragraphYear = nil
        paragraphYears = []
        figureBefore = nil
        valueBefore = nil
        paragraph = sentence.paragraph
      }
      let tokens = tokenizer.tokens(text, sentence)
      var reader = SentenceReader(
        text: text, sentence: sentence, tokens: tokens, catalog: catalog,
        fallbackYear: paragraphYear ?? result.reportYear, reportYear: result.reportYear,
        district: Self.leadingPlace(text, sentence) ?? result.district ?? unnamed, sourceFile: report.sourceFile,
        heading: heading, keepUncatalogued: keepsUncatalogued, paragraphYears: paragraphYears)
      reader.figureBefore = figureBefore
      reader.valueBefore = valueBefore
      reader.documentDivision = result.division
      reader.read()
      heading = reader.heading
      figureBefore = reader.observations.last ?? figureBefore
      if !reader.observations.isEmpty { valueBefore = reader.observations.first { $0.measure == .value } }
      paragraphYears = reader.yearList.count > 1 ? reader.yearList : []
      result.observations.append(contentsOf: reader.observations)
      result.warnings.append(contentsOf: reader.warnings)
      result.leftOut.append(contentsOf: reader.leftOut)
      result.figuresSeen += reader.figuresSeen
      if let y = reader.lastDataYear { paragraphYear = y }
    }
    result.observations = RestatedFacts.merge(result.observations)
    return result
  }
}
