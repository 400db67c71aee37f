import ChartBuilding
import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a
/// temporary file in the same directory, which is then renamed over the target.
enum AtomicFile {
  /// Writes `data` to `url`, creating the directory if needed.
  ///
  /// - Parameter replacing: when false, an existing file is an error: nothing
  ///   the user gave is ever overwritten unless they asked for it.
  static func write(_ data: Data, to url: URL, replacing: Bool = true) throws {
    let fm = FileManager.default
    let dir = url.deletingLastPathComponent()
    try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    if !replacing, fm.fileExists(atPath: url.path) {
      throw CLIError("\(url.path) exists already; not overwriting it")
    }
    // A short temporary name: one built on the target's name went past 255 bytes before the target did.
    let temp = dir.appendingPathComponent(
      ".compare-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
    try FileWriting.create(temp, data, shownAs: url.path)
    if rename(temp.path, url.path) != 0 {
      let code = errno
      try? fm.removeItem(at: temp)
      throw FileWriting.failure(url.path, code, name: url.lastPathComponent)
    }
  }

  static func write(_ text: String, to url: URL, replacing: Bool = true) throws {
    try write(Data(text.utf8), to: url, replacing: replacing)
  }
}
