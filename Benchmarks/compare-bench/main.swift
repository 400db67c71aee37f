// The benchmark suite: `swift run -c release compare-bench [--quick] [--only TEXT]
// [--runs N] [--tsv]`.
//
// Prints one table: in-process render times of the two standard charts of
// ../shared/bench (BAR, TREND) as PNG, SVG (ours and, for reference, Cairo's), text
// SVG and PDF; whole-process
// time and peak memory of one `compare bar`; read + align of the large tidy
// CSV (generated with ../shared/bench/gen_large.py, never committed); and
// report extraction throughput. Targets are in the README.
import Charts
@_spi(Benchmarks) import ChartsRendering
import Foundation
import Metrics
import PDFText

let arguments = Array(CommandLine.arguments.dropFirst())

// Child mode: `compare-bench align FILE [INDICATOR|all]` reads and aligns in a
// fresh process, so that the parent can measure its wall time and peak memory.
if arguments.first == "align" {
  try AlignChild.run(Array(arguments.dropFirst()))
  exit(0)
}
// `compare-bench pdftext FILE…` reads PDFs' text in a fresh process, to set beside `pdftotext`.
if arguments.first == "pdftext" {
  for path in arguments.dropFirst() {
    _ = try PDFText.text(of: Data(contentsOf: URL(fileURLWithPath: path)), file: path)
  }
  exit(0)
}
// Child mode: `compare-bench xlsx FILE` reads a workbook's first sheet as a table.
if arguments.first == "xlsx" {
  try ExcelChild.run(Array(arguments.dropFirst()))
  exit(0)
}

let quick = arguments.contains("--quick")
// `--only TEXT`: run only the rows whose name contains TEXT (e.g. `--only "BAR → png"`),
// for profiling one row under perf or valgrind.
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
func wanted(_ row: String) -> Bool { only.map { row.contains($0) } ?? true }
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
let benchCSV = shared.appendingPathComponent("bench/chongqing_per_student.csv")
let buildDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

var report = BenchReport()
let standard = try StandardCharts(csv: benchCSV)

// 1. In-process renders.
let renders =
  arguments.firstIndex(of: "--runs").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
  ?? (quick ? 20 : 100)
for (name, spec) in [("BAR", standard.bar), ("TREND", standard.trend)] {
  for format in [OutputFormat.png, .svg, .textSVG, .pdf] where wanted("\(name) → \(format.rawValue), in process") {
    let (median, bytes) = try Timing.median(runs: renders, warmup: 5) {
      try ChartRendering.render(spec, format: format)
    }
    report.add(
      "\(name) → \(format.rawValue), in process", ms: median, extra: "\(bytes.count / 1024) KiB, median of \(renders)")
  }
  // Cairo's own SVG surface, which `.svg` replaced: the reference, same run.
  let cairoRow = "\(name) → Cairo SVG (reference, not what .svg writes), in process"
  if wanted(cairoRow) {
    let (median, bytes) = try Timing.median(runs: renders, warmup: 5) { try ChartRendering.renderCairoSVG(spec) }
    report.add(cairoRow, ms: median, extra: "\(bytes.count / 1024) KiB, median of \(renders)")
  }
}
if wanted("BAR layout only") {
  let layoutOnly = try Timing.median(runs: renders, warmup: 5) {
    try ChartLayout.scene(for: standard.bar, measurer: PangoTextMeasurer.shared)
  }
  report.add(
    "BAR layout only (Pango measuring)", ms: layoutOnly.0, extra: "\(layoutOnly.1.primitives.count) primitives")
}

