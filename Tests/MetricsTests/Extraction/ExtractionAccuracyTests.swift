import Foundation
import Testing

@testable import Metrics

/// Precision and recall of the extractor on the five seed reports, against
/// lists written by reading each report (Fixtures/extraction/*.expected.csv).
/// A figure matches on year, indicator, level, measure and value (to rounding);
/// a masked figure matches a masked figure.
@Suite struct ExtractionAccuracyTests {
  struct Expected: Equatable {
    var district: String, year: Int, indicator: String, level: String, measure: String
    var value: Double?, approximate: Bool, masked: Bool
  }

  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/extraction")
  static let seeds = [
    "000_fbdfa655b18779ee", "001_9dd3514ff93b17c8", "002_8fc72739b7b865c1", "003_5f29f3c7baff100d",
    "004_7811de6225d2c56f",
  ]

  static func expected(_ seed: String) throws -> [Expected] {
    let csv = try String(contentsOf: directory.appendingPathComponent("\(seed).expected.csv"), encoding: .utf8)
    return csv.split(separator: "\n").dropFirst().map { line in
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return Expected(
        district: f[0], year: Int(f[1])!, indicator: f[2], level: f[3], measure: f[4], value: Double(f[5]),
        approximate: f[7] == "true", masked: f[8] == "true")
    }
  }

  static func matches(_ e: Expected, _ o: Observation) -> Bool {
    guard e.year == o.year, e.indicator == o.indicator, e.level == (o.level?.rawValue ?? ""),
      e.measure == o.measure.rawValue, e.masked == o.isMasked
    else { return false }
    switch (e.value, o.value) {
    case (nil, nil): return true
    case (let a?, let b?): return abs(a - b) <= max(0.005, abs(a) * 1e-9)
    default: return false
    }
  }

  /// One-to-one greedy matching; returns (matched, missed expected, extra observations).
  /// `keepsUncatalogued`: score what `compare extract` emits (figures under the report's own
  /// words too) rather than the catalog-only reading the seeds were labelled for.
  static func score(_ seed: String, keepsUncatalogued: Bool = false) throws -> (
    hits: Int, missed: [Expected], extra: [Observation], extraction: Extraction
  ) {
    let report = try ReportLoader.load(directory.appendingPathComponent("\(seed).txt"))
    let extraction = ReportExtractor(keepsUncatalogued: keepsUncatalogued).extract(report)
    var remaining = extraction.observations
    var missed: [Expected] = []
    var hits = 0
    for e in try expected(seed) {
      if let i = remaining.firstIndex(where: { matches(e, $0) }) {
        remaining.remove(at: i)
        hits += 1
      } else {
        missed.append(e)
      }
    }
    return (hits, missed, remaining, extraction)
  }

  /// Scores a fixture, prints its precision, recall, misses and extras (for the test log), and
  /// returns the two figures with the extraction.
  static func scoreAndPrint(_ name: String, label: String = "", keepsUncatalogued: Bool = false) throws -> (
    precision: Double, recall: Double, extraction: Extraction
  ) {
    let (hits, missed, extra, extraction) = try score(name, keepsUncatalogued: keepsUncatalogued)
    let precision = Double(hits) / Double(max(1, hits + extra.count))
    let recall = Double(hits) / Double(max(1, hits + missed.count))
    print(
      String(
        format: "%@%@: precision %.1f %% (%d/%d), recall %.1f %% (%d/%d)", label, name, precision * 100, hits,
        hits + extra.count, recall * 100, hits, hits + missed.count))
    for m in missed {
      print("  missed: \(m.year) \(m.indicator) \(m.level) \(m.measure) \(m.value.map { "\($0)" } ?? "masked")")
    }
    for x in extra {
      print(
        "  extra:  \(x.year) \(x.indicator) \(x.level?.rawValue ?? "") \(x.measure.rawValue) \(x.value.map { "\($0)" } ?? "masked")  line \(x.provenance.line ?? 0)"
      )
    }
    return (precision, recall, extraction)
  }

  @Test(arguments: seeds)
  func precisionAndRecall(seed: String) throws {
    let (precision, recall, extraction) = try ExtractionAccuracyTests.scoreAndPrint(seed, label: "")
    // Floors: what the extractor achieves now, minus a small margin (see the report).
    let floor = Self.floors[seed]!
    #expect(precision >= floor.precision)
    #expect(recall >= floor.recall)
    // Every observation names the district the report names, and points at its sentence.
    let district = try Self.expected(seed).first!.district
    #expect(extraction.district == district)
    for o in extraction.observations {
      #expect(o.district == district)
      #expect(o.provenance.sourceFile == "\(seed).txt")
      #expect(o.provenance.line != nil)
      #expect(!o.provenance.sourceText.isEmpty)
    }
  }

  /// Measured when written: precision 100 % on all five; recall 100 % (44/44),
  /// 94.1 % (16/17), 95.0 % (19/20), 97.3 % (36/37), 96.7 % (29/30). After the rules were
  /// generalised on unseen reports (UnseenReportAccuracyTests), 002 reached 100 % (20/20).
  static let floors: [String: (precision: Double, recall: Double)] = [
    "000_fbdfa655b18779ee": (0.95, 0.95),
    "001_9dd3514ff93b17c8": (0.95, 0.90),
    "002_8fc72739b7b865c1": (0.95, 0.90),
    "003_5f29f3c7baff100d": (0.95, 0.93),
    "004_7811de6225d2c56f": (0.95, 0.93),
  ]

  /// All seeds together (measured: precision 100 %, recall 97.3 %, 144/148; now 98.0 %, 145/148).
  @Test func overallPrecisionAndRecall() throws {
    var hits = 0, missed = 0, extra = 0
    for seed in Self.seeds {
      let s = try Self.score(seed)
      hits += s.hits
      missed += s.missed.count
      extra += s.extra.count
    }
    let precision = Double(hits) / Double(hits + extra), recall = Double(hits) / Double(hits + missed)
    print(
      String(
        format: "all seeds: precision %.1f %% (%d/%d), recall %.1f %% (%d/%d)", precision * 100, hits, hits + extra,
        recall * 100, hits, hits + missed))
    #expect(precision >= 0.97)
    #expect(recall >= 0.95)
  }

  /// The source text of every observation is found verbatim on its line of the file.
  @Test(arguments: seeds)
  func provenanceIsFindable(seed: String) throws {
    let text = try String(contentsOf: Self.directory.appendingPathComponent("\(seed).txt"), encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    for o in ReportExtractor().extract(ReportText(text: text, sourceFile: seed)).observations {
      let line = try #require(o.provenance.line)
      #expect(lines[line - 1].contains(o.provenance.sourceText))
    }
  }
}
