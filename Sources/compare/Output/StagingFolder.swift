import ChartBuilding
import Foundation

/// A hidden folder inside the output folder where a briefing is built; its files are moved
/// into place only when every chart has been rendered, the index last. An interrupted or
/// failed run leaves the previous output as it was (before, SIGTERM at 40 % of a rerun left
/// a thousand charts of the new run under the old index).
///
/// The folder is on the same file system as the output, so each move is one `rename`.
struct StagingFolder {
  /// Where the files end up.
  let target: URL
  /// Where they are built.
  let url: URL

  init(in target: URL) throws {
    self.target = target
    url = target.appendingPathComponent(".compare-staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The staged place of an output file (checked to stay inside the folder).
  func file(_ name: String) throws -> URL { try SafeFileName.url(in: url, name: name) }

  /// Writes one staged file. The folder is never created again here: after an interruption
  /// has removed it, a renderer thread still finishing must fail, not bring it back (the
  /// folder was left behind when writers re-created it).
  func write(_ data: Data, to name: String) throws {
    let url = try file(name)
    try FileWriting.create(url, data, shownAs: target.appendingPathComponent(name).path, exclusive: false)
  }

  /// Moves the staged files into the output folder in the order given, then removes the
  /// staging folder. A file that is not staged (a chart that failed) is left alone.
  func commit(_ names: [String]) throws {
    for name in names {
      let from = try file(name)
      guard FileManager.default.fileExists(atPath: from.path) else { continue }
      let to = try SafeFileName.url(in: target, name: name)
      if rename(from.path, to.path) != 0 {
        throw CLIError("cannot move \(name) into \(target.path): \(FileWriting.reason(errno, name: name))")
      }
    }
    discard()
  }

  /// Removes the staging folder and whatever is in it.
  func discard() {
    // A renderer thread may add a file while the folder is being removed ("not empty"): try again.
    for _ in 0..<5 where FileManager.default.fileExists(atPath: url.path) {
      try? FileManager.default.removeItem(at: url)
    }
  }
}

/// What an interrupted briefing must remove: its staging folder and its lock, as far as
/// they exist when the signal comes.
final class PendingOutput: @unchecked Sendable {
  private let guardLock = NSLock()
  private var staging: StagingFolder?
  private var lock: OutputFolderLock?

  func set(staging: StagingFolder) {
    guardLock.lock()
    self.staging = staging
    guardLock.unlock()
  }

  func set(lock: OutputFolderLock) {
    guardLock.lock()
    self.lock = lock
    guardLock.unlock()
  }

  func discard() {
    guardLock.lock()
    defer { guardLock.unlock() }
    staging?.discard()
    lock?.release()
  }
}
