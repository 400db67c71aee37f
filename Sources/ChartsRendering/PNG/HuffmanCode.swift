/// A canonical, length-limited Huffman code for one deflate alphabet (RFC 1951 §3.2.2),
/// built from symbol frequencies.
///
/// Lengths come from Moffat and Katajainen's in-place minimum-redundancy algorithm;
/// when a code is longer than deflate allows (15 bits, 7 for the code-length
/// alphabet) the length counts are rebalanced as miniz does, which keeps the code
/// complete (Kraft sum exactly 1), as zlib's inflate requires. Hand-written because
/// no library exposes deflate's code construction on its own (see `RasterDeflater`).
///
/// ```swift
/// var code = HuffmanCode(symbols: 30)
/// code.build(frequencies: distanceCounts, limit: 15)
/// writer.write(UInt64(code.codes[s]), Int(code.lengths[s]))
/// ```
struct HuffmanCode {
  /// Code length of each symbol; 0 for unused symbols.
  var lengths: [UInt8]
  /// Each symbol's code, bit-reversed so it can be written least significant bit first.
  var codes: [UInt16]

  init(symbols: Int) {
    lengths = [UInt8](repeating: 0, count: symbols)
    codes = [UInt16](repeating: 0, count: symbols)
  }

  /// Rebuilds lengths and codes for `frequencies` (one per symbol). At least two
  /// symbols always get a code (unused ones with frequency 0 are added), so the code
  /// is complete even for a block with one symbol or none.
  mutating func build(frequencies: UnsafePointer<UInt32>, limit: Int) {
    let n = lengths.count
    // (frequency, symbol) of the used symbols, least frequent first.
    var used = [(freq: UInt32, symbol: Int)]()
    used.reserveCapacity(n)
    for s in 0..<n where frequencies[s] > 0 { used.append((frequencies[s], s)) }
    var filler = 0
    while used.count < 2 {
      while used.contains(where: { $0.symbol == filler }) { filler += 1 }
      used.append((0, filler))
    }
    used.sort { $0.freq != $1.freq ? $0.freq < $1.freq : $0.symbol < $1.symbol }

    // Moffat–Katajainen: a[i] ends as the code length of the i-th least frequent symbol.
    var a = used.map { Int($0.freq) }
    let m = a.count
    a[0] += a[1]
    var root = 0, leaf = 2
    for next in 1..<(m - 1) {
      if leaf >= m || a[root] < a[leaf] {
        a[next] = a[root]
        a[root] = next
        root += 1
      } else {
        a[next] = a[leaf]
        leaf += 1
      }
      if leaf >= m || (root < next && a[root] < a[leaf]) {
        a[next] += a[root]
        a[root] = next
        root += 1
      } else {
        a[next] += a[leaf]
        leaf += 1
      }
    }
    a[m - 2] = 0
    if m >= 3 {
      for next in stride(from: m - 3, through: 0, by: -1) { a[next] = a[a[next]] + 1 }
    }
    var available = 1, usedAtDepth = 0, depth = 0
    root = m - 2
    var next = m - 1
    while available > 0 {
      while root >= 0 && a[root] == depth {
        usedAtDepth += 1
        root -= 1
      }
      while available > usedAtDepth {
        a[next] = depth
        next -= 1
        available -= 1
      }
      available = 2 * usedAtDepth
      depth += 1
      usedAtDepth = 0
    }

    // Count codes per length; fold lengths over the limit into it and repair the
    // Kraft sum by lengthening shorter codes (miniz's enforce_max_code_size).
    var perLength = [Int](repeating: 0, count: max(limit, a.max() ?? 0) + 1)
    for l in a { perLength[l] += 1 }
    if perLength.count > limit + 1 {
      for l in (limit + 1)..<perLength.count { perLength[limit] += perLength[l] }
      perLength.removeLast(perLength.count - limit - 1)
      var total = 0
      for l in 1...limit { total += perLength[l] << (limit - l) }
      while total != 1 << limit {
        perLength[limit] -= 1
        for l in stride(from: limit - 1, to: 0, by: -1) where perLength[l] > 0 {
          perLength[l] -= 1
          perLength[l + 1] += 2
          break
        }
        total -= 1
      }
    }

    // Shortest codes to the most frequent symbols.
    for s in 0..<n { lengths[s] = 0 }
    var j = m
    for l in 1..<perLength.count {
      for _ in 0..<perLength[l] {
        j -= 1
        lengths[used[j].symbol] = UInt8(l)
      }
    }
    assignCanonicalCodes()
  }

  /// Canonical codes from `lengths` (RFC 1951 §3.2.2), bit-reversed.
  mutating func assignCanonicalCodes() {
    var count = [Int](repeating: 0, count: 16)
    for l in lengths { count[Int(l)] += 1 }
    count[0] = 0
    var nextCode = [Int](repeating: 0, count: 16)
    var code = 0
    for bits in 1..<16 {
      code = (code + count[bits - 1]) << 1
      nextCode[bits] = code
    }
    for s in lengths.indices where lengths[s] > 0 {
      let l = Int(lengths[s])
      let c = nextCode[l]
      nextCode[l] += 1
      var reversed = 0
      for b in 0..<l where c & (1 << b) != 0 { reversed |= 1 << (l - 1 - b) }
      codes[s] = UInt16(reversed)
    }
  }
}
