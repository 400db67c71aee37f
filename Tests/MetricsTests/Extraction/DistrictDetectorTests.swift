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

  @Test func aShortNameBeforeTheDocumentsOwnScopeNamesIt() {
    // 莆田全市 once: the stem before 全市 counts as twice (news written here in batch A's phrasing).
    #expect(detect("我市中小学公用经费增加\n晚报讯 2011年莆田全市中小学公用经费总额为20900.94万元,全市标准提高。") == "莆田市")
  }

  @Test func anAutonomousPrefectureIsNamedAsWritten() {
    // 黔西南州财政局 and 全州: the gazetteer's 黔西南布依族苗族自治州, written 黔西南州.
    #expect(detect("在线讯 近日,黔西南州财政局下拨补助资金17304万元,对全州学生进行补助。") == "黔西南州")
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
    let text =
      "县人民政府办公室关于2024年县级人民政府履行教育职责自查自评情况的报告\n根据《*市人民政府教育督导委员会办公室关于印发的通知》要求,我县开展了自查。\n*县作为*省样本县之一。制定《*县学前教育方案》。*县首届心理健康辅导团。"
    #expect(detect(text) == "*县")
  }

  @Test func noNameIsNil() {
    #expect(detect("关于履行教育职责情况的报告\n教育支出14亿元。") == nil)
  }

  // The whole document and the gazetteer (issue 14).

  func find(_ s: String) -> DistrictDetector.Found? {
    let t = ScalarText(s)
    return DistrictDetector.find(t, sentences: SentenceSplitter.split(t))
  }

  @Test func theGazetteerPlacesTheDistrict() throws {
    let f = try #require(find("重庆市沙坪坝区人民政府办公室\n关于报送的函"))
    #expect(f.name == "沙坪坝区")
    #expect(f.division?.fullName == "重庆市沙坪坝区")
    #expect(f.division?.prefecture == nil)
    #expect(find("栾川县2021年教育经费执行情况统计公告\n全县教育经费总投入为5亿元。")?.division?.fullName == "河南省洛阳市栾川县")
  }

  @Test func theTitleNamesTheDistrictWithoutAnOrgan() {
    #expect(detect("栾川县2021年教育经费执行情况统计公告\n根据统计，全县教育经费总投入为5亿元，比上年增长3%。") == "栾川县")
  }

  @Test func aCitysOwnBulletinIsTheCitys() throws {
    let text = "洛阳市2021年教育经费执行情况统计公告\n全市教育经费总投入为95亿元。栾川县、嵩县、汝阳县生均经费分别为1万元、1.1万元、0.9万元。栾川县增长最快。"
    let f = try #require(find(text))
    #expect(f.name == "洛阳市")
    #expect(f.division?.fullName == "河南省洛阳市")
  }

  @Test func anOrgansSignatureNamesTheDistrictOfABulletin() {
    let text = "关于2021年全县教育经费执行情况统计公告\n全县教育经费总投入为5亿元。\n\n青田县教育局\n青田县统计局\n2022年6月1日"
    #expect(detect(text) == "青田县")
    #expect(detect("自评报告\n\n正文。\n\n某某\nXX区教育委员会\n2022年11月15日") == "XX区")
  }

  @Test func aPhraseInTheBodyDoesNotBeatTheTitle() {
    let text = "兰西县人民政府\n关于2022年度履行教育职责情况的自评报告\n一、基本情况\n今年认真组织开展了伊美区人民政府交流学习，伊美区经验值得借鉴，伊美区教育局来访。\n"
    #expect(detect(text) == "兰西县")
  }

  @Test func aNameFoundOnlyAfterAPhraseIsCutToTheGazetteersName() {
    #expect(detect("自评报告\n认真组织开展了伊美区人民政府履行教育职责自评工作。") == "伊美区")
  }

  @Test(arguments: [
    ("**县人民政府\n关于2022年履行教育职责的报告", "**县"), ("XX县教育局\n2021年教育经费执行情况统计公告", "XX县"),
    ("××区人民政府\n自评报告", "××区"),
  ])
  func maskedNamesAreNeverGuessed(text: String, name: String) throws {
    let f = try #require(find(text))
    #expect(f.name == name)
    #expect(f.division == nil)
  }

  @Test func sharedNamesArePlacedByTheProvinceOrCityTheTextNames() {
    #expect(find("鼓楼区人民政府\n关于2022年履行教育职责的报告\n福州市鼓楼区坚持教育优先。")?.division?.fullName == "福建省福州市鼓楼区")
    #expect(find("鼓楼区人民政府\n南京市鼓楼区坚持教育优先，全区……")?.division?.fullName == "江苏省南京市鼓楼区")
    #expect(find("鼓楼区人民政府\n坚持教育优先。")?.division == nil)  // four 鼓楼区: not guessed
    #expect(find("鼓楼区人民政府\n坚持教育优先。")?.name == "鼓楼区")
  }

  @Test func countyWordsAreNotNames() {
    // 南县 (湖南) and 凤县 inside words: 湖南县域, 凤县级 are not districts.
    #expect(detect("关于报告\n湖南县域教育均衡发展。推进城区学校建设。") == nil)
  }

  @Test func traditionalNamesAreReadAsSimplified() {
    #expect(detect("沙坪壩區人民政府\n關於2022年履行教育職責的報告") == "沙坪坝区")
  }
}

