import ArgumentParser
import ChartBuilding
import Charts

/// `bar --orientation` and `bar --sort`: their raw values are the words.
extension BarChartSpec.Orientation: ExpressibleByArgument {}

extension BarSort: ExpressibleByArgument {}
