import ArgumentParser
import ChartBuilding
import Foundation

struct BriefingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "briefing", abstract: "Render every chart of a briefing spec, with data tables and an index.",
    discussion: """
      Writes, for each chart, its images, <id>.csv (the data it shows) and <id>.provenance.csv \
      (where each value came from), then briefing.docx (a Word draft: A4, GB/T 9704 margins), \
      index.md and a self-contained index.html. A chart that \
      fails does not stop the others; the command then exits non-zero.

      Example:
        compare briefing samples/briefing.yaml --output-dir output
      """)

  @Argument(help: ArgumentHelp("The briefing spec (YAML or JSON).", valueName: "spec"))
  var spec: String

  @Option(help: ArgumentHelp("Where to write (default: the spec's output_dir, else ./output).", valueName: "dir"))
  var outputDir: String?

  @Flag(name: .shortAndLong, help: "No progress display.")
  var quiet = false

  @Flag(help: "Do not write briefing.docx (the Word draft; also `docx: false` in the spec).")
  var noDocx = false

  func run() throws {
    var parsed = try BriefingSpec.load(URL(fileURLWithPath: spec))
    if noDocx { parsed.document.enabled = false }
    let dir = outputDir.map { URL(fileURLWithPath: $0) } ?? parsed.outputDirectory ?? URL(fileURLWithPath: "output")
    let started = Date()
    let results = try BriefingRunner(spec: parsed, outputDirectory: dir, quiet: quiet).run()
    let failed = results.filter { $0.error != nil }
    for f in failed { Terminal.warn("compare: error: \(f.error!)") }
    // Said once for the briefing, not under each chart (an uncatalogued indicator).
    var said = Set<String>()
    for w in results.flatMap({ $0.built?.terminalOnly ?? [] }) where said.insert(w).inserted {
      Terminal.warn("compare: warning: \(w)")
    }
    let files = results.reduce(0) { $0 + $1.files.count }
    if !quiet {
      FileHandle.standardError.write(
        Data(
          String(
            format: "compare: %d of %d charts, %d files in %@ (%.2f s); index: %@\n",
            results.count - failed.count, results.count, files, dir.path, Date().timeIntervalSince(started),
            dir.appendingPathComponent("index.html").path
          ).utf8))
      if parsed.document.enabled {
        Terminal.warn("compare: Word draft: \(dir.appendingPathComponent(DocumentSettings.fileName).path)")
      }
    }
    if !failed.isEmpty { throw ExitCode(1) }
  }
}
