import Charts

/// The standard charts of shared/bench (synthetic values from chongqing_per_student.csv,
/// copied here so the tests do not depend on files outside the package).
package enum Samples {
  package static let source = "各区县履行教育职责自评报告（基准测试用模拟数据）"

  /// 2023 values of the 38 districts, in official order.
  package static let districts2023: [(String, Double)] = [
    ("万州区", 17163),
    ("涪陵区", 24774),
    ("渝中区", 21966),
    ("大渡口区", 17451),
    ("江北区", 17989),
    ("沙坪坝区", 22717),
    ("九龙坡区", 24551),
    ("南岸区", 24033),
    ("北碚区", 18308),
    ("綦江区", 19259),
    ("大足区", 19189),
    ("渝北区", 18463),
    ("巴南区", 21330),
    ("黔江区", 21416),
    ("长寿区", 21644),
    ("江津区", 21485),
    ("合川区", 23499),
    ("永川区", 21728),
    ("南川区", 17798),
    ("璧山区", 22104),
    ("铜梁区", 15448),
    ("潼南区", 20683),
    ("荣昌区", 22760),
    ("开州区", 21147),
    ("梁平区", 18525),
    ("武隆区", 19183),
    ("城口县", 24409),
    ("丰都县", 18413),
    ("垫江县", 18887),
    ("忠县", 18528),
    ("云阳县", 21881),
    ("奉节县", 20133),
    ("巫山县", 18989),
    ("巫溪县", 20456),
    ("石柱土家族自治县", 18014),
    ("秀山土家族苗族自治县", 18021),
    ("酉阳土家族苗族自治县", 19745),
    ("彭水苗族土家族自治县", 19826),
  ]

  /// 2015…2024 values of the 8 TREND districts; nil where the CSV has no row.
  package static let trend: [(String, [Double?])] = [
    ("渝中区", [14771, 15607, 16357, 16984, 18120, 19095, 19921, 20687, 21966, 22951]),
    ("涪陵区", [16464, 17332, 18125, 18841, 20011, 21077, 21908, 23312, 24774, 26094]),
    ("九龙坡区", [16675, 17482, 18611, 19472, 20296, 21261, 22188, 23437, 24551, 25839]),
    ("万州区", [12590, 13208, 13776, 14480, 15033, 15508, 16106, 16699, 17163, 18103]),
    ("黔江区", [14923, 15786, 16692, 17391, 18165, 18901, 19500, 20675, 21416, 22438]),
    ("城口县", [16848, 17569, 18062, 19034, nil, 20928, 22020, 23180, 24409, 25103]),
    ("巫溪县", [15175, 15938, nil, 17105, 17739, 18480, 18954, 19866, 20456, 20936]),
    ("酉阳土家族苗族自治县", [12489, 13318, 13997, 14901, 15837, 16709, nil, 18711, 19745, 20985]),
  ]

  package static func bar(size: ChartSize = .pixels(1200, 1000)) -> BarChartSpec {
    BarChartSpec(
      title: "2023年重庆市各区县生均一般公共预算教育经费", source: source,
      categories: districts2023.map(\.0), series: [BarSeries(name: "2023年", values: districts2023.map { $0.1 })],
      valueAxisTitle: "生均一般公共预算教育经费（元）", size: size)
  }

  package static func trendChart(size: ChartSize = .pixels(1200, 800)) -> TrendChartSpec {
    TrendChartSpec(
      title: "2015—2024年重庆市部分区县生均一般公共预算教育经费", source: source,
      years: Array(2015...2024), series: trend.map { TrendSeries(name: $0.0, values: $0.1) },
      valueAxisTitle: "生均一般公共预算教育经费（元）", size: size)
  }
}
