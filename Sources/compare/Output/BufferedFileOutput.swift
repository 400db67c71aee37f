import Foundation

/// Bytes written to a file descriptor through a fixed buffer, so that output written
/// a row at a time costs one `write` per 256 KiB and holds no more than that. A
/// failed write keeps its reason as ``FileWriting`` says it (the disk is full…).
///
///     let out = BufferedFileOutput(fd: 1, shownAs: "standard output")
///     try out.write("district,year\n")
///     try out.flush()
final class BufferedFileOutput {
  let fd: Int32
  /// The path the user knows (the target, not a temporary name), for errors.
  let shown: String
  private var buffer: [UInt8] = []
  private static let capacity = 256 << 10

  init(fd: Int32, shownAs shown: String) {
    self.fd = fd
    self.shown = shown
    buffer.reserveCapacity(Self.capacity)
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.capacity { try flush() }
  }

  func write<C: Collection>(bytes: C) throws where C.Element == UInt8 {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.capacity { try flush() }
  }

  /// An integer's bytes, little-endian, without building an array for them.
  func write<T: FixedWidthInteger>(littleEndian n: T) throws {
    withUnsafeBytes(of: n.littleEndian) { buffer.append(contentsOf: $0) }
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Writes what is buffered.
  func flush() throws {
    defer { buffer.removeAll(keepingCapacity: true) }
    try buffer.withUnsafeBytes { bytes in
      var done = 0
      while done < bytes.count {
        let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          throw FileWriting.failure(shown, errno, name: (shown as NSString).lastPathComponent)
        }
        done += n
      }
    }
  }
}
