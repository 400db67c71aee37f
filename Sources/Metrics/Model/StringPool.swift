import Foundation

/// Interned strings: each distinct district, indicator or unit is stored once
/// and referred to by a small integer, so that a table of millions of rows
/// holds integers, not millions of copies of the same few thousand names.
///
/// Lookup by raw UTF-8 bytes avoids building a `String` per row while reading.
/// Hand-written because `Dictionary<String, Int32>` needs a `String` per lookup,
/// which the large-table benchmark showed to be the reader's main cost.
public struct StringPool: Sendable {
  public private(set) var strings: [String] = []
  private var bytes: [UInt8] = []
  private var offsets: [Int] = [0]
  /// Open addressing, power-of-two capacity; -1 marks an empty slot.
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var hashes: [UInt64] = []

  public init() {}

  public var count: Int { strings.count }

  public subscript(id: Int32) -> String { strings[Int(id)] }

  /// The id of `text`, adding it when new.
  @discardableResult
  public mutating func intern(_ text: String) -> Int32 {
    var t = text
    return t.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
  }

  /// The id of `text` if present.
  public func id(of text: String) -> Int32? {
    var t = text
    return t.withUTF8 { find(UnsafeRawBufferPointer($0), hash: Self.hash(UnsafeRawBufferPointer($0))).found }
  }

  /// The id of the UTF-8 bytes, adding them when new.
  @inline(__always)
  public mutating func intern(_ utf8: UnsafeRawBufferPointer) -> Int32 {
    let h = Self.hash(utf8)
    let (found, slot) = find(utf8, hash: h)
    if let found { return found }
    let id = Int32(strings.count)
    strings.append(String(decoding: utf8, as: UTF8.self))
    bytes.append(contentsOf: utf8)
    offsets.append(bytes.count)
    hashes.append(h)
    slots[slot] = id
    if strings.count * 2 > slots.count { grow() }
    return id
  }

  @inline(__always)
  private func find(_ utf8: UnsafeRawBufferPointer, hash h: UInt64) -> (found: Int32?, slot: Int) {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let id = slots[i]
      if id < 0 { return (nil, i) }
      if hashes[Int(id)] == h && equal(Int(id), utf8) { return (id, i) }
      i = (i + 1) & mask
    }
  }

  @inline(__always)
  private func equal(_ id: Int, _ utf8: UnsafeRawBufferPointer) -> Bool {
    let start = offsets[id], end = offsets[id + 1]
    if end - start != utf8.count { return false }
    return bytes.withUnsafeBytes { all in
      utf8.count == 0 || memcmp(all.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0
    }
  }

  private mutating func grow() {
    var newSlots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = newSlots.count - 1
    for (id, h) in hashes.enumerated() {
      var i = Int(truncatingIfNeeded: h) & mask
      while newSlots[i] >= 0 { i = (i + 1) & mask }
      newSlots[i] = Int32(id)
    }
    slots = newSlots
  }

  /// FNV-1a, 64-bit: simple and good enough for short names.
  @inline(__always)
  static func hash(_ utf8: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h ^ (h >> 29)
  }
}
