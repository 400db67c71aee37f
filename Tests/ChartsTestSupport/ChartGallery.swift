import Charts

/// Every chart kind the tests draw; each must pass the scene checks.
package enum ChartGallery {
  package static var all: [(String, ChartSpec)] {
    [
      ("bar", .bar(Samples.bar())),
      ("trend", .trend(Samples.trendChart())),
      ("bar-vertical", .bar(vertical)),
      ("bar-grouped", .bar(grouped)),
      ("bar-stacked", .bar(stacked)),
      ("bar-negative", .bar(negative)),
      ("bar-highlight", .bar(highlighted)),
      ("trend-legend", .trend(manyLines)),
      ("trend-flags", .trend(flagged)),
      ("bar-print", .bar(Samples.bar(size: .centimetres(16, 20)))),
      ("bar-vertical-38", .bar(vertical38)),
      ("trend-narrow", .trend(Samples.trendChart(size: .centimetres(12, 8)))),
    ]
  }

  package static var vertical: BarChartSpec {
    var s = Samples.bar(size: .pixels(1200, 700))
    let pick = [0, 5, 9, 20, 30, 33, 35, 37]
    s.categories = pick.map { Samples.districts2023[$0].0 }
    s.series = [BarSeries(name: "2023年", values: pick.map { Samples.districts2023[$0].1 })]
    s.orientation = .vertical
    s.title = "2023年部分区县生均一般公共预算教育经费"
    s.valueAxisTitle = "单位：元"
    s.referenceLines = [ReferenceLine(value: 18000, label: "市级标准")]
    return s
  }

  package static var vertical38: BarChartSpec {
    var s = Samples.bar(size: .pixels(1600, 700))
    s.orientation = .vertical
    return s
  }

  package static var grouped: BarChartSpec {
    let names = ["渝中区", "涪陵区", "黔江区", "城口县", "秀山土家族苗族自治县", "酉阳土家族苗族自治县"]
    return BarChartSpec(
      title: "2021—2023年部分区县生均一般公共预算教育经费", subtitle: "按2023年由高到低排列",
      source: Samples.source, notes: ["2021年起城口县统计口径调整，与以前年度不完全可比。"],
      categories: names,
      series: [
        BarSeries(name: "2021年", values: [21000, 17500, 16000, nil, 15200, 14900]),
        BarSeries(name: "2022年", values: [22500, 18100, 16600, 14000, 15800, 15500]),
        BarSeries(name: "2023年", values: [24774, 18900, 17300, 14800, 16400, 16100]),
      ],
      valueAxisTitle: "生均一般公共预算教育经费（元）", size: .pixels(1200, 900))
  }

  package static var stacked: BarChartSpec {
    var s = grouped
    s.stacked = true
    s.title = "2021—2023年合计"
    s.orientation = .vertical
    s.size = .pixels(1000, 700)
    return s
  }

  package static var negative: BarChartSpec {
    BarChartSpec(
      title: "2023年部分区县生均经费增长率", source: Samples.source,
      categories: ["渝中区", "涪陵区", "九龙坡区", "万州区", "黔江区", "城口县", "巫溪县", "酉阳土家族苗族自治县"],
      series: [BarSeries(name: "增长率", values: [4.2, -1.35, 2.8, nil, -3.1, 6.05, 0.4, -0.75])],
      valueAxisTitle: "比上年增长（%）", valueFormat: .percent,
      referenceLines: [ReferenceLine(value: 1.6, label: "全市平均")], size: .pixels(1000, 600))
  }

  package static var highlighted: BarChartSpec {
    var s = Samples.bar()
    s.highlights = ["城口县", "巫溪县", "酉阳土家族苗族自治县"]
    s.referenceLines = [
      ReferenceLine(value: 18500, label: "全市均值"), ReferenceLine(value: 18000, label: "市级标准 18000元/生·年"),
    ]
    s.subtitle = "突出显示：城口县、巫溪县、酉阳县"
    return s
  }

  package static var manyLines: TrendChartSpec {
    var s = Samples.trendChart()
    s.series += [
      TrendSeries(name: "北碚区", values: [13000, 13600, 14100, 14800, 15300, 16000, 16700, 17200, 18000, 18700]),
      TrendSeries(name: "秀山土家族苗族自治县", values: [12100, 12600, 13200, 13800, 14300, 15000, 15600, 16300, 16900, 17600]),
    ]
    s.title = "2015—2024年十个区县生均一般公共预算教育经费"
    return s
  }

  package static var flagged: TrendChartSpec {
    var s = Samples.trendChart(size: .pixels(1000, 650))
    s.series = Array(s.series.prefix(3))
    s.series[0].flags = [[], [], [], [], [], [], [], [], [.approximate], []]
    s.series[1].flags = [[], [], [], [], [], [], [], [], [], [.derived]]
    s.referenceLines = [ReferenceLine(value: 20000, label: "目标 20,000元")]
    s.highlights = ["渝中区", "涪陵区"]
    s.notes = ["2023年渝中区为约数；2024年涪陵区由增长率推算。"]
    return s
  }
}
