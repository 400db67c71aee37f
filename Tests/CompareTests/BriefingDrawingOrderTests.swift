import Foundation
import Testing
import ZIPFoundation

@testable import compare

/// A briefing draws its charts' files and document pictures on every core, the biggest
/// first: what it writes must be what drawing them one at a time, in the spec's order, writes.
@Suite("compare briefing: drawing order")
struct BriefingDrawingOrderTests {
  let tmp: TemporaryDirectory
  init() throws { tmp = try TemporaryDirectory() }

  /// Every file's bytes, the .docx by its parts (its creation time, the one part that
  /// differs between two runs, left out).
  static func contents(of folder: URL) throws -> [String: Data] {
    var all: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let url = folder.appendingPathComponent(name)
      guard name.hasSuffix(".docx") else {
        all[name] = try Data(contentsOf: url)
        continue
      }
      let archive = try Archive(url: url, accessMode: .read)
      for entry in archive where entry.path != "docProps/core.xml" {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        all[name + "/" + entry.path] = bytes
      }
    }
    return all
  }

  @Test func theSampleBriefingWritesTheSameBytesDrawnConcurrentlyOrOneAtATime() throws {
    let spec = try BriefingSpec.load(CLIRunner.packageRoot.appendingPathComponent("samples/briefing.yaml"))
    let concurrent = tmp.url.appendingPathComponent("concurrent")
    let sequential = tmp.url.appendingPathComponent("sequential")
    let a = try BriefingRunner(spec: spec, outputDirectory: concurrent, quiet: true).run()
    let b = try BriefingRunner(spec: spec, outputDirectory: sequential, quiet: true, oneAtATime: true).run()
    #expect(a.map(\.files) == b.map(\.files) && a.allSatisfy { $0.error == nil })
    #expect(a.map { $0.built?.terminalOnly ?? [] } == b.map { $0.built?.terminalOnly ?? [] })
    // The sample's rankings are split: more pictures than charts, drawn as separate pieces.
    #expect(a.map(\.document.count).reduce(0, +) > a.count)
    let x = try Self.contents(of: concurrent), y = try Self.contents(of: sequential)
    #expect(x.keys.sorted() == y.keys.sorted() && x.keys.contains("briefing.docx/word/media/image1.png"))
    for key in x.keys.sorted() where key != "index.html" && key != "index.md" {
      #expect(x[key] == y[key], "\(key) differs")
    }
    // The index names its own folder's files; the same text apart from the folder.
    let html = { (data: Data?, dir: URL) in
      String(decoding: data ?? Data(), as: UTF8.self).replacingOccurrences(of: dir.path, with: "")
    }
    #expect(html(x["index.html"], concurrent) == html(y["index.html"], sequential))
    #expect(html(x["index.md"], concurrent) == html(y["index.md"], sequential))
  }

}
