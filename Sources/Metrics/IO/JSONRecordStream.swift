import Foundation

/// Reads a JSON array of flat objects one record at a time, so that a table in
/// JSON costs one record's values at a time, not a tree of the whole file.
///
///     var stream = try JSONRecordStream(bytes: buffer, file: "t.json")
///     while let (line, object) = try stream.next() { … object["district"] as? String … }
///
/// Each record comes as `[String: Any]` holding what `JSONSerialization` would
/// (String, NSNumber, Bool, NSNull, and arrays of those), so the readers keep
/// their rules. A value nested deeper (an object inside a record, an array
/// inside an array) is skipped without being built and reads as null.
///
/// Why hand-written (measured on 40 MB of tidy records, 150,000 objects of 11
/// fields, release build): `JSONSerialization.jsonObject` peaked at 1.2 GB and
/// took 11.6 s, because every value becomes a bridged Foundation object and the
/// whole tree lives until the last record is read; `JSONDecoder` builds the same
/// tree internally before decoding (1.1 GB). This stream: one record at a time.
/// Syntax errors name the line and the column (in characters), as an editor shows them.
/// Nesting is skipped with a counter, not recursion: 40 MB of `[[[[…` cannot
/// overflow the stack.
struct JSONRecordStream {
  let bytes: UnsafeRawBufferPointer
  let file: String
  private var p = 0
  private var line = 1
  private var lineStart = 0
  private var first = true
  private var done = false
  /// The file `bytes` maps, whose pages are given back behind the records read (``MappedFile``).
  private let mapping: MappedFile?
  private var released = 0

  /// Reads up to the opening `[` of the top-level array.
  ///
  /// - Parameter mapping: the file mapping `bytes` lies in, if any: the pages already read are
  ///   given back every 8 MiB, so that a 49 MB file is not resident as a whole.
  init(bytes: UnsafeRawBufferPointer, file: String, notArray: String, mapping: MappedFile? = nil) throws {
    self.bytes = bytes
    self.file = file
    self.mapping = mapping
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { p = 3 }
    skipSpace()
    guard p < bytes.count else { throw syntax("the file is empty") }
    guard bytes[p] == UInt8(ascii: "[") else {
      if bytes[p] == UInt8(ascii: "{") { throw InputError(file: file, line: line, notArray) }
      throw syntax("expected a JSON array")
    }
    p += 1
  }

  /// The next element's line and its fields (nil when the element is not an
  /// object: `isObject` false), or nil after the closing `]`.
  ///
  /// - Parameters:
  ///   - keep: which keys' values to build (nil: all); the others are checked for their
  ///     syntax only and left out of the object (a wide table read for one indicator).
  ///   - keysOnly: every key and value is checked and skipped; the object comes empty and
  ///     its keys' bytes are in ``lastKeys`` (a wide table's header: building 1.8 M numbers
  ///     and hashing 1.8 M keys to learn 40 was most of its first pass).
  mutating func next(keep: ((String) -> Bool)? = nil, keysOnly: Bool = false) throws -> (
    line: Int, object: [String: Any]?
  )? {
    if done { return nil }
    if let mapping, p - released >= 8 << 20, let base = bytes.baseAddress {
      mapping.release(from: base + released, to: base + p)
      released = p
    }
    skipSpace()
    guard p < bytes.count else { throw syntax("the array is not closed (missing ])") }
    if bytes[p] == UInt8(ascii: "]") {
      p += 1
      done = true
      skipSpace()
      if p < bytes.count { throw syntax("text after the end of the array") }
      return nil
    }
    if !first {
      guard bytes[p] == UInt8(ascii: ",") else { throw syntax("expected , or ] after an element") }
      p += 1
      skipSpace()
      guard p < bytes.count else { throw syntax("the array is not closed (missing ])") }
      // A comma before the closing bracket is tolerated, as Foundation's parser tolerated it.
      if bytes[p] == UInt8(ascii: "]") {
        first = true
        return try next(keep: keep, keysOnly: keysOnly)
      }
    }
    first = false
    let at = line
    if keysOnly { lastKeys.removeAll(keepingCapacity: true) }
    if bytes[p] != UInt8(ascii: "{") {
      try skipValue()
      return (at, nil)
    }
    p += 1
    var object: [String: Any] = [:]
    skipSpace()
    if p < bytes.count && bytes[p] == UInt8(ascii: "}") {
      p += 1
      return (at, object)
    }
    while true {
      skipSpace()
      guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
      let keyStart = p + 1
      let key: String
      if keysOnly {
        try skipScalar()
        lastKeys.append(keyStart..<p - 1)
        key = ""
      } else {
        key = try string()
      }
      skipSpace()
      guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { throw syntax("expected : after a key") }
      p += 1
      skipSpace()
      if keysOnly {
        try skipValue()
      } else if let keep, !keep(key) {
        try skipValue()
      } else {
        object[key] = try value(arrayAllowed: true)
      }
      skipSpace()
      guard p < bytes.count else { throw syntax("the object is not closed (missing })") }
      if bytes[p] == UInt8(ascii: ",") {
        p += 1
        skipSpace()
        if p < bytes.count && bytes[p] == UInt8(ascii: "}") { break }  // a trailing comma, tolerated
        continue
      }
      guard bytes[p] == UInt8(ascii: "}") else { throw syntax("expected , or } in an object") }
      break
    }
    p += 1
    return (at, object)
  }

