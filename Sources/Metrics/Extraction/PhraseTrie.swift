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
  private var edges: [UInt64: Int32] = [:]
  private var payloads: [Payload?] = [nil]
  /// First scalars of all phrases in the Basic Multilingual Plane: a cheap
  /// rejection for the vast majority of positions.
  private var starts = [Bool](repeating: false, count: 0x10000)
  private var startsAbove = Set<UInt32>()

  init() {}

  /// Adds `key`; an existing payload for the same key is replaced by `merge(old, new)`.
  mutating func insert(_ key: [UInt32], _ payload: Payload, merge: (Payload, Payload) -> Payload = { _, new in new }) {
    guard let first = key.first else { return }
    if first < 0x10000 { starts[Int(first)] = true } else { startsAbove.insert(first) }
    var node: Int32 = 0
    for s in key {
      let k = UInt64(UInt32(node)) << 32 | UInt64(s)
      if let next = edges[k] {
        node = next
      } else {
        payloads.append(nil)
        let next = Int32(payloads.count - 1)
        edges[k] = next
        node = next
      }
    }
    if let old = payloads[Int(node)] { payloads[Int(node)] = merge(old, payload) } else { payloads[Int(node)] = payload }
  }

  /// The longest phrase starting at `i` (not running past `end`), as its length and payload.
  @inline(__always)
  func longestMatch(in s: [UInt32], at i: Int, end: Int? = nil) -> (length: Int, payload: Payload)? {
    let limit = end ?? s.count
    let first = s[i]
    if first < 0x10000 { if !starts[Int(first)] { return nil } } else if !startsAbove.contains(first) { return nil }
    var node: Int32 = 0
    var best: (Int, Payload)?
    var j = i
    while j < limit, let next = edges[UInt64(UInt32(node)) << 32 | UInt64(s[j])] {
      node = next
      j += 1
      if let p = payloads[Int(node)] { best = (j - i, p) }
    }
    return best
  }
}
