import ArgumentParser
import ChartBuilding

/// How `table` prints a panel (or its growth rates).
enum TableFormat: String, CaseIterable, ExpressibleByArgument {
  case csv, markdown, json

  init?(argument: String) {
    self.init(rawValue: argument == "md" ? "markdown" : argument)
  }
}
