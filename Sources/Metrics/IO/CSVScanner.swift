import Foundation

/// Splits CSV bytes (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a
/// leading UTF-8 BOM) into records of fields, keeping each record's line.
///
/// It yields byte ranges into the buffer instead of strings so that a reader
/// can intern names and parse numbers without allocating per field.
/// Hand-written: SwiftCSV and CSV.swift build a `String` per field, which costs
/// more than the whole read of the 1.8 M-row benchmark table may take.
struct CSVScanner {
  struct Field {
    /// Byte range inside the buffer, without the enclosing quotes.
    var start: Int
    var end: Int
    /// The field contains doubled quotes that must be unescaped.
    var escaped: Bool
  }

  enum ScanError: Error {
    case unterminatedQuote(line: Int)
    /// Text after a closing quote (`"abc"x,`): the quoting is broken.
    case textAfterQuote(line: Int)
    /// More than ``maxFields`` fields in one record.
    case tooManyFields(line: Int)
    /// A field longer than ``maxFieldBytes``, with the start of it to quote.
    case fieldTooLong(line: Int, excerpt: String)

    var line: Int {
      switch self {
      case .unterminatedQuote(let l), .textAfterQuote(let l), .tooManyFields(let l), .fieldTooLong(let l, _): l
      }
    }

    var message: String {
      switch self {
      case .unterminatedQuote: "a quoted field is not closed (missing \")"
      case .textAfterQuote: "text follows a closing quote; write a quote inside a quoted field as \"\""
      case .tooManyFields:
        "the row has more than \(CSVScanner.maxFields) fields (Excel's limit); is the file CSV, and is its separator a comma?"
      case .fieldTooLong(_, let excerpt):
        "a field is longer than \(CSVScanner.maxFieldBytes >> 20) MiB (\(excerpt)); no table cell is that long (a quote left open, or not a table?)"
      }
    }
  }

  /// Bounds checked while scanning, so that a hostile file fails with an error
  /// instead of growing a field list or one string without end (a 200 MB line
  /// of commas was 100 M fields, over 6 GB). Excel's column limit, and 1 MiB per cell.
  static let maxFields = 16_384
  static let maxFieldBytes = 1 << 20