// 2. One whole `compare bar` process.
let compareExe = buildDir.appendingPathComponent("compare")
if !wanted("whole process") {
} else if FileManager.default.isExecutableFile(atPath: compareExe.path) {
  let out = FileManager.default.temporaryDirectory.appendingPathComponent("bench-bar.png")
  let args = [
    "bar", "--data", benchCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023",
    "--size", "1200x1000", "--output", out.path,
  ]
  let runs = quick ? 5 : 20
  let (ms, rss) = try ChildProcess.measure(compareExe, args, runs: runs)
  report.add(
    "one `compare bar` → PNG, whole process", ms: ms, extra: String(format: "%.1f MiB peak, median of %d", rss, runs))
  let briefing = FileManager.default.temporaryDirectory.appendingPathComponent("bench-briefing")
  let spec = packageRoot.appendingPathComponent("samples/briefing.yaml")
  let (bms, brss) = try ChildProcess.measure(
    compareExe, ["briefing", spec.path, "--output-dir", briefing.path, "--quiet"], runs: quick ? 2 : 5)
  report.add(
    "the sample briefing (7 charts, 15 images), whole process", ms: bms, extra: String(format: "%.1f MiB peak", brss))
  // The same without the Word document: what briefing.docx costs (issue 16: under 10 %).
  let (nms, _) = try ChildProcess.measure(
    compareExe, ["briefing", spec.path, "--output-dir", briefing.path, "--quiet", "--no-docx"], runs: quick ? 2 : 5)
  report.add(
    "the sample briefing without briefing.docx (--no-docx), whole process", ms: nms,
    extra: String(format: "briefing.docx adds %.1f %%", (bms / nms - 1) * 100))
} else {
  report.note(
    "compare executable not built beside compare-bench: skipped the whole-process run (swift build -c release first)")
}

// 3. The large tidy CSV: read + align, whole process.
let large = URL(fileURLWithPath: ProcessInfo.processInfo.environment["COMPARE_BENCH_LARGE"] ?? "/tmp/compare-large.csv")
if wanted("large CSV"), !FileManager.default.fileExists(atPath: large.path) {
  report.note("generating \(large.path) with gen_large.py (about 1.5 s)")
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["python3", shared.appendingPathComponent("bench/gen_large.py").path, large.path]
  p.standardOutput = FileHandle.nullDevice
  try p.run()
  p.waitUntilExit()
}
if wanted("large CSV"), FileManager.default.fileExists(atPath: large.path) {
  let me = URL(fileURLWithPath: CommandLine.arguments[0])
  let runs = quick ? 3 : 7
  let (one, rssOne) = try ChildProcess.measure(me, ["align", large.path, "指标01"], runs: runs)
  report.add(
    "large CSV (1.8 M rows): read + align one indicator, whole process", ms: one,
    extra: String(format: "%.0f MiB peak", rssOne))
  let (all, rssAll) = try ChildProcess.measure(me, ["align", large.path, "all"], runs: runs)
  report.add(
    "large CSV: read + align all 40 indicators, whole process", ms: all, extra: String(format: "%.0f MiB peak", rssAll))
}

// 4. Report extraction throughput.
if wanted("report extraction") {
  let seeds = try FileManager.default.contentsOfDirectory(
    at: shared.appendingPathComponent("seeds"), includingPropertiesForKeys: nil
  )
  .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
  let reports = try seeds.map { try ReportLoader.load($0) }
  let seedBytes = reports.reduce(0) { $0 + $1.text.utf8.count }
  let repeats = max(1, (10 << 20) / max(1, seedBytes) + 1)
  let extractor = ReportExtractor()
  let big = reports.map { r in
    ReportText(text: String(repeating: r.text + "\n", count: repeats), sourceFile: r.sourceFile)
  }
  let totalBytes = big.reduce(0) { $0 + $1.text.utf8.count }
  let (extractMs, found) = Timing.median(runs: quick ? 1 : 3, warmup: 1) {
    big.reduce(0) { $0 + extractor.extract($1).observations.count }
  }
  report.add(
    "report extraction, 5 seeds repeated to \(totalBytes >> 20) MiB, one core", ms: extractMs,
    extra: String(format: "%.1f MB/s, %d observations", Double(totalBytes) / 1e6 / (extractMs / 1000), found))
}

