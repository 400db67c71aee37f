import Foundation

/// A scratch file with no name: created and unlinked at once, written, then read back
/// from the start. Rows whose final shape is known only at the end (a CSV header
/// that depends on every row) wait here instead of in memory, and nothing is left
/// behind whatever ends the process.
///
///     let spool = try SpoolFile(in: dir, shownAs: "facts.csv")
///     try spool.output.write(bytes: record)
///     var reader = try spool.reader()
///     while let b = try reader.bytes(4) { … }
final class SpoolFile {
  let output: BufferedFileOutput

  /// - Parameter shownAs: the output it serves, named in errors (the disk is full…).
  init(in directory: URL, shownAs shown: String) throws {
    let path = directory.appendingPathComponent(".compare-spool-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
    let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileWriting.failure(shown, errno, name: (shown as NSString).lastPathComponent) }
    unlink(path)
    output = BufferedFileOutput(fd: fd, shownAs: shown)
  }

  deinit { close(output.fd) }

  /// Reads what was written, from the start.
  func reader() throws -> Reader {
    try output.flush()
    guard lseek(output.fd, 0, SEEK_SET) == 0 else {
      throw FileWriting.failure(output.shown, errno, name: (output.shown as NSString).lastPathComponent)
    }
    return Reader(fd: output.fd, shown: output.shown)
  }

  /// Sequential reads through a fixed buffer.
  struct Reader {
    let fd: Int32
    let shown: String
    private var buffer: [UInt8] = []
    private var at = 0

    init(fd: Int32, shown: String) {
      self.fd = fd
      self.shown = shown
    }

    /// The next `count` bytes; nil at the end of the file.
    mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8>? {
      while buffer.count - at < count {
        buffer.removeSubrange(0..<at)
        at = 0
        let have = buffer.count
        let want = max(count - have, 256 << 10)
        buffer.append(contentsOf: repeatElement(0, count: want))
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + have, want) }
        if n < 0 {
          let code = errno
          buffer.removeSubrange(have...)
          if code == EINTR { continue }
          throw CLIError("cannot read back the rows for \(shown): \(String(cString: strerror(code)))")
        }
        buffer.removeSubrange((have + n)...)
        if n == 0 { return nil }
      }
      defer { at += count }
      return buffer[at..<at + count]
    }
  }
}
