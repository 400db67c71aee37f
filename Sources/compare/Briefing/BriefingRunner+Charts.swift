import ChartBuilding
import Charts
import ChartsRendering
import Foundation
import Metrics

/// How a briefing's charts are drawn on every core: all laid out first, then each file and
/// each document picture drawn as a piece of work of its own, the biggest first.
///
/// A chart's files and its pictures for briefing.docx were one piece of work: a 38-bar
/// ranking's four files and two 300-dpi pictures ran on one core while the other, its own
/// charts done, waited. Split, the two cores finish together. What is written does not
/// depend on the order: each piece draws its own scene into its own bytes, a chart's files
/// are written by whichever piece draws its last format, and the results are put back in
/// the spec's order.
extension BriefingRunner {
  /// A chart laid out, before anything is drawn: its files' scene and its document's pictures.
  struct LaidOutChart: Sendable {
    var built: BuiltChart
    var scene: Scene
    var parts: [DocumentChartLayout.Part]
    /// Why the document shows the chart's file instead of pictures of its own.
    var notLaidOut: (any Error)?
  }

  /// One piece of drawing: a chart's file in one of its formats (by chart and format), or
  /// one of its document pictures.
  enum Drawing: Sendable {
    case file(Int, Int)
    case picture(Int, Int)
  }

  /// Renders every chart into the staging folder; a chart that fails does not stop the others.
  func renderCharts(tables: [String: ObservationTable], into staging: StagingFolder, progress: Progress) -> [Result] {
    let charts = spec.charts
    let laidOut = ConcurrentSlots<Swift.Result<LaidOutChart, any Error>>(count: charts.count)
    eachIndex(charts.count) { i in
      let plan = Swift.Result { try layOut(charts[i], tables: tables) }
      laidOut.set(i, plan)
      if case .failure = plan { progress.step(charts[i].id) }
    }
    let plans = laidOut.values
    let work = Self.order(plans, formats: charts.map(\.formats), biggestFirst: !oneAtATime)
    // Slots by chart and format / picture, filled by the pieces; a chart's files are written
    // once its last format is drawn (and its bytes dropped), so no more than a chart's files
    // wait in memory per core.
    let formatSlots = charts.map { ConcurrentSlots<Swift.Result<Data, any Error>>(count: $0.formats.count) }
    let pictureSlots = plans.map {
      ConcurrentSlots<Swift.Result<DocumentPicture, any Error>>(count: (try? $0.get())?.parts.count ?? 0)
    }
    let left = Countdown(charts.map(\.formats.count))
    let files = ConcurrentSlots<Swift.Result<[String], any Error>>(count: charts.count)
    eachIndex(work.count) { j in
      switch work[j] {
      case .file(let i, let f):
        let plan = try! plans[i].get()
        let format = charts[i].formats[f]
        let cutParts = plan.parts.indices.filter { plan.parts[$0].cut != nil }
        if format == .png, !cutParts.isEmpty {
          // The document's pictures cut from this PNG's pixels (``DocumentChartLayout/cut(_:_:measurer:)``).
          let drawn = Swift.Result {
            try CairoRenderer().renderPNG(plan.scene, cuts: cutParts.map { plan.parts[$0].cut! })
          }
          formatSlots[i].set(f, drawn.map(\.png))
          for (n, k) in cutParts.enumerated() {
            pictureSlots[i].set(
              k, drawn.flatMap { d in Swift.Result { try documentPicture(plan.parts[k], cut: d.cuts[n]) } })
          }
        } else {
          formatSlots[i].set(
            f, Swift.Result { try ChartRendering.renderer(for: format).render(plan.scene, format: format) })
        }
        guard left.count(down: i) else { return }
        files.set(i, Swift.Result { try writeFiles(charts[i], plan, formatSlots[i].take(), into: staging) })
        progress.step(charts[i].id)
      case .picture(let i, let k):
        let plan = try! plans[i].get()
        pictureSlots[i].set(k, Swift.Result { try documentPicture(plan.parts[k]) })
      }
    }
    return charts.indices.map { i in
      let chart = charts[i]
      let failed = { (error: any Error) in
        Result(chart: chart, built: nil, files: [], error: "\(spec.file):\(chart.line): chart '\(chart.id)': \(error)")
      }
      do {
        var plan = try plans[i].get()
        let names = try files.value(i)!.get()
        var document: [DocumentPicture] = []
        do {
          if let error = plan.notLaidOut { throw error }
          document = try pictureSlots[i].values.map { try $0.get() }
        } catch {
          // A chart the page cannot hold keeps its files; the document shows its PNG instead.
          plan.built.terminalOnly.append(
            "chart \(chart.id): not laid out for \(DocumentSettings.fileName) (\(error)); it shows the chart's file")
        }
        return Result(chart: chart, built: plan.built, files: names, error: nil, document: document)
      } catch {
        return failed(error)
      }
    }
  }

