import Foundation
import Testing

@testable import Metrics

@Suite struct TidyCSVReaderTests {
  @Test func readsBOMCRLFQuotesMasksAndUnits() throws {
    let t = try TidyCSVReader().read(fixture("tidy_basic.csv"))
    #expect(t.count == 7)
    #expect(t[0].district == "丰都县")  // the BOM is not part of the first header or value
    #expect(t[0].year == 2022)  // "2022年"
    #expect(t[0].value == 1_413_000_000)
    #expect(t[0].unit == .yuan)
    #expect(t[0].provenance.sourceText == "全年一般公共预算教育支出14.13亿元，增长4.49%")
    #expect(t[0].provenance.line == 2)
    #expect(t[0].provenance.sourceFile == "tidy_basic.csv")
    #expect(t[1].value == 17500)
    #expect(t[1].level == .primary)
    #expect(t[2].district == "渝中区")
    #expect(t[2].value == 24774)
    #expect(t[2].provenance.sourceText == "他说\"好\"")
    #expect(t[3].value == 1_693_330_000)
    for i in 4...5 {
      #expect(t[i].value == nil)
      #expect(t[i].isMasked)
    }
    #expect(t[6].value == nil)
    #expect(!t[6].isMasked)  // empty is missing, not masked, and never 0
  }

  @Test func readsFlagsMeasuresAndExtraColumns() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,measure,approx,masked,source_file,region
      A,2021,生均一般公共预算教育经费,3.29,%,growth_pct,是,0,r.txt,渝西
      A,2021,X,5,,value,false,true,(derived),
      """)
    #expect(t[0].measure == .growthPercent)
    #expect(t[0].isApproximate)
    #expect(t[0].unit == .percent)
    #expect(t.attribute("region", row: 0) == "渝西")
    #expect(t.attribute("region", row: 1) == nil)
    #expect(t[1].value == nil && t[1].isMasked)
    #expect(t[1].isDerived)
  }

  @Test func errorsNameFileLineAndColumn() {
    let missing = errorText { _ = try tidy("district,year,value\nA,2021,1\n", name: "d.csv") }
    #expect(missing.hasPrefix("d.csv:1: column 'indicator': missing column"))
    let notNumber = errorText {
      _ = try tidy("district,year,indicator,value\nA,2021,X,1\nA,2022,X,12.3x\n", name: "d.csv")
    }
    #expect(notNumber.hasPrefix("d.csv:3: column 'value': \"12.3x\" is not a number"))
    let badYear = errorText { _ = try tidy("district,year,indicator,value\nA,21,X,1\n", name: "d.csv") }
    #expect(badYear.hasPrefix("d.csv:2: column 'year': \"21\" is not a year"))
    let level = errorText { _ = try tidy("district,year,indicator,value,level\nA,2021,X,1,大学预科\n", name: "d.csv") }
    #expect(level.hasPrefix("d.csv:2: column 'level': unknown school level"))
    let fields = errorText { _ = try tidy("district,year,indicator,value\nA,2021,X\n", name: "d.csv") }
    #expect(fields.hasPrefix("d.csv:2: expected 4 fields"))
    let quote = errorText { _ = try tidy("district,year,indicator,value\n\"A,2021,X,1\n", name: "d.csv") }
    #expect(quote.hasPrefix("d.csv:2: a quoted field is not closed"))
    let after = errorText { _ = try tidy("district,year,indicator,value\n\"A\"B,2021,X,1\n", name: "d.csv") }
    #expect(after.hasPrefix("d.csv:2: text follows a closing quote"))
  }

  @Test func lineNumbersCountQuotedLineBreaks() {
    let e = errorText {
      _ = try tidy("district,year,indicator,value,source_text\nA,2021,X,1,\"two\nlines\"\nA,x,X,1,\n", name: "d.csv")
    }
    #expect(e.hasPrefix("d.csv:4: column 'year'"))
  }

  @Test(arguments: [
    ("1,5", false), ("24,774", true), ("1,234,567.5", true), ("12,34", false), ("1234,567", false), ("-24,774", true),
    (",774", false), ("1,23,456", false),
  ])
  func thousandsSeparatorsMustGroupThreeDigits(text: String, ok: Bool) throws {
    let csv = "district,year,indicator,value\nA,2021,X,\"\(text)\"\n"
    if ok {
      #expect(try tidy(csv)[0].value == Double(text.replacingOccurrences(of: ",", with: "")))
    } else {
      #expect(throws: InputError.self) { try tidy(csv) }
    }
  }

  @Test func missingMarkersAreGapsNotZero() throws {
    let t = try tidy("district,year,indicator,value\nA,2021,X,NA\nA,2022,X,—\nA,2023,X, 7 \n")
    #expect(t[0].value == nil && t[1].value == nil)
    #expect(t[2].value == 7)
  }

  @Test func chineseHeadersAndCROnlyLineEnds() throws {
    let t = try tidy("区县,年份,指标,数值,单位\rA,2021,X,1.5,万人\r")
    #expect(t.count == 1)
    #expect(t[0].value == 15000)
    #expect(t[0].unit == .people)
  }
}
