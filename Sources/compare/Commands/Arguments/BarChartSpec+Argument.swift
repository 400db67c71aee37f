import ChartBuilding
import ArgumentParser
import Charts

/// `bar --orientation` and `bar --sort`: their raw values are the words.
extension BarChartSpec.Orientation: ExpressibleByArgument {}

extension BarSort: ExpressibleByArgument {}
