import Foundation

/// Walks a ZIP's central directory and checks every entry against the bytes
/// before ZIPFoundation opens the archive: its in-memory archive traps (a
/// crash, not an error) on an entry whose local header lies past the end —
/// the fuzzer's first find (Fuzz/regressions/docx-seek-past-end).
///
///     try ZipDirectoryCheck.check(data, file: "t.xlsx", entries: 10_000)
enum ZipDirectoryCheck {
  static func check(_ data: Data, file: String, entries limit: Int) throws {
    try data.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
      let n = b.count
      func u16(_ p: Int) -> Int { p + 2 <= n ? Int(b[p]) | Int(b[p + 1]) << 8 : -1 }
      func u32(_ p: Int) -> Int {
        p + 4 <= n ? Int(b[p]) | Int(b[p + 1]) << 8 | Int(b[p + 2]) << 16 | Int(b[p + 3]) << 24 : -1
      }
      func damaged(_ what: String) -> InputError {
        InputError(file: file, "not a readable Excel workbook: the ZIP archive is damaged (\(what))")
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
      guard end >= 0 else { throw damaged("no central directory; the file may be cut short") }
      let count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
      if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
        throw InputError(file: file, "a ZIP64 archive: workbooks that large are not read; save the sheet as CSV")
      }
      guard count <= limit else {
        throw InputError(file: file, "the workbook has more than \(limit) ZIP entries; refused as a likely zip bomb")
      }
      guard start >= 0, size >= 0, start + size <= end else {
        throw damaged("the central directory lies outside the file")
      }
      var q = start
      for k in 0..<count {
        guard q + 46 <= start + size, u32(q) == 0x0201_4B50 else {
          throw damaged("entry \(k + 1) of the directory is broken")
        }
        let compressed = u32(q + 20), nameLength = u16(q + 28), extra = u16(q + 30), comment = u16(q + 32),
          local = u32(q + 42)
        if compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
          throw InputError(file: file, "a ZIP64 archive: workbooks that large are not read; save the sheet as CSV")
        }
        guard local + 30 <= n, u32(local) == 0x0403_4B50 else {
          throw damaged("entry \(k + 1) points past the end of the file")
        }
        let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
        guard dataStart + compressed <= n else { throw damaged("entry \(k + 1) runs past the end of the file") }
        q += 46 + nameLength + extra + comment
      }
    }
  }
}
