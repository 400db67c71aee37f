import Foundation
import Metrics
import Testing

@testable import compare

/// `compare extract` writes each report's rows as it is done (``ExtractOutput``): the
/// file must be the one it wrote when it held every row until the end, in the order of
/// the arguments though reports are extracted on all cores, and a run that fails must
/// leave nothing behind.
@Suite struct ExtractStreamingTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  /// The seeds and the written-here reports, each three times under other names: 66 reports,
  /// some placed by the gazetteer (province), some with uncatalogued figures.
  func folder() throws -> [String] {
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.seeds.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let reports = dir.appendingPathComponent("reports")
    try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
    var paths: [String] = []
    for copy in 0..<3 {
      for name in fixtures {
        let to = reports.appendingPathComponent("\(copy)_\(name)")
        try FileManager.default.copyItem(at: CLIRunner.seeds.appendingPathComponent(name), to: to)
        paths.append(to.path)
      }
    }
    return paths
  }

  /// What extract wrote before it streamed: every report into one table, the places set last.
  func heldTable(_ paths: [String], catalogOnly: Bool) throws -> ObservationTable {
    let extractor = ReportExtractor(catalog: .standard, keepsUncatalogued: !catalogOnly)
    var table = ObservationTable()
    var placed: [String: Division] = [:]
    for path in paths {
      let report = try ReportLoader.load(URL(fileURLWithPath: path), formats: ReportFormats.all)
      let result = extractor.extract(report)
      if let d = result.division { placed[report.sourceFile] = d }
      for o in result.observations { table.append(o) }
    }
    for row in table.indices {
      guard let d = placed[table[row].provenance.sourceFile] else { continue }
      table.setAttribute("province", row: row, to: d.province)
      if let city = d.prefecture { table.setAttribute("city", row: row, to: city) }
    }
    return table
  }

  @Test(arguments: [false, true]) func theStreamedFileIsTheHeldTablesFile(catalogOnly: Bool) throws {
    let paths = try folder()
    let flag = catalogOnly ? ["--catalog-only"] : []
    let csv = dir.appendingPathComponent("facts.csv"), json = dir.appendingPathComponent("facts.json")
    for out in [csv, json] {
      let r = try CLIRunner.run(["extract"] + paths + flag + ["--output", out.path])
      #expect(r.status == 0, "\(r.stderr.suffix(500))")
    }
    let table = try heldTable(paths, catalogOnly: catalogOnly)
    let text = try String(contentsOf: csv, encoding: .utf8)
    #expect(text == TidyCSVWriter().write(table))
    #expect(try Data(contentsOf: json) == ObservationJSON.encode(table))
    let header = text.prefix { $0 != "\n" }
    // The seeds' districts are placed (province), after the columns of the extraction's own.
    #expect(header.hasSuffix(",compared_to,province"), "\(header)")
    #expect(header.contains(",catalogued"))
    // Standard output carries the same CSV.
    let printed = try CLIRunner.run(["extract"] + paths + flag)
    #expect(printed.status == 0)
    #expect(printed.stdout == text)
  }

  @Test func aReportThatCannotBeReadLeavesThePreviousOutputAndNoTemporaryFile() throws {
    var paths = try folder()
    paths.insert(dir.appendingPathComponent("missing.txt").path, at: 40)
    for name in ["facts.csv", "facts.json"] {
      let out = dir.appendingPathComponent(name)
      try Data("before\n".utf8).write(to: out)
      let r = try CLIRunner.run(["extract"] + paths + ["--output", out.path])
      #expect(r.status == 1)
      #expect(r.stderr.contains("missing.txt"), "\(r.stderr.suffix(300))")
      #expect(try String(contentsOf: out, encoding: .utf8) == "before\n")
      let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".compare") }
      #expect(left.isEmpty, "\(left)")
    }
  }

  @Test func anOutputThatIsNeitherCSVNorJSONIsRefusedBeforeReading() throws {
    let paths = try folder()
    let r = try CLIRunner.run(["extract"] + paths.prefix(3) + ["--output", dir.appendingPathComponent("x.xlsx").path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("use a .csv or .json file"))
    #expect(!r.stderr.contains("figures seen"))
  }
}