  /// A scalar, an array of scalars (when `arrayAllowed`), or null for anything nested deeper (skipped).
  private mutating func value(arrayAllowed: Bool) throws -> Any {
    guard p < bytes.count else { throw syntax("a value is missing") }
    switch bytes[p] {
    case UInt8(ascii: "\""): return try string()
    case UInt8(ascii: "t"): return try word("true", true)
    case UInt8(ascii: "f"): return try word("false", false)
    case UInt8(ascii: "n"): return try word("null", NSNull())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    case UInt8(ascii: "[") where arrayAllowed:
      p += 1
      var items: [Any] = []
      skipSpace()
      if p < bytes.count && bytes[p] == UInt8(ascii: "]") {
        p += 1
        return items
      }
      while true {
        skipSpace()
        items.append(try value(arrayAllowed: false))
        skipSpace()
        guard p < bytes.count else { throw syntax("the array is not closed (missing ])") }
        if bytes[p] == UInt8(ascii: ",") {
          p += 1
          continue
        }
        guard bytes[p] == UInt8(ascii: "]") else { throw syntax("expected , or ] in an array") }
        p += 1
        return items
      }
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      try skipValue()
      return NSNull()
    default: throw syntax("unexpected character")
    }
  }

  /// Skips one value of any depth, checking its syntax, with a stack of open brackets.
  private mutating func skipValue() throws {
    var open: [UInt8] = []
    var expectValue = true
    while true {
      skipSpace()
      guard p < bytes.count else { throw syntax("the value is not closed") }
      let b = bytes[p]
      if expectValue {
        switch b {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          open.append(b)
          p += 1
          skipSpace()
          if p < bytes.count && (bytes[p] == UInt8(ascii: "]") || bytes[p] == UInt8(ascii: "}")) {
            guard bytes[p] == (b == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")) else {
              throw syntax("mismatched bracket")
            }
            p += 1
            open.removeLast()
            expectValue = false
          } else if b == UInt8(ascii: "{") {
            try key()
          }
          if open.isEmpty { return }
          continue
        default:
          try skipScalar()
          expectValue = false
          if open.isEmpty { return }
          continue
        }
      }
      guard let top = open.last else { return }
      if b == UInt8(ascii: ",") {
        p += 1
        if top == UInt8(ascii: "{") {
          skipSpace()
          try key()
        }
        expectValue = true
      } else if b == (top == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")) {
        p += 1
        open.removeLast()
        if open.isEmpty { return }
      } else {
        throw syntax(top == UInt8(ascii: "[") ? "expected , or ] in an array" : "expected , or } in an object")
      }
    }
  }

  /// A key and its colon, inside an object being skipped.
  private mutating func key() throws {
    skipSpace()
    guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
    _ = try string()
    skipSpace()
    guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { throw syntax("expected : after a key") }
    p += 1
  }

  private mutating func word(_ w: StaticString, _ v: Any) throws -> Any {
    let n = w.utf8CodeUnitCount
    guard p + n <= bytes.count, memcmp(bytes.baseAddress! + p, w.utf8Start, n) == 0 else {
      throw syntax("unexpected character")
    }
    p += n
    return v
  }

  /// The byte ranges (inside the quotes) of the keys of the last object read with `keysOnly`.
  private(set) var lastKeys: [Range<Int>] = []

  /// Whether two lists of key ranges hold the same bytes: a record with the keys of the one before.
  func sameKeys(_ a: [Range<Int>], _ b: [Range<Int>]) -> Bool {
    guard a.count == b.count, let base = bytes.baseAddress else { return false }
    for (x, y) in zip(a, b) where x.count != y.count || memcmp(base + x.lowerBound, base + y.lowerBound, x.count) != 0 {
      return false
    }
    return true
  }

