import Foundation

/// A pull tokenizer for the XML of a spreadsheet's parts: start tags with their
/// attributes, end tags and text, as byte ranges into the part.
///
///     var x = XMLScanner(bytes)
///     while let t = try x.next() {
///       if case .start(let name, let attributes, _) = t, x.is(name, "c") { … x.attribute("r", in: attributes) … }
///     }
///
/// Hand-written rather than Foundation's XMLParser: a sheet of 100,000 rows is
/// half a million cells, and XMLParser builds a name String and an attribute
/// dictionary per element (the benchmark's `xlsx parse` rows measure both on
/// the same sheet). It reads only what SpreadsheetML uses: no DTDs (refused, so
/// no entity expansion), the five named entities and numeric references, CDATA.
/// Prefixes (`x:row`) are ignored.
struct XMLScanner {
  enum Token {
    case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
    case end(name: Range<Int>)
    case text(Range<Int>)
  }

  struct Malformed: Error {
    var offset: Int
    var what: String
  }

  let bytes: UnsafeRawBufferPointer
  private(set) var position = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  mutating func next() throws -> Token? {
    let n = bytes.count
    while position < n {
      if bytes[position] != 0x3C {  // text up to the next '<'
        let start = position
        while position < n && bytes[position] != 0x3C { position += 1 }
        return .text(start..<position)
      }
      let open = position
      guard position + 1 < n else { throw Malformed(offset: open, what: "a tag is cut off") }
      switch bytes[position + 1] {
      case 0x3F:  // <? … ?>
        position = try find([0x3F, 0x3E], from: position + 2, open) + 2
      case 0x21:  // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE
        if starts(with: "<!--", at: position) {
          position = try find(Array("-->".utf8), from: position + 4, open) + 3
        } else if starts(with: "<![CDATA[", at: position) {
          let start = position + 9
          let end = try find(Array("]]>".utf8), from: start, open)
          position = end + 3
          return .text(start..<end)
        } else {
          throw Malformed(offset: open, what: "a document type declaration (not used by spreadsheets; refused)")
        }
      case 0x2F:  // </name>
        let start = position + 2
        let close = try find([0x3E], from: start, open)
        position = close + 1
        var end = close
        while end > start && Self.isSpace(bytes[end - 1]) { end -= 1 }
        return .end(name: localName(start..<end))
      default:
        let start = position + 1
        var p = start
        while p < n && !Self.isSpace(bytes[p]) && bytes[p] != 0x3E && bytes[p] != 0x2F { p += 1 }
        let name = start..<p
        // Attributes run to the '>' outside quotes.
        var quote: UInt8 = 0
        var q = p
        while q < n {
          let b = bytes[q]
          if quote != 0 {
            if b == quote { quote = 0 }
          } else if b == 0x22 || b == 0x27 {
            quote = b
          } else if b == 0x3E {
            break
          } else if b == 0x3C {
            throw Malformed(offset: open, what: "a tag is not closed")
          }
          q += 1
        }
        guard q < n else { throw Malformed(offset: open, what: "a tag is not closed") }
        let selfClosing = q > p && bytes[q - 1] == 0x2F
        position = q + 1
        return .start(name: localName(name), attributes: p..<(selfClosing ? q - 1 : q), selfClosing: selfClosing)
      }
    }
    return nil
  }

  /// Whether the name's bytes are `literal` (ASCII).
  func `is`(_ name: Range<Int>, _ literal: StaticString) -> Bool {
    guard name.count == literal.utf8CodeUnitCount else { return false }
    let p = literal.utf8Start
    for (k, i) in name.enumerated() where bytes[i] != p[k] { return false }
    return true
  }

  /// The value of an attribute (entities decoded), or nil.
  func attribute(_ wanted: StaticString, in range: Range<Int>) -> String? {
    attributeRange(wanted, in: range).map { text($0) }
  }

  func attributeRange(_ wanted: StaticString, in range: Range<Int>) -> Range<Int>? {
    var p = range.lowerBound
    let end = range.upperBound
    while p < end {
      while p < end && Self.isSpace(bytes[p]) { p += 1 }
      let nameStart = p
      while p < end && bytes[p] != 0x3D && !Self.isSpace(bytes[p]) { p += 1 }
      let name = localName(nameStart..<p)
      while p < end && (Self.isSpace(bytes[p]) || bytes[p] == 0x3D) { p += 1 }
      guard p < end else { return nil }
      let quote = bytes[p]
      guard quote == 0x22 || quote == 0x27 else { return nil }
      let valueStart = p + 1
      p = valueStart
      while p < end && bytes[p] != quote { p += 1 }
      let value = valueStart..<min(p, end)
      p += 1
      // Only unprefixed attribute names count (r:id is asked for as "id" only where meant).
      if self.is(name, wanted) { return value }
    }
    return nil
  }

  /// Text with entities decoded.
  func text(_ r: Range<Int>) -> String {
    let raw = UnsafeRawBufferPointer(rebasing: bytes[r])
    guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    while i < raw.count {
      let b = raw[i]
      guard b == 0x26, let semi = raw[i...].prefix(12).firstIndex(of: 0x3B) else {
        out.append(b)
        i += 1
        continue
      }
      let entity = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(i + 1)..<semi]), as: UTF8.self)
      var scalar: Unicode.Scalar?
      switch entity {
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "amp": scalar = "&"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      default:
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
          scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if entity.hasPrefix("#") {
          scalar = UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
      }
      if let scalar {
        UTF8.encode(scalar) { out.append($0) }
        i = semi + 1
      } else {
        out.append(b)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The name without its namespace prefix.
  private func localName(_ r: Range<Int>) -> Range<Int> {
    var p = r.upperBound
    while p > r.lowerBound {
      if bytes[p - 1] == 0x3A { return p..<r.upperBound }
      p -= 1
    }
    return r
  }

  private func starts(with s: String, at p: Int) -> Bool {
    let u = Array(s.utf8)
    guard p + u.count <= bytes.count else { return false }
    for k in 0..<u.count where bytes[p + k] != u[k] { return false }
    return true
  }

  private func find(_ needle: [UInt8], from: Int, _ open: Int) throws -> Int {
    var p = from
    let n = bytes.count
    while p + needle.count <= n {
      if bytes[p] == needle[0] {
        var k = 1
        while k < needle.count && bytes[p + k] == needle[k] { k += 1 }
        if k == needle.count { return p }
      }
      p += 1
    }
    throw Malformed(offset: open, what: "a tag or comment is not closed")
  }

  @inline(__always)
  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
