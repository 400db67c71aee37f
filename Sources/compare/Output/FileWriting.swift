import Foundation

/// Creates a new file with the given bytes through POSIX calls, so that a failure keeps its
/// reason: `FileManager.createFile` answers only false, and the user was told "is the
/// directory writable?" for a full disk or a file name over 255 bytes.
///
///     try FileWriting.create(url, data)  // CLIError("cannot write …: the disk is full")
enum FileWriting {
  /// - Parameter exclusive: fail if the file exists (a temporary name); otherwise replace it.
  static func create(_ url: URL, _ data: Data, shownAs shown: String? = nil, exclusive: Bool = true) throws {
    let path = url.path
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC), 0o644)
    guard fd >= 0 else { throw failure(shown ?? path, errno, name: url.lastPathComponent) }
    var failed: Int32 = 0
    data.withUnsafeBytes { bytes in
      var done = 0
      while done < bytes.count {
        let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failed = errno
          return
        }
        done += n
      }
    }
    if failed == 0, close(fd) != 0 { failed = errno } else if failed != 0 { close(fd) }
    if failed != 0 {
      unlink(path)
      throw failure(shown ?? path, failed, name: url.lastPathComponent)
    }
  }

  /// "cannot write PATH: REASON", the reason said the way a user can act on it.
  static func failure(_ shown: String, _ code: Int32, name: String) -> CLIError {
    CLIError("cannot write \(shown): \(reason(code, name: name))")
  }

  static func reason(_ code: Int32, name: String) -> String {
    switch code {
    case ENOSPC: "the disk is full"
    case EDQUOT: "the disk quota is used up"
    case ENAMETOOLONG:
      "the file name is too long (\(name.utf8.count) bytes; most file systems allow 255); choose a shorter name"
    case EACCES, EPERM: "permission denied (the directory is not writable for this user)"
    case EROFS: "the file system is read-only"
    case ENOENT: "the directory does not exist (any more)"
    case EEXIST: "a file of that name appeared while writing"
    default: String(cString: strerror(code))
    }
  }
}
