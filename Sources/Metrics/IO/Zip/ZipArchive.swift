import Foundation
import ZIPFoundation

/// The entries of a ZIP archive (.xlsx, .docx) read from its bytes, each checked
/// against them, and a part inflated within a limit.
///
///     let zip = try ZipArchive(data: data, maxEntries: 10_000)
///     let xml = try zip.contents(of: zip.entry("word/document.xml")!, limit: 64 << 20)
///
/// ZIPFoundation is kept for its inflater (`Data.decompress`), not for reading
/// the archive: its in-memory archive traps on an entry whose local header lies
/// past the end (Fuzz/regressions/docx-seek-past-end), and its `extract` loops
/// for ever on a deflate stream cut short — its reader returns empty chunks at
/// the end of the file and the loop waits for a stream end that never comes
/// (Fuzz/regressions/xlsx-deflate-cut-short, a CI timeout). Here the inflater is
/// fed only the entry's own compressed bytes, and asking for more is an error.
struct ZipArchive {
  struct Entry: Sendable {
    let path: String
    /// 0 stored, 8 deflated; others are refused when read.
    let method: Int
    let crc32: UInt32
    let compressedSize: Int
    /// As the directory declares it: it can lie, so inflating counts too.
    let uncompressedSize: Int
    /// Offset of the first compressed byte (after the local header).
    let dataStart: Int
    var isDirectory: Bool { path.hasSuffix("/") }
  }

  /// Why an archive cannot be read; each reader words it for its own file kind.
  enum Problem: Error, Equatable {
    case notZip
    case damaged(String)
    case zip64
    case tooManyEntries(Int)
    case unsupportedMethod(String, Int)
    case partTooLarge(String, limit: Int)
  }

  let data: Data
  let entries: [Entry]

  /// - Throws: ``Problem``.
  init(data: Data, maxEntries: Int) throws {
    guard data.count >= 22, data.starts(with: [0x50, 0x4B]) else { throw Problem.notZip }
    // Offsets below count from 0, which a slice of a larger Data does not.
    self.data = data.startIndex == 0 ? data : Data(data)
    self.entries = try self.data.withUnsafeBytes { try Self.directory(of: $0, maxEntries: maxEntries) }
  }

  func entry(_ path: String) -> Entry? { entries.first { $0.path == path } }

  /// The inflated bytes of an entry, at most `limit` of them; the checksum is verified.
  /// - Throws: ``Problem``.
  func contents(of entry: Entry, limit: Int) throws -> Data {
    let range = entry.dataStart..<entry.dataStart + entry.compressedSize
    switch entry.method {
    case 0:
      guard entry.compressedSize <= limit else { throw Problem.partTooLarge(entry.path, limit: limit) }
      let out = Data(data[range])
      guard out.crc32(checksum: 0) == entry.crc32 else { throw Problem.damaged("\(entry.path) fails its checksum") }
      return out
    case 8:
      return try inflate(entry, range: range, limit: limit)
    default:
      throw Problem.unsupportedMethod(entry.path, entry.method)
    }
  }

  private struct Stop: Error {
    let problem: Problem
  }

  private func inflate(_ entry: Entry, range: Range<Int>, limit: Int) throws -> Data {
    // ZIPFoundation's inflater tells zlib that every chunk is `bufferSize` long
    // whatever its real count, so each chunk is padded to that length; zeros
    // after a cut stream read as a broken stored block, which zlib refuses.
    let bufferSize = 64 << 10
    var out = Data()
    out.reserveCapacity(min(entry.uncompressedSize, limit))
    var next = range.lowerBound
    let crc: CRC32
    do {
      crc = try Data.decompress(
        size: Int64(entry.compressedSize), bufferSize: bufferSize, skipCRC32: false,
        provider: { _, _ in
          guard next < range.upperBound else {
            throw Stop(problem: .damaged("\(entry.path) ends before its compressed data does"))
          }
          let end = min(range.upperBound, next + bufferSize)
          var chunk = Data(count: bufferSize)
          chunk.replaceSubrange(0..<end - next, with: data[next..<end])
          next = end
          return chunk
        },
        consumer: { chunk in
          if out.count + chunk.count > limit { throw Stop(problem: .partTooLarge(entry.path, limit: limit)) }
          out.append(chunk)
        })
    } catch let stop as Stop {
      throw stop.problem
    } catch {
      throw Problem.damaged("\(entry.path) cannot be inflated (\(error))")
    }
    guard crc == entry.crc32 else { throw Problem.damaged("\(entry.path) fails its checksum") }
    return out
  }

  /// Walks the central directory and checks every entry against the bytes.
  private static func directory(of b: UnsafeRawBufferPointer, maxEntries: Int) throws -> [Entry] {
    let n = b.count
    func u16(_ p: Int) -> Int { p >= 0 && p + 2 <= n ? Int(b[p]) | Int(b[p + 1]) << 8 : -1 }
    func u32(_ p: Int) -> Int {
      p >= 0 && p + 4 <= n ? Int(b[p]) | Int(b[p + 1]) << 8 | Int(b[p + 2]) << 16 | Int(b[p + 3]) << 24 : -1
    }
    // The end-of-central-directory record: in the last 22 + 65,535 bytes.
    var end = -1
    var p = n - 22
    while p >= max(0, n - 22 - 65_535) {
      if u32(p) == 0x0605_4B50 {
        end = p
        break
      }
      p -= 1
    }
    guard end >= 0 else { throw Problem.damaged("no central directory; the file may be cut short") }
    let count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
    if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF { throw Problem.zip64 }
    guard count <= maxEntries else { throw Problem.tooManyEntries(maxEntries) }
    guard start >= 0, size >= 0, start + size <= end else {
      throw Problem.damaged("the central directory lies outside the file")
    }
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    var q = start
    for k in 0..<count {
      guard q + 46 <= start + size, u32(q) == 0x0201_4B50 else {
        throw Problem.damaged("entry \(k + 1) of the directory is broken")
      }
      let method = u16(q + 10), crc = u32(q + 16), compressed = u32(q + 20), uncompressed = u32(q + 24)
      let nameLength = u16(q + 28), extra = u16(q + 30), comment = u16(q + 32), local = u32(q + 42)
      if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw Problem.zip64 }
      guard q + 46 + nameLength <= start + size else {
        throw Problem.damaged("entry \(k + 1) of the directory is broken")
      }
      guard local + 30 <= n, u32(local) == 0x0403_4B50 else {
        throw Problem.damaged("entry \(k + 1) points past the end of the file")
      }
      let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
      guard dataStart + compressed <= n else { throw Problem.damaged("entry \(k + 1) runs past the end of the file") }
      // Names are UTF-8 (or, from old tools, CP437); an unreadable name matches no part.
      let nameBytes = UnsafeRawBufferPointer(rebasing: b[q + 46..<q + 46 + nameLength])
      let path = String(validating: nameBytes, as: UTF8.self) ?? String(decoding: nameBytes, as: UTF8.self)
      entries.append(
        Entry(
          path: path, method: method, crc32: UInt32(crc), compressedSize: compressed, uncompressedSize: uncompressed,
          dataStart: dataStart))
      q += 46 + nameLength + extra + comment
    }
    return entries
  }
}