  /// The error for a field from `start` to `end` that is too long, quoting its first characters.
  func tooLong(_ start: Int, _ end: Int, line: Int) -> ScanError {
    var cut = min(end, start + 120)
    while cut < end && cut > start && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
    let shown = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self)
    var rest = 0
    for b in bytes[cut..<end] where b & 0xC0 != 0x80 { rest += 1 }
    return .fieldTooLong(line: line, excerpt: "“\(shown)…”, and \(rest) more characters")
  }

  let bytes: UnsafeRawBufferPointer
  private(set) var position: Int
  /// Line (1-based) where the next record starts.
  private(set) var line = 1

  /// `line` is the line the buffer starts on (a chunk of a larger file starts later).
  init(bytes: UnsafeRawBufferPointer, line: Int = 1) {
    self.bytes = bytes
    self.line = line
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    position = bytes.count >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2] ? 3 : 0
  }

  /// The byte offset where the next record starts.
  var offset: Int { position }

  /// Like ``next(into:)`` for buffers known to hold no quote character: splits
  /// at commas and line ends only, writing at most `capacity` fields into `out`
  /// (`count` is the true number of fields, even when above `capacity`). About twice
  /// as fast, which matters for million-row tables.
  @inline(__always)
  mutating func nextUnquoted(into out: UnsafeMutablePointer<Field>, capacity: Int, count: inout Int) throws -> Int? {
    let n = bytes.count
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
    while position < n, base[position] == 0x0A || base[position] == 0x0D {
      if base[position] == 0x0A || (position + 1 >= n || base[position + 1] != 0x0A) { line += 1 }
      position += 1
    }
    if position >= n { return nil }
    let recordLine = line
    var k = 0
    var start = position
    while true {
      position = Self.nextSeparator(base, position, n)
      if position - start > Self.maxFieldBytes { throw tooLong(start, position, line: recordLine) }
      guard position < n, base[position] == 0x2C else { break }
      if k < capacity { out[k] = Field(start: start, end: position, escaped: false) }
      k += 1
      position += 1
      start = position
    }
    if k < capacity { out[k] = Field(start: start, end: position, escaped: false) }
    k += 1
    if position < n {
      if base[position] == 0x0D, position + 1 < n, base[position + 1] == 0x0A { position += 1 }
      position += 1
      line += 1
    }
    count = k
    return recordLine
  }

  /// Reads the next non-blank record into `fields`; returns its line, or nil at the end.
  mutating func next(into fields: inout [Field]) throws -> Int? {
    fields.removeAll(keepingCapacity: true)
    let n = bytes.count
    // Skip blank lines.
    while position < n, bytes[position] == 0x0A || bytes[position] == 0x0D {
      if bytes[position] == 0x0A || (bytes[position] == 0x0D && (position + 1 >= n || bytes[position + 1] != 0x0A)) {
        line += 1
      }
      position += 1
    }
    if position >= n { return nil }
    let recordLine = line
    while true {
      if position < n, bytes[position] == 0x22 {  // quoted field
        position += 1
        let start = position
        var escaped = false
        while true {
          guard position < n else { throw ScanError.unterminatedQuote(line: recordLine) }
          let b = bytes[position]
          if b == 0x22 {
            if position + 1 < n, bytes[position + 1] == 0x22 {
              escaped = true
              position += 2
              continue
            }
            break
          }
          if b == 0x0A { line += 1 }
          position += 1
        }
        if position - start > Self.maxFieldBytes { throw tooLong(start, position, line: recordLine) }
        fields.append(Field(start: start, end: position, escaped: escaped))
        position += 1  // closing quote
        // Tolerate spaces between the closing quote and the separator.
        while position < n, bytes[position] == 0x20 { position += 1 }
        if position < n, bytes[position] != 0x2C, bytes[position] != 0x0A, bytes[position] != 0x0D {
          throw ScanError.textAfterQuote(line: line)
        }
      } else {
        let start = position
        if let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) {
          position = Self.nextSeparator(base, position, n)
        }
        if position - start > Self.maxFieldBytes { throw tooLong(start, position, line: recordLine) }
        fields.append(Field(start: start, end: position, escaped: false))
      }
      if fields.count > Self.maxFields { throw ScanError.tooManyFields(line: recordLine) }
      if position >= n { return recordLine }
      let b = bytes[position]
      position += 1
      if b == 0x2C { continue }
      if b == 0x0D, position < n, bytes[position] == 0x0A { position += 1 }
      line += 1
      return recordLine
    }
  }

  /// The position of the next comma, LF or CR at or after `from` (or `n`).
  /// Eight bytes at a time (SWAR): a tidy row is mostly short fields, and this
  /// loop was a third of the time spent reading the 1.8 M-row table.
  @inline(__always)
  static func nextSeparator(_ base: UnsafePointer<UInt8>, _ from: Int, _ n: Int) -> Int {
    var p = from
    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    while p + 8 <= n {
      let w = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
      let c = w ^ (ones &* 0x2C), l = w ^ (ones &* 0x0A), r = w ^ (ones &* 0x0D)
      // A byte of x is zero exactly where w held the separator; the lowest set
      // high bit marks the first such byte (little-endian).
      let m = ((c &- ones) & ~c | (l &- ones) & ~l | (r &- ones) & ~r) & highs
      if m != 0 { return p + m.trailingZeroBitCount / 8 }
      p += 8
    }
    while p < n {
      let b = base[p]
      if b == 0x2C || b == 0x0A || b == 0x0D { return p }
      p += 1
    }
    return n
  }

  /// The field's bytes as a string, unescaping doubled quotes.
  func string(_ f: Field) -> String {
    let raw = UnsafeRawBufferPointer(rebasing: bytes[f.start..<f.end])
    let s = String(decoding: raw, as: UTF8.self)
    return f.escaped ? s.replacingOccurrences(of: "\"\"", with: "\"") : s
  }

  func raw(_ f: Field) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[f.start..<f.end])
  }
}
