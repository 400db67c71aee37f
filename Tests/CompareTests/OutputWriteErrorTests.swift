import Foundation
import Testing

/// A file that cannot be written is reported with its reason (issue 13, item 11): before, a
/// 250-byte name failed because the temporary name built on it passed 255 bytes, and every
/// failure read "is the directory writable?".
@Suite struct OutputWriteErrorTests {
  static let base = ["bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023"]

  @Test func aNameOf250BytesIsWritten() throws {
    let tmp = try TemporaryDirectory()
    let out = tmp.url.appendingPathComponent(String(repeating: "a", count: 246) + ".png")
    let r = try CLIRunner.run(Self.base + ["--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.path))
    // No temporary file is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == [out.lastPathComponent])
  }

  @Test func aNameOver255BytesSaysSo() throws {
    let tmp = try TemporaryDirectory()
    let out = tmp.url.appendingPathComponent(String(repeating: "图", count: 90) + ".png")  // 274 bytes
    let r = try CLIRunner.run(Self.base + ["--output", out.path])
    #expect(r.status != 0 && r.status < 128, "\(r.status)")
    #expect(r.stderr.contains("the file name is too long (274 bytes"), "\(r.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).isEmpty)
  }
}
