import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file mapped read-only, whose pages a reader hands back as soon as it has
/// passed them, so that reading a file of any size keeps only a window of it resident.
///
///     let file = try MappedFile(url)
///     // … parse file.bytes[0..<n] …
///     file.release(file.bytes.baseAddress!, upTo: n)  // those pages leave the resident set
///
/// Why: peak resident memory counts every mapped page a process has touched, so
/// a 402 MB table read through one mapping costs 402 MB however little of it the
/// query keeps (9 M rows, one indicator of 40: 794 MiB before, mostly the file).
/// Pages given back with `MADV_DONTNEED` are read again from the page cache if
/// touched later (an error message quoting a line), never lost: the mapping is
/// private and never written. Anonymous memory (a transcoded file, standard
/// input) is never released this way: ``releasable`` is false there.
final class MappedFile: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
  private let length: Int

  /// Maps `url`; nil when it cannot be mapped (not a regular file, empty, or no
  /// mmap on this system), so the caller falls back to reading it into memory.
  init?(_ url: URL) {
    #if os(Linux)
      let fd = open(url.path, O_RDONLY)
      guard fd >= 0 else { return nil }
      defer { close(fd) }
      var st = stat()
      guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
      let n = Int(st.st_size)
      guard let p = mmap(nil, n, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
      _ = madvise(p, n, MADV_SEQUENTIAL)
      bytes = UnsafeRawBufferPointer(start: p, count: n)
      length = n
    #else
      return nil
    #endif
  }

  /// The mapping as `Data`, without a copy (the Data keeps this file alive).
  var data: Data {
    Data(
      bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.baseAddress!), count: length,
      deallocator: .custom { _, _ in _ = self })
  }

  /// Gives back the whole pages of the mapping between `from` and `to` (addresses inside it).
  func release(from: UnsafeRawPointer, to: UnsafeRawPointer) {
    Self.release(from: from, to: to, within: bytes)
  }

  static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// Gives back the whole pages between `from` and `to` that lie inside the file mapping `mapping`.
  static func release(from: UnsafeRawPointer, to: UnsafeRawPointer, within mapping: UnsafeRawBufferPointer) {
    #if os(Linux)
      guard let base = mapping.baseAddress else { return }
      let lo = max(Int(bitPattern: from), Int(bitPattern: base))
      let hi = min(Int(bitPattern: to), Int(bitPattern: base) + mapping.count)
      let start = (lo + pageSize - 1) & ~(pageSize - 1)
      let end = hi & ~(pageSize - 1)
      guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(p, end - start, MADV_DONTNEED)
    #endif
  }

  /// Whether the file is plain UTF-8 (with or without a BOM), checked in windows
  /// that are given back as they are passed, so that checking a large file does
  /// not make all of it resident. False also for UTF-16 or GB18030: the caller
  /// then reads the file the ordinary way, which transcodes or names the bad byte.
  func isUTF8() -> Bool {
    let b = bytes
    if b.count >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) { return false }
    let window = 16 << 20
    var start = 0
    while start < b.count {
      var end = min(start + window, b.count)
      // Cut before a character's continuation bytes, never inside a character.
      while end < b.count && end > start && b[end] & 0xC0 == 0x80 { end -= 1 }
      let part = UnsafeRawBufferPointer(rebasing: b[start..<end])
      if UTF8Validation.firstInvalidOffset(in: part) != nil { return false }
      release(from: part.baseAddress!, to: part.baseAddress! + part.count)
      start = end
    }
    return true
  }

  deinit {
    #if os(Linux)
      munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress!), length)
    #endif
  }
}
