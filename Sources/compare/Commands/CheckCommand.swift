import ArgumentParser
import ChartBuilding
import Foundation
import Metrics

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report arithmetic that does not add up, conflicting duplicates and implausible values.",
    discussion: """
      Exits 0 when nothing is found, 1 when something is. Each finding quotes the source text of \
      each side.

      Example:
        compare extract ../shared/seeds/*.txt --output facts.csv && compare check --data facts.csv
      """)

  @OptionGroup var data: DataOptions

  func run() throws {
    let catalog = try data.catalog()
    let table = try data.load(catalog: catalog)
    // Arithmetic first: a sum that does not add up matters more than a duplicate.
    let order: [Finding.Kind] = [.growthMismatch, .differenceMismatch, .implausibleValue, .duplicateConflict]
    let findings = ConsistencyChecker(catalog: catalog).check(table)
      .enumerated().sorted {
        (order.firstIndex(of: $0.element.kind)!, $0.offset) < (order.firstIndex(of: $1.element.kind)!, $1.offset)
      }
      .map(\.element)
    for f in findings { Terminal.print(f.description + "\n") }
    if findings.isEmpty {
      print("No inconsistencies found in \(table.count) observations.")
    } else {
      let counts = order.compactMap { k -> String? in
        let n = findings.filter { $0.kind == k }.count
        return n == 0 ? nil : "\(n) \(k.rawValue)"
      }
      Terminal.warn(
        "compare: \(findings.count) finding(s) in \(table.count) observations: \(counts.joined(separator: ", "))")
      throw ExitCode(1)
    }
  }
}