// 5. PDF reports: the seeds typeset by Cairo, read by PDFText and, in the same
// run, by poppler-utils' `pdftotext -layout`; then how many of the observations
// extracted from each .txt seed are found again from each reader's text.
if wanted("PDF report") {
  let seeds = try FileManager.default.contentsOfDirectory(
    at: shared.appendingPathComponent("seeds"), includingPropertiesForKeys: nil
  )
  .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("compare-bench-pdf")
  try? FileManager.default.removeItem(at: dir)
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  var pdfs: [URL] = [], pages = 0
  for seed in seeds {
    let pdf = dir.appendingPathComponent(seed.deletingPathExtension().lastPathComponent + ".pdf")
    pages += try ReportPDF.write([try ReportLoader.load(seed).text], to: pdf)
    pdfs.append(pdf)
  }
  let datas = try pdfs.map { try Data(contentsOf: $0) }
  let runs = quick ? 3 : 10
  let (inProcess, _) = try Timing.median(runs: runs, warmup: 1) {
    try datas.map { try PDFText.text(of: $0, file: "seed.pdf") }
  }
  report.add(
    "PDF report text: \(seeds.count) seeds typeset to \(pages) pages, in process", ms: inProcess,
    extra: String(format: "%.0f pages/s, median of %d", Double(pages) / (inProcess / 1000), runs))
  let me = URL(fileURLWithPath: CommandLine.arguments[0])
  // One process per file, as pdftotext below runs.
  var ours = 0.0, oursPeak = 0.0
  for pdf in pdfs {
    let (ms, rss) = try ChildProcess.measure(me, ["pdftext", pdf.path], runs: runs)
    ours += ms
    oursPeak = max(oursPeak, rss)
  }
  report.add(
    "PDF report text, the same \(pages) pages, one process per file", ms: ours,
    extra: String(format: "%.1f MiB peak", oursPeak))
  let pdftotext = URL(fileURLWithPath: "/usr/bin/pdftotext")
  var peerTexts: [URL] = []
  if FileManager.default.isExecutableFile(atPath: pdftotext.path) {
    var total = 0.0, peak = 0.0
    for pdf in pdfs {
      let out = pdf.deletingPathExtension().appendingPathExtension("layout.txt")
      let (ms, rss) = try ChildProcess.measure(pdftotext, ["-layout", pdf.path, out.path], runs: runs)
      total += ms
      peak = max(peak, rss)
      peerTexts.append(out)
    }
    report.add(
      "pdftotext -layout (poppler-utils), the same \(pages) pages, one process per file", ms: total,
      extra: String(format: "%.1f MiB peak", peak))
  } else {
    report.note("pdftotext not found (apt-get install poppler-utils): skipped the peer row")
  }
  // Observations as (indicator, level, measure, year, value), from the .txt seeds and from each PDF reading.
  func keys(_ r: ReportText) -> Set<String> {
    Set(
      ReportExtractor().extract(r).observations.map {
        "\($0.indicator)|\(String(describing: $0.level))|\($0.measure)|\($0.year)|\(String(describing: $0.value))"
      })
  }
  var original = 0, viaPDFText = 0, viaPeer = 0
  for (i, seed) in seeds.enumerated() {
    let truth = keys(try ReportLoader.load(seed))
    original += truth.count
    viaPDFText += truth.intersection(keys(try ReportLoader.load(pdfs[i], formats: [.pdf]))).count
    if i < peerTexts.count { viaPeer += truth.intersection(keys(try ReportLoader.load(peerTexts[i]))).count }
  }
  report.note(
    "PDF: of \(original) observations extracted from the .txt seeds, \(viaPDFText) are found again from PDFText's text"
      + (peerTexts.isEmpty ? "" : " and \(viaPeer) from pdftotext -layout's"))
  exit(0)
}
// 5. A 100,000-row sheet (written by Benchmarks/peers/excel_peers.py, never committed).
let sheetFile = URL(
  fileURLWithPath: ProcessInfo.processInfo.environment["COMPARE_BENCH_XLSX"] ?? "/tmp/compare-100k.xlsx")
if wanted("xlsx"), FileManager.default.fileExists(atPath: sheetFile.path) {
  try ExcelRows.add(to: &report, file: sheetFile, runs: quick ? 3 : 7)
} else if wanted("xlsx") {
  report.note(
    "no \(sheetFile.path): run Benchmarks/peers/excel_peers.py to write it and to compare with openpyxl and pandas")
}

if arguments.contains("--tsv") { report.printTSV() } else { report.print() }
