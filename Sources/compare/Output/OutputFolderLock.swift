import ChartBuilding
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive lock on an output folder: two briefings writing into one folder at once
/// produced an index that matched neither run. The second one now stops with a message.
final class OutputFolderLock: @unchecked Sendable {
  let url: URL
  private var fd: Int32
  private let guardLock = NSLock()

  /// Takes the lock or throws at once (never waits).
  init(_ directory: URL) throws {
    url = directory.appendingPathComponent(".compare.lock")
    fd = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw CLIError("cannot create \(url.path): \(String(cString: strerror(errno)))") }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      close(fd)
      fd = -1
      throw CLIError(
        "another compare is writing into \(directory.path) (\(url.lastPathComponent) is locked); "
          + "wait for it to finish or choose another output folder")
    }
  }

  /// Removes the lock file and lets go of the lock.
  func release() {
    guardLock.lock()
    defer { guardLock.unlock() }
    guard fd >= 0 else { return }
    unlink(url.path)
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  deinit { release() }
}
