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
    let temp = dir.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
    guard fm.createFile(atPath: temp.path, contents: data) else {
      throw CLIError("cannot write \(url.path) (is the directory writable?)")
    }
    if rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? fm.removeItem(at: temp)
      throw CLIError("cannot write \(url.path): \(reason)")
    }
  }

  static func write(_ text: String, to url: URL, replacing: Bool = true) throws {
    try write(Data(text.utf8), to: url, replacing: replacing)
  }
}
