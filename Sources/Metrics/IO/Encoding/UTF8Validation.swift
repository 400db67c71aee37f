import Foundation

/// Where UTF-8 bytes stop being UTF-8.
///
///     UTF8Validation.firstInvalidOffset(in: Array("Zürich".utf8))  // nil
///     UTF8Validation.firstInvalidOffset(in: [0x5A, 0xFC, 0x72])     // 1 (Latin-1 ü)
///
/// Hand-written rather than `String(validating:)` because the error must say
/// which byte is wrong, and because it skips ASCII eight bytes at a time: a tidy
/// table is mostly digits and commas.
enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a valid
  /// UTF-8 sequence, or nil when all of `bytes` is UTF-8.
  static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
    let n = bytes.count
    var p = 0
    while p < n {
      // ASCII runs, eight bytes at a time.
      while p + 8 <= n, UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        p += 8
      }
      guard p < n else { break }
      let b = base[p]
      if b < 0x80 {
        p += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80, high: UInt8 = 0xBF  // bounds of the second byte
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F  // no surrogates
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return p
      }
      guard p + length <= n else { return p }
      guard base[p + 1] >= low && base[p + 1] <= high else { return p }
      for k in 2..<max(length, 2) where base[p + k] & 0xC0 != 0x80 { return p }
      p += length
    }
    return nil
  }

  static func firstInvalidOffset(in data: Data) -> Int? {
    data.withUnsafeBytes { firstInvalidOffsetInParallel(in: $0) }
  }

  /// Large inputs are cut at character starts into one chunk per core: the
  /// 1.8 M-row benchmark table is mostly Chinese (three bytes a character), and
  /// one core took a tenth of the table's whole read to validate it.
  static func firstInvalidOffsetInParallel(in bytes: UnsafeRawBufferPointer, minimumChunkedBytes: Int = 1 << 22) -> Int?
  {
    let cores = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8)
    guard bytes.count >= minimumChunkedBytes, cores > 1 else { return firstInvalidOffset(in: bytes) }
    var cuts = [0]
    for k in 1..<cores {
      var p = max(bytes.count * k / cores, cuts.last!)
      var steps = 0
      while p < bytes.count && bytes[p] & 0xC0 == 0x80 && steps < 3 {
        p += 1
        steps += 1
      }
      cuts.append(p)
    }
    cuts.append(bytes.count)
    let bounds = cuts
    let found = UnsafeMutablePointer<Int>.allocate(capacity: cores)
    found.initialize(repeating: Int.max, count: cores)
    defer { found.deallocate() }
    let shared = SharedBytes(bytes), slots = SharedPointer(found)
    DispatchQueue.concurrentPerform(iterations: cores) { k in
      let chunk = UnsafeRawBufferPointer(rebasing: shared.bytes[bounds[k]..<bounds[k + 1]])
      if let bad = firstInvalidOffset(in: chunk) { slots.pointer[k] = bounds[k] + bad }
    }
    let first = UnsafeBufferPointer(start: found, count: cores).min()!
    return first == Int.max ? nil : first
  }
}
