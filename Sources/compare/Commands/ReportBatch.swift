import Foundation
import Metrics

/// Reads and extracts reports on every core, a batch at a time, results in
/// input order: `extract` over a folder of reports uses both cores, and holds
/// the texts of one batch at a time, not of every report.
///
///     for batch in ReportBatch.batches(of: paths) {
///       for (path, result) in zip(batch, ReportBatch.extract(batch, with: extractor, standardInput: nil)) { … }
///     }
enum ReportBatch {
  /// One report's outcome: the file name observations cite, and the extraction.
  typealias Outcome = Result<(sourceFile: String, extraction: Extraction), Error>

  /// Batches of a few reports per core: enough to keep the cores busy while a
  /// long report is read, few enough that their texts stay small.
  static func batches(of paths: [String]) -> [ArraySlice<String>] {
    let size = max(2, ProcessInfo.processInfo.activeProcessorCount * 4)
    return stride(from: 0, to: paths.count, by: size).map { paths[$0..<min($0 + size, paths.count)] }
  }

  /// Each path read and extracted, at once on all cores; `-` is `standardInput`.
  static func extract(_ paths: ArraySlice<String>, with extractor: ReportExtractor, standardInput: Data?) -> [Outcome] {
    let list = Array(paths)
    let slots = UnsafeMutablePointer<Outcome?>.allocate(capacity: list.count)
    slots.initialize(repeating: nil, count: list.count)
    defer {
      slots.deinitialize(count: list.count)
      slots.deallocate()
    }
    let shared = Slots(pointer: slots)
    DispatchQueue.concurrentPerform(iterations: list.count) { k in
      shared.pointer[k] = Result {
        let path = list[k]
        let report =
          path == "-"
          ? try ReportLoader.load(
            data: standardInput ?? Data(), name: StandardInput.name, formats: ReportFormats.all)
          : try ReportLoader.load(URL(fileURLWithPath: path), formats: ReportFormats.all)
        return (report.sourceFile, extractor.extract(report))
      }
    }
    return (0..<list.count).map { slots[$0]! }
  }

  /// Result slots written by several threads, each its own index.
  private struct Slots: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Outcome?>
  }
}
