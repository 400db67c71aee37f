/// An open-addressing map from UInt64 edge keys to child nodes with a
/// multiplicative hash: `Dictionary` hashes with SipHash, which was a fifth of
/// extraction time in profiles.
struct EdgeTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var count = 0
  private var shift: UInt64

  init() {
    keys = [UInt64](repeating: .max, count: 1024)
    values = [Int32](repeating: -1, count: 1024)
    shift = 64 - 10
  }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always) subscript(key: UInt64) -> Int32? {
    var i = slot(key)
    let mask = keys.count - 1
    while true {
      let k = keys[i]
      if k == key { return values[i] }
      if k == .max { return nil }
      i = (i + 1) & mask
    }
  }

  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var i = slot(key)
    let mask = keys.count - 1
    while keys[i] != .max && keys[i] != key { i = (i + 1) & mask }
    if keys[i] == .max { count += 1 }
    keys[i] = key
    values[i] = value
  }

  private mutating func grow() {
    let oldKeys = keys, oldValues = values
    keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
    values = [Int32](repeating: -1, count: oldKeys.count * 2)
    shift -= 1
    count = 0
    for (k, v) in zip(oldKeys, oldValues) where k != .max { insert(k, v) }
  }
}

/// A trie over Unicode scalars that finds the longest known phrase starting at
/// a position, in one pass and without building strings.
///
///     var t = PhraseTrie<Int>()
///     t.insert("教育支出".foldedScalars, 1)
///     t.insert("一般公共预算教育支出".foldedScalars, 2)
///     t.longestMatch(in: "一般公共预算教育支出14亿元".foldedScalars, at: 0)  // (10, 2)
///
/// Hand-written because no available package offers a scalar trie; one
/// dictionary probe per scalar keeps matching every catalog alias at every
/// position of a report linear in its length.
struct PhraseTrie<Payload: Sendable>: Sendable {
  /// (node << 32 | scalar) → child node.
  private var edges = EdgeTable()
  private var payloads: [Payload?] = [nil]
  /// The node after the first scalar of a phrase, for every scalar of the Basic
  /// Multilingual Plane (0: no phrase starts with it): one array read rejects the vast
  /// majority of positions and saves the first hash probe of the others (that probe
  /// was the hottest instruction of extraction).
  private var firstNodes = [Int32](repeating: 0, count: 0x10000)

  init() {}

  /// Adds `key`; an existing payload for the same key is replaced by `merge(old, new)`.
  mutating func insert(_ key: [UInt32], _ payload: Payload, merge: (Payload, Payload) -> Payload = { _, new in new }) {
    guard !key.isEmpty else { return }
    var node: Int32 = 0
    for s in key {
      let k = UInt64(UInt32(node)) << 32 | UInt64(s)
      if let next = edges[k] {
        node = next
      } else {
        payloads.append(nil)
        let next = Int32(payloads.count - 1)
        edges.insert(k, next)
        node = next
      }
    }
    if let old = payloads[Int(node)] {
      payloads[Int(node)] = merge(old, payload)
    } else {
      payloads[Int(node)] = payload
    }
    if key[0] < 0x10000, let next = edges[UInt64(key[0])] { firstNodes[Int(key[0])] = next }
  }

  /// The longest phrase starting at `i` (not running past `end`), as its length and payload.
  @inline(__always)
  func longestMatch(in s: [UInt32], at i: Int, end: Int? = nil) -> (length: Int, payload: Payload)? {
    let limit = end ?? s.count
    guard i < limit else { return nil }
    let first = s[i]
    var node: Int32
    if first < 0x10000 {
      node = firstNodes[Int(first)]
      if node == 0 { return nil }
    } else {
      guard let next = edges[UInt64(first)] else { return nil }
      node = next
    }
    var best: (Int, Payload)?
    if let p = payloads[Int(node)] { best = (1, p) }
    var j = i + 1
    while j < limit, let next = edges[UInt64(UInt32(node)) << 32 | UInt64(s[j])] {
      node = next
      j += 1
      if let p = payloads[Int(node)] { best = (j - i, p) }
    }
    return best
  }
}