  /// The key whose bytes are `range` (from ``lastKeys``), unescaped.
  mutating func key(_ range: Range<Int>) throws -> String {
    let save = p
    defer { p = save }
    p = range.lowerBound - 1
    return try string()
  }

  /// A string or number checked as ``value(arrayAllowed:)`` checks it, without building it:
  /// a wide table's 39 columns not asked for were 1.8 M NSNumbers made and dropped (a third
  /// of reading 49 MB of wide JSON).
  private mutating func skipScalar() throws {
    guard p < bytes.count else { throw syntax("a value is missing") }
    switch bytes[p] {
    case UInt8(ascii: "\""):
      let start = p
      p += 1
      while true {
        guard p < bytes.count else { throw syntax("a string is not closed (missing \")") }
        let b = bytes[p]
        if b == UInt8(ascii: "\"") {
          p += 1
          return
        }
        if b < 0x20 { throw syntax("a control character (a raw line break?) inside a string") }
        if b == UInt8(ascii: "\\") {  // escapes: the full reader checks them
          p = start
          _ = try string()
          return
        }
        p += 1
      }
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try numberText()
    default: _ = try value(arrayAllowed: false)
    }
  }

  private mutating func number() throws -> Any {
    let (text, integral) = try numberText()
    if integral, let i = Int(text) { return NSNumber(value: i) }
    return NSNumber(value: Double(text)!)
  }

  /// The number at `p`, checked to read as a Double, and whether it is written as an integer.
  private mutating func numberText() throws -> (String, Bool) {
    let start = p
    var integral = true
    if bytes[p] == UInt8(ascii: "-") { p += 1 }
    let digits = p
    while p < bytes.count {
      let b = bytes[p]
      if b >= 0x30 && b <= 0x39 {
        p += 1
      } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+")
        || b == UInt8(ascii: "-")
      {
        integral = false
        p += 1
      } else {
        break
      }
    }
    guard p > digits, p - start <= 400 else {
      p = start
      throw syntax("not a number")
    }
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<p]), as: UTF8.self)
    if integral, Int(text) != nil { return (text, true) }
    guard Double(text) != nil else {
      p = start
      throw syntax("not a number")
    }
    return (text, false)
  }

  /// A quoted string at `p`, unescaped.
  private mutating func string() throws -> String {
    p += 1
    let start = p
    var plain = true
    while true {
      guard p < bytes.count else { throw syntax("a string is not closed (missing \")") }
      let b = bytes[p]
      if b == UInt8(ascii: "\"") { break }
      if b < 0x20 { throw syntax("a control character (a raw line break?) inside a string") }
      if b == UInt8(ascii: "\\") {
        plain = false
        p += 1
      }
      p += 1
    }
    let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<p])
    p += 1
    if plain { return String(decoding: raw, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    func fail(_ m: String) -> InputError { syntax(m, at: start + i) }
    while i < raw.count {
      let b = raw[i]
      guard b == UInt8(ascii: "\\") else {
        out.append(b)
        i += 1
        continue
      }
      guard i + 1 < raw.count else { throw fail("a bad escape") }
      let e = raw[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        func hex() -> UInt32? {
          guard i + 4 <= raw.count else { return nil }
          let h = String(decoding: UnsafeRawBufferPointer(rebasing: raw[i..<i + 4]), as: UTF8.self)
          guard let v = UInt32(h, radix: 16) else { return nil }
          i += 4
          return v
        }
        guard var v = hex() else { throw fail("a bad \\u escape") }
        if v >= 0xD800 && v < 0xDC00, i + 1 < raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") {
          i += 2
          guard let lo = hex(), lo >= 0xDC00 && lo < 0xE000 else { throw fail("a bad surrogate pair") }
          v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(v) else { throw fail("an unpaired surrogate") }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
      default: throw fail("a bad escape")
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private mutating func skipSpace() {
    while p < bytes.count {
      let b = bytes[p]
      if b == 0x0A {
        line += 1
        lineStart = p + 1
      } else if b != 0x20 && b != 0x09 && b != 0x0D {
        return
      }
      p += 1
    }
  }

  /// A syntax error at the current place: `file:line: column c: not valid JSON (…)`.
  private func syntax(_ reason: String, at place: Int? = nil) -> InputError {
    let at = min(place ?? p, bytes.count)
    // Characters (code points) from the line's start, counted without building a
    // string: the line may be 200 MB long.
    var column = 1
    for b in bytes[lineStart..<max(lineStart, at)] where b & 0xC0 != 0x80 { column += 1 }
    return InputError(file: file, line: line, "column \(column): not valid JSON (\(reason))")
  }
}
