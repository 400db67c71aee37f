import Testing

@testable import Metrics

struct DistrictDetectorTests {
  func detect(_ s: String) -> String? {
    let t = ScalarText(s)
    return DistrictDetector.detect(t, sentences: SentenceSplitter.split(t))
  }

  @Test func theLetterheadNamesTheDistrict() {
    #expect(detect(" 丰都县人民政府\n关于2022年以来县政府履行教育职责情况的自评报告") == "丰都县")
  }

  @Test func theMunicipalityPrefixIsDropped() {
    #expect(detect("重庆市沙坪坝区人民政府办公室\n关于报送的函") == "沙坪坝区")
  }

  @Test func theSignatureNamesTheDistrictWhenTheTitleDoesNot() {
    #expect(detect("自查自评报告\n\n市政府教育督导委员会：\n正文。\n\n重庆市大足区人民政府\n2022年11月15日") == "大足区")
  }

  @Test func maskedNamesAreKeptAsWritten() {
    #expect(detect("根据《**省人民政府教育督导委员会关于印发的通知》精神，现将**市人民政府2022年度履行教育职责自查自评情况报告如下。") == "**市")
  }

  @Test func documentTitlesNameOtherBodies() {
    // 《*市人民政府…》 is the supervising city; the body calls the county *县.
    let text = "县人民政府办公室关于2024年县级人民政府履行教育职责自查自评情况的报告\n根据《*市人民政府教育督导委员会办公室关于印发的通知》要求,我县开展了自查。\n*县作为*省样本县之一。制定《*县学前教育方案》。*县首届心理健康辅导团。"
    #expect(detect(text) == "*县")
  }

  @Test func noNameIsNil() {
    #expect(detect("关于履行教育职责情况的报告\n教育支出14亿元。") == nil)
  }
}
