import Foundation

/// A file written in pieces that appears whole or not at all: the pieces go to a
/// temporary file beside the target, renamed over it by ``commit()``; a failure,
/// an interruption (Ctrl-C, SIGTERM) or ``discard()`` removes the temporary file and
/// leaves the target as it was. What ``AtomicFile`` does for bytes held in memory,
/// for output too large to hold (`compare extract` over thousands of reports).
///
///     let file = try AtomicFileStream(to: URL(fileURLWithPath: "facts.json"))
///     try file.output.write("[\n")
///     try file.commit()
final class AtomicFileStream {
  let target: URL
  let output: BufferedFileOutput
  private let temp: String
  private var open = true
  private var cleanup: SignalCleanup?

  init(to target: URL) throws {
    self.target = target
    let dir = target.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    // A short temporary name (as AtomicFile's): one built on the target's name went past 255 bytes first.
    let temp = dir.appendingPathComponent(".compare-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
    let fd = Foundation.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FileWriting.failure(target.path, errno, name: target.lastPathComponent) }
    self.temp = temp
    output = BufferedFileOutput(fd: fd, shownAs: target.path)
    cleanup = SignalCleanup { unlink(temp) }
  }

  /// Writes what is left and renames the file over the target.
  func commit() throws {
    do {
      try output.flush()
      guard close(output.fd) == 0 else { throw FileWriting.failure(target.path, errno, name: target.lastPathComponent) }
      open = false
      guard rename(temp, target.path) == 0 else {
        throw FileWriting.failure(target.path, errno, name: target.lastPathComponent)
      }
      cleanup?.cancel()
      cleanup = nil
    } catch {
      discard()
      throw error
    }
  }

  /// Removes the temporary file; the target stays as it was.
  func discard() {
    if open { close(output.fd) }
    open = false
    unlink(temp)
    cleanup?.cancel()
    cleanup = nil
  }

  deinit {
    if cleanup != nil { discard() }
  }
}
