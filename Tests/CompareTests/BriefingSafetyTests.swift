import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A briefing never damages what the user has: its inputs, the previous good output, or a
/// folder another run is writing into (issue 13, items 4–6, 9, 10, 12).
@Suite("compare briefing keeps inputs and previous output safe")
struct BriefingSafetyTests {
  let tmp: TemporaryDirectory
  init() throws { tmp = try TemporaryDirectory() }

  static let chart = "{id: ID, kind: bar, data: [cq], indicator: 生均一般公共预算教育经费, year: 2023}"

  func folderWithData() throws -> URL {
    let dir = tmp.url
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: dir.appendingPathComponent("cq.csv"))
    return dir
  }

  func spec(_ dir: URL, ids: [String], extra: String = "", title: String = "t") throws -> URL {
    let charts = ids.map { "  - " + Self.chart.replacingOccurrences(of: "ID", with: "\"\($0)\"") }.joined(
      separator: "\n")
    return try CLIRunner.write(
      "title: \"\(title)\"\n\(extra)data:\n  - {id: cq, file: cq.csv}\ncharts:\n\(charts)\n", to: "spec.yaml", in: dir)
  }

  @Test func chartIdsThatCleanToOneFileNameAreRefusedNamingBoth() throws {
    let dir = try folderWithData()
    let s = try spec(dir, ids: ["a/b", "a:b"])
    let r = try CLIRunner.run(["briefing", s.path, "--output-dir", dir.appendingPathComponent("out").path, "--quiet"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("'a/b'") && r.stderr.contains("'a:b'") && r.stderr.contains("a_b"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
  }

  @Test func aBriefingNeverWritesOverItsOwnInput() throws {
    let dir = try folderWithData()
    let before = try Data(contentsOf: dir.appendingPathComponent("cq.csv"))
    let s = try spec(dir, ids: ["cq"], extra: "output_dir: .\n")
    let r = try CLIRunner.run(["briefing", s.path, "--quiet"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("cq.csv") && r.stderr.contains("own input"), "\(r.stderr)")
    #expect(try Data(contentsOf: dir.appendingPathComponent("cq.csv")) == before)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cq.png").path))
  }

  @Test func aSpecNamedIndexMdIsNotOverwritten() throws {
    let dir = try folderWithData()
    let s = try spec(dir, ids: ["x"], extra: "output_dir: .\n")
    let index = dir.appendingPathComponent("index.md")
    try FileManager.default.moveItem(at: s, to: index)
    let before = try Data(contentsOf: index)
    let r = try CLIRunner.run(["briefing", index.path, "--quiet"])
    #expect(r.status != 0)
    #expect(try Data(contentsOf: index) == before)
  }

  @Test func anAbsoluteOutputDirIsHonoured() throws {
    let dir = try folderWithData()
    let out = tmp.url.appendingPathComponent("elsewhere/abs-out")
    let s = try spec(dir, ids: ["x"], extra: "output_dir: \(out.path)\n")
    let r = try CLIRunner.run(["briefing", s.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("x.png").path))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(String(out.path.dropFirst())).path))
  }

  @Test func anOutputFolderThatIsAFileGetsAPlainMessage() throws {
    let dir = try folderWithData()
    let s = try spec(dir, ids: ["x"])
    let file = try CLIRunner.write("not a folder", to: "out", in: dir)
    let r = try CLIRunner.run(["briefing", s.path, "--output-dir", file.path, "--quiet"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("is a file, not a folder") && !r.stderr.contains("NSCocoaErrorDomain"), "\(r.stderr)")
  }

  @Test func aFolderLockedByAnotherRunIsRefusedAndLeftAlone() throws {
    let dir = try folderWithData()
    let out = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let fd = open(out.appendingPathComponent(".compare.lock").path, O_CREAT | O_RDWR, 0o644)
    #expect(fd >= 0)
    defer { close(fd) }
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let r = try CLIRunner.run(["briefing", try spec(dir, ids: ["x"]).path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("another compare is writing"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("x.png").path))
  }

  @Test func aFinishedRunLeavesNoHiddenFilesBehind() throws {
    let dir = try folderWithData()
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", try spec(dir, ids: ["x", "y"]).path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
    #expect(hidden.isEmpty, "\(hidden)")
  }

  /// SIGTERM part-way through a rerun: the folder holds the previous run whole (its index and
  /// the images it names), and no staging folder or lock is left behind.
  @Test func anInterruptedRerunLeavesThePreviousOutputWhole() throws {
    let dir = try folderWithData()
    let out = dir.appendingPathComponent("out")
    let ids = (1...40).map { "c\($0)" }
    let first = try CLIRunner.run(
      ["briefing", try spec(dir, ids: ids, title: "第一次").path, "--output-dir", out.path, "--quiet"])
    #expect(first.status == 0, "\(first.stderr)")
    let indexBefore = try Data(contentsOf: out.appendingPathComponent("index.html"))
    let pngBefore = try Data(contentsOf: out.appendingPathComponent("c40.png"))

    // The rerun draws other charts (another year) under another title.
    let second = try CLIRunner.write(
      String(decoding: try Data(contentsOf: dir.appendingPathComponent("spec.yaml")), as: UTF8.self)
        .replacingOccurrences(of: "第一次", with: "第二次").replacingOccurrences(of: "year: 2023", with: "year: 2022"),
      to: "spec2.yaml", in: dir)
    let p = Process()
    p.executableURL = CLIRunner.executable
    p.arguments = ["briefing", second.path, "--output-dir", out.path, "--quiet"]
    p.standardError = FileHandle.nullDevice
    try p.run()
    usleep(400_000)
    kill(p.processIdentifier, SIGTERM)
    p.waitUntilExit()

    let indexAfter = try Data(contentsOf: out.appendingPathComponent("index.html"))
    let pngAfter = try Data(contentsOf: out.appendingPathComponent("c40.png"))
    if p.terminationStatus == 0 {
      // Finished before the signal: all new.
      #expect(String(decoding: indexAfter, as: UTF8.self).contains("第二次"))
    } else {
      #expect(p.terminationStatus == 128 + SIGTERM)
      #expect(indexAfter == indexBefore)
      #expect(pngAfter == pngBefore)
    }
    let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
    #expect(hidden.isEmpty, "left behind: \(hidden)")
  }

  @Test func markdownIndexShowsHTMLFromTheSpecInsteadOfRunningIt() throws {
    let dir = try folderWithData()
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(
      [
        "briefing", try spec(dir, ids: ["x"], title: "<script>alert(1)</script>").path, "--output-dir", out.path,
        "--quiet",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    let md = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(!md.contains("<script>") && md.contains("&lt;script&gt;"))
  }

  @Test func indexLinksImagesWhenAskedAndInlinesSmallBriefingsByDefault() throws {
    let dir = try folderWithData()
    let out = dir.appendingPathComponent("out")
    var r = try CLIRunner.run(["briefing", try spec(dir, ids: ["x"]).path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains(
        "data:image/png;base64,"))
    let s = try spec(dir, ids: ["x"], extra: "style: {inline_images: false}\n")
    r = try CLIRunner.run(["briefing", s.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(!html.contains("base64,") && html.contains("src=\"x.png\""))
  }
}
