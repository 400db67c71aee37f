import Foundation
import Testing

@testable import Metrics

/// Reads tidy CSV text as if it were a file called `name`.
func tidy(_ csv: String, name: String = "t.csv") throws -> ObservationTable {
  try TidyCSVReader().read(data: Data(csv.utf8), name: name)
}

/// A fixture file shipped with the tests.
func fixture(_ name: String) throws -> URL {
  let parts = name.split(separator: ".")
  return try #require(
    Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Fixtures"))
}

/// The error `body` throws, as text (fails the test when it does not throw).
func errorText(_ body: () throws -> Void) -> String {
  do {
    try body()
    Issue.record("expected an error")
    return ""
  } catch {
    return "\(error)"
  }
}
