import ArgumentParser
import ChartBuilding
import Metrics

/// `--level`: the canonical names are listed in `--help`; an alias (幼儿园,
/// primary) or a case name is accepted too. (No per-value descriptions: the
/// help pads value names by characters, so Chinese names would misalign them.)
extension SchoolLevel: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}