  /// Calls `body` for `0..<count`: on every core (iterations handed out in order), or one
  /// after the other with ``oneAtATime``.
  private func eachIndex(_ count: Int, _ body: @Sendable (Int) -> Void) {
    if oneAtATime {
      for i in 0..<count { body(i) }
    } else {
      DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
  }

  /// The pieces of drawing, the most pixels first (the spec's order among equals), so the
  /// last pieces are small ones and the cores end together; or in the spec's order.
  static func order(_ plans: [Swift.Result<LaidOutChart, any Error>], formats: [[OutputFormat]], biggestFirst: Bool)
    -> [Drawing]
  {
    var work: [(drawing: Drawing, cost: Int)] = []
    for (i, plan) in plans.enumerated() {
      guard case .success(let p) = plan else { continue }
      // Rasterising and encoding a PNG, or writing a PDF, costs about its pixels; an SVG little.
      let pixels = p.scene.pixelWidth * p.scene.pixelHeight
      for (f, format) in formats[i].enumerated() {
        work.append((.file(i, f), format == .png || format == .pdf ? pixels : pixels / 10))
      }
      // A picture cut from the chart's PNG is drawn with it.
      for (k, part) in p.parts.enumerated() where part.cut == nil {
        work.append((.picture(i, k), part.scene.pixelWidth * part.scene.pixelHeight))
      }
    }
    guard biggestFirst else { return work.map(\.drawing) }
    return work.enumerated().sorted {
      $0.element.cost != $1.element.cost ? $0.element.cost > $1.element.cost : $0.offset < $1.offset
    }.map(\.element.drawing)
  }

  /// The chart built and laid out for its files and for the document.
  private func layOut(_ chart: BriefingSpec.Chart, tables: [String: ObservationTable]) throws -> LaidOutChart {
    let ids = chart.data.isEmpty ? spec.sources.map(\.id) : chart.data
    var table = tables[ids[0]]!
    for id in ids.dropFirst() { table.append(contentsOf: tables[id]!) }
    var built = try documentLayout(ChartBuilder(table: table).build(chart.request), chart.request)
    let scene = try fileScene(&built, chart)
    var plan = LaidOutChart(built: built, scene: scene, parts: [])
    do { plan.parts = try documentParts(&plan.built, chart, fileScene: scene) } catch { plan.notLaidOut = error }
    return plan
  }

  /// Writes the chart's files, its formats drawn (in the chart's order) and its data tables;
  /// nothing when a format failed, so a failing one leaves no file of the chart behind.
  /// Returns their names.
  private func writeFiles(
    _ chart: BriefingSpec.Chart, _ plan: LaidOutChart, _ drawn: [Swift.Result<Data, any Error>],
    into staging: StagingFolder
  ) throws -> [String] {
    let name = SafeFileName.make(chart.id)
    var outputs: [(String, Data)] = []
    for (format, bytes) in zip(chart.formats, drawn) { outputs.append(("\(name).\(format.rawValue)", try bytes.get())) }
    outputs.append(("\(name).csv", Data(DataTableWriter.data(plan.built).utf8)))
    outputs.append(("\(name).provenance.csv", Data(DataTableWriter.provenance(plan.built).utf8)))
    for (file, bytes) in outputs { try staging.write(bytes, to: file) }
    return outputs.map(\.0)
  }
}

/// Values filled in from several threads, each slot written once, read after all are done.
final class ConcurrentSlots<T: Sendable>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ value: T) {
    lock.lock()
    storage[i] = value
    lock.unlock()
  }
  var values: [T] {
    lock.lock()
    defer { lock.unlock() }
    return storage.map { $0! }
  }
  func value(_ i: Int) -> T? {
    lock.lock()
    defer { lock.unlock() }
    return storage[i]
  }
  /// The values, emptying the slots (their memory goes with the caller).
  func take() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    defer { storage = Array(repeating: nil, count: storage.count) }
    return storage.map { $0! }
  }
}

/// Pieces left per chart; says which piece was the last.
final class Countdown: @unchecked Sendable {
  private var left: [Int]
  private let lock = NSLock()
  init(_ counts: [Int]) { left = counts }
  /// Counts a piece of chart `i` done; true for its last.
  func count(down i: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    left[i] -= 1
    return left[i] == 0
  }
}
