import ChartsTestSupport
import Testing

@testable import Charts
@testable import ChartsRendering

/// `HuffmanCode` builds complete prefix codes within deflate's length limits, with
/// shorter codes for more frequent symbols.
struct PNGHuffmanCodeTests {
  static func build(_ frequencies: [UInt32], limit: Int) -> HuffmanCode {
    var code = HuffmanCode(symbols: frequencies.count)
    frequencies.withUnsafeBufferPointer { code.build(frequencies: $0.baseAddress!, limit: limit) }
    return code
  }

  /// Kraft sum of the used lengths, in units of 2^-limit.
  static func kraft(_ code: HuffmanCode, limit: Int) -> Int {
    code.lengths.filter { $0 > 0 }.reduce(0) { $0 + (1 << (limit - Int($1))) }
  }

  static func fibonacci(_ n: Int) -> [UInt32] {
    var f: [UInt32] = [1, 1]
    while f.count < n { f.append(f[f.count - 1] + f[f.count - 2]) }
    return f
  }

  @Test(arguments: [
    ([5, 0, 0, 9, 1, 1, 30] as [UInt32], 15),
    (fibonacci(30), 15),  // unlimited, the rarest symbols would need 29 bits
    (fibonacci(19), 7),  // the code-length alphabet's limit
    ((0..<286).map { UInt32($0 * $0 + 1) }, 15),
  ])
  func completeAndWithinTheLimit(frequencies: [UInt32], limit: Int) {
    let code = Self.build(frequencies, limit: limit)
    #expect(code.lengths.allSatisfy { $0 <= limit })
    #expect(Self.kraft(code, limit: limit) == 1 << limit)
    for s in frequencies.indices { #expect((frequencies[s] > 0) == (code.lengths[s] > 0)) }
    for a in frequencies.indices where frequencies[a] > 0 {
      for b in frequencies.indices where frequencies[b] > frequencies[a] { #expect(code.lengths[b] <= code.lengths[a]) }
    }
  }

  /// One used symbol, or none: two codes of one bit, still a complete code.
  @Test(arguments: [[0, 0, 7, 0] as [UInt32], [0, 0, 0]])
  func fewSymbolsStillMakeACompleteCode(frequencies: [UInt32]) {
    let code = Self.build(frequencies, limit: 15)
    #expect(code.lengths.filter { $0 > 0 } == [1, 1])
    for s in frequencies.indices where frequencies[s] > 0 { #expect(code.lengths[s] == 1) }
  }

  /// Canonical codes (RFC 1951 §3.2.2): lengths 2,1,3,3 give 10, 0, 110, 111, stored
  /// bit-reversed.
  @Test func canonicalCodesAreBitReversed() {
    var code = HuffmanCode(symbols: 4)
    code.lengths = [2, 1, 3, 3]
    code.assignCanonicalCodes()
    #expect(code.codes == [0b01, 0b0, 0b011, 0b111])
  }
}