extension DistrictDetectorTests {
  @Test func provincesAndTheNationAreDistrictsOfTheirOwnBulletins() {
    #expect(find("广东省2022年教育经费执行情况统计公告\n全省教育经费总投入为5000亿元。深圳市增长最快。")?.name == "广东省")
    #expect(find("2020年全国教育经费执行情况统计快报\n全国教育经费总投入为53014亿元。")?.name == "全国")
    // A county's address is not the county.
    #expect(find("浙江省丽水市青田县人民政府\n关于2022年履行教育职责的报告")?.name == "青田县")
  }
}

extension DistrictDetectorTests {
  @Test func aDocumentThatWritesItsOwnNameShortIsFound() {
    // Only 全县 and the short name (学校名, 财政): the county whose stem it is.
    #expect(detect("党政领导干部述职报告\n我县改建黎川一中考场。全县投入3000万元。黎川二中新建校舍，全县教师1600人。") == "黎川县")
    #expect(detect("论文摘要\n云南财政对教育的投入较大。全省预算内教育经费增长10%。云南各地农村学校……全省") == "云南省")
    // A province's news names a city in passing, near the end of a short text: not a signature.
    #expect(detect("浙江日报记者 某某\n记者从省教育厅获悉全省教育经费执行情况。\n全省教育经费总投入为2000亿元。\n全省幼儿园为7977.88元，增长最快的是湖州市(11.2%)。") == "浙江省")
    // A single passing mention is not enough.
    #expect(detect("论文摘要\n和平年代，全区投入3000万元。") == nil)
  }

  @Test(arguments: [
    ("黎川县", "黎川"), ("四川省", "四川"), ("广西壮族自治区", "广西"), ("恩施土家族苗族自治州", "恩施"),
    ("黔西南布依族苗族自治州", "黔西南"), ("白沙黎族自治县", "白沙"), ("海西蒙古族藏族自治州", "海西"), ("忠县", "忠县"),
  ])
  func stemsOfNames(name: String, stem: String) {
    #expect(Gazetteer.stem(name) == stem)
  }
}

extension DistrictDetectorTests {
  @Test func aNationalBulletinQuotedInNewsIsTheNations() {
    let text =
      "31省份教育经费数据公布\n\n来源:某报\n\n某报北京12月2日电 三部门近日发布的“2020年全国教育经费执行情况统计公告”显示,2020年全国教育经费总投入为53033.87亿元,比上年增长7.15%。其中广东省增长最快。\n全国一般公共预算教育经费为36359.94亿元。"
    #expect(detect(text) == "全国")
    // A county report that mentions the nation is still the county's.
    #expect(detect("青田县人民政府\n关于履行教育职责的报告\n我县获评全国义务教育优质均衡县。全国、全省……全县") == "青田县")
  }

  @Test func aShortSentenceAtTheEndOfALongLineIsNotASignature() {
    let text =
      "浙江日报记者 某某\n记者从省教育厅获悉全省教育经费执行情况。\n全省教育经费总投入为2000亿元。\n全省投入增长。\n全省继续增长。\n全省幼儿园为7977.88元，比上年增长20.36%。增长最快的是湖州市(110.37%)。\n全省小学为1万元。"
    #expect(detect(text) == "浙江省")
  }
}

extension DistrictDetectorTests {
  @Test func aMaskedNameOutOfAPDFMayHaveASpaceBeforeItsSuffix() throws {
    let f = try #require(find("自评报告\n\nxx 县人民政府履行教育职责情况自评报告\n根据《2022 xx 市人民政府工作方案》要求，现报告如下。\nxx 县辖 xx 个行政村。"))
    #expect(f.name == "xx县")
    #expect(f.division == nil)
  }
}

extension DistrictDetectorTests {
  @Test func aPhraseBeforeTheCityGovernmentIsNotAName() {
    #expect(find("县教育发展专题调研报告 按照市政府的安排，**县组织调研组。\n**县辖30个乡镇。")?.name == "**县")
  }
}
