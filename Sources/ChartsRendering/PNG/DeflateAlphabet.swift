/// Deflate's length and distance alphabets (RFC 1951 §3.2.5) as lookup tables: which
/// symbol a match length or distance belongs to, and its extra bits.
///
/// ```swift
/// let t = DeflateAlphabet.shared
/// let symbol = 257 + Int(t.lengthSymbol[258])   // 285
/// ```
final class DeflateAlphabet: @unchecked Sendable {  // immutable after init
  static let shared = DeflateAlphabet()

  static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  /// Length symbol minus 257 for each match length 0...258 (entries below 3 unused).
  let lengthSymbol: UnsafeMutablePointer<UInt8>
  /// Distance symbol for distance d: `small[d - 1]` when d ≤ 256, else `large[(d - 1) >> 7]`.
  let distanceSymbolSmall: UnsafeMutablePointer<UInt8>
  let distanceSymbolLarge: UnsafeMutablePointer<UInt8>

  private init() {
    lengthSymbol = .allocate(capacity: 259)
    lengthSymbol.initialize(repeating: 0, count: 259)
    for s in 0..<29 {
      let upper = s == 28 ? 258 : Self.lengthBase[s + 1] - 1
      for len in Self.lengthBase[s]...upper { lengthSymbol[len] = UInt8(s) }
    }
    lengthSymbol[258] = 28  // 258 is its own symbol (285), not 284's last value
    distanceSymbolSmall = .allocate(capacity: 256)
    distanceSymbolLarge = .allocate(capacity: 256)
    for s in 0..<30 {
      let upper = s == 29 ? 32768 : Self.distanceBase[s + 1] - 1
      for d in Self.distanceBase[s]...upper {
        if d <= 256 { distanceSymbolSmall[d - 1] = UInt8(s) } else { distanceSymbolLarge[(d - 1) >> 7] = UInt8(s) }
      }
    }
  }

  @inline(__always) func distanceSymbol(_ d: Int) -> Int {
    d <= 256 ? Int(distanceSymbolSmall[d &- 1]) : Int(distanceSymbolLarge[(d &- 1) &>> 7])
  }
}
