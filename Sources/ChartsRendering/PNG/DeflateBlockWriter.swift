/// Collects one deflate block's tokens (literals and matches) with their symbol counts
/// and writes the block with its own dynamic Huffman codes — or stored, when that is
/// smaller (noise-like data) — RFC 1951 §3.2.
///
/// ```swift
/// let block = DeflateBlockWriter()
/// block.literal(0x41); block.match(length: 258, distance: 3)
/// block.write(raw: bytes, count: 262, final: true, to: &writer)
/// ```
final class DeflateBlockWriter {
  /// Tokens after which the tokeniser ends a block: enough for the code tables to pay
  /// off, few enough that each part of a chart (text, bars, blank) gets its own codes.
  static let tokensPerBlock = 1 << 14

  /// `byte` for a literal, `length << 16 | distance` for a match.
  private let tokens: UnsafeMutablePointer<UInt32>
  private(set) var tokenCount = 0
  /// Counts of literal/length symbols (0…285) and distance symbols (0…29).
  private let literalCounts: UnsafeMutablePointer<UInt32>
  private let distanceCounts: UnsafeMutablePointer<UInt32>
  private var litlen = HuffmanCode(symbols: 286)
  private var distance = HuffmanCode(symbols: 30)
  private var codeLength = HuffmanCode(symbols: 19)
  private let alphabet = DeflateAlphabet.shared

  init() {
    tokens = .allocate(capacity: Self.tokensPerBlock + 16)
    literalCounts = .allocate(capacity: 286)
    distanceCounts = .allocate(capacity: 30)
    reset()
  }

  deinit {
    tokens.deallocate()
    literalCounts.deallocate()
    distanceCounts.deallocate()
  }

  var isFull: Bool { tokenCount >= Self.tokensPerBlock }

  @inline(__always) func literal(_ byte: UInt8) {
    tokens[tokenCount] = UInt32(byte)
    tokenCount &+= 1
    literalCounts[Int(byte)] &+= 1
  }

  /// A back-reference: 3 ≤ length ≤ 258, 1 ≤ distance ≤ 32768.
  @inline(__always) func match(length: Int, distance d: Int) {
    tokens[tokenCount] = UInt32(truncatingIfNeeded: length &<< 16 | d)
    tokenCount &+= 1
    literalCounts[257 &+ Int(alphabet.lengthSymbol[length])] &+= 1
    distanceCounts[alphabet.distanceSymbol(d)] &+= 1
  }

  private func reset() {
    tokenCount = 0
    literalCounts.initialize(repeating: 0, count: 286)
    distanceCounts.initialize(repeating: 0, count: 30)
  }

  /// Writes the collected tokens, which encode the `count` bytes at `raw`, as one
  /// block (or stored blocks), and starts a new empty block.
  func write(raw: UnsafePointer<UInt8>, count: Int, final: Bool, to w: inout DeflateBitWriter) {
    defer { reset() }
    literalCounts[256] += 1  // end of block
    litlen.build(frequencies: literalCounts, limit: 15)
    distance.build(frequencies: distanceCounts, limit: 15)
    var hlit = 286
    while hlit > 257 && litlen.lengths[hlit - 1] == 0 { hlit -= 1 }
    var hdist = 30
    while hdist > 1 && distance.lengths[hdist - 1] == 0 { hdist -= 1 }

    // Both code-length lists as one sequence, run-length coded with 16 (repeat the
    // previous length 3–6 times), 17 (3–10 zeros) and 18 (11–138 zeros).
    let lengths = Array(litlen.lengths[0..<hlit]) + Array(distance.lengths[0..<hdist])
    var symbols = [(symbol: UInt8, extra: UInt8)]()
    symbols.reserveCapacity(lengths.count)
    var i = 0
    while i < lengths.count {
      let l = lengths[i]
      var run = 1
      while i + run < lengths.count && lengths[i + run] == l { run += 1 }
      i += run
      if l == 0 {
        while run >= 11 {
          let r = min(run, 138)
          symbols.append((18, UInt8(r - 11)))
          run -= r
        }
        if run >= 3 {
          symbols.append((17, UInt8(run - 3)))
          run = 0
        }
      } else {
        symbols.append((l, 0))
        run -= 1
        while run >= 3 {
          let r = min(run, 6)
          symbols.append((16, UInt8(r - 3)))
          run -= r
        }
      }
      while run > 0 {
        symbols.append((l, 0))
        run -= 1
      }
    }
    var clCounts = [UInt32](repeating: 0, count: 19)
    for s in symbols { clCounts[Int(s.symbol)] += 1 }
    clCounts.withUnsafeBufferPointer { codeLength.build(frequencies: $0.baseAddress!, limit: 7) }
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    var hclen = 19
    while hclen > 4 && codeLength.lengths[order[hclen - 1]] == 0 { hclen -= 1 }

    // Size of the dynamic block in bits, to compare with storing the bytes.
    var bits = 3 + 5 + 5 + 4 + 3 * hclen
    for s in 0..<19 { bits += Int(clCounts[s]) * Int(codeLength.lengths[s]) }
    bits += Int(clCounts[16]) * 2 + Int(clCounts[17]) * 3 + Int(clCounts[18]) * 7
    for s in 0..<286 { bits += Int(literalCounts[s]) * Int(litlen.lengths[s]) }
    for s in 0..<29 { bits += Int(literalCounts[257 + s]) * DeflateAlphabet.lengthExtra[s] }
    for s in 0..<30 { bits += Int(distanceCounts[s]) * (Int(distance.lengths[s]) + DeflateAlphabet.distanceExtra[s]) }
    let storedBits = 8 * (count + 5 * ((count + 65534) / 65535)) + 10
    if storedBits < bits {
      writeStored(raw: raw, count: count, final: final, to: &w)
      return
    }

    w.write(final ? 0b101 : 0b100, 3)  // BFINAL, BTYPE = 10 (dynamic), least significant bit first
    w.write(UInt64(hlit - 257), 5)
    w.write(UInt64(hdist - 1), 5)
    w.write(UInt64(hclen - 4), 4)
    for k in 0..<hclen { w.write(UInt64(codeLength.lengths[order[k]]), 3) }
    for (symbol, extra) in symbols {
      let s = Int(symbol)
      w.write(UInt64(codeLength.codes[s]), Int(codeLength.lengths[s]))
      switch s {
      case 16: w.write(UInt64(extra), 2)
      case 17: w.write(UInt64(extra), 3)
      case 18: w.write(UInt64(extra), 7)
      default: break
      }
    }
    writeTokens(to: &w)
  }

  /// The tokens and the end-of-block code, with the block's codes.
  private func writeTokens(to w: inout DeflateBitWriter) {
    // Per match length: its symbol's code and the extra bits, as one value to write.
    var lengthBits = [UInt64](repeating: 0, count: 259)
    var lengthCount = [UInt8](repeating: 0, count: 259)
    for len in 3...258 {
      let s = Int(alphabet.lengthSymbol[len])
      let codeLength = Int(litlen.lengths[257 + s])
      lengthBits[len] = UInt64(litlen.codes[257 + s]) | UInt64(len - DeflateAlphabet.lengthBase[s]) << codeLength
      lengthCount[len] = UInt8(codeLength + DeflateAlphabet.lengthExtra[s])
    }
    var distanceCode = [UInt64](repeating: 0, count: 30)
    var distanceCodeLength = [UInt8](repeating: 0, count: 30)
    var distanceBase = [UInt64](repeating: 0, count: 30)
    var distanceBits = [UInt8](repeating: 0, count: 30)
    for s in 0..<30 {
      distanceCode[s] = UInt64(distance.codes[s])
      distanceCodeLength[s] = distance.lengths[s]
      distanceBase[s] = UInt64(DeflateAlphabet.distanceBase[s])
      distanceBits[s] = UInt8(Int(distance.lengths[s]) + DeflateAlphabet.distanceExtra[s])
    }
    litlen.codes.withUnsafeBufferPointer { litCodes in
      litlen.lengths.withUnsafeBufferPointer { litLengths in
        lengthBits.withUnsafeBufferPointer { lengthBits in
          lengthCount.withUnsafeBufferPointer { lengthCount in
            distanceCode.withUnsafeBufferPointer { distanceCode in
              distanceCodeLength.withUnsafeBufferPointer { distanceCodeLength in
                distanceBase.withUnsafeBufferPointer { distanceBase in
                  distanceBits.withUnsafeBufferPointer { distanceBits in
                    for k in 0..<tokenCount {
                      let t = Int(tokens[k])
                      if t < 256 {
                        w.write(UInt64(litCodes[t]), Int(litLengths[t]))
                      } else {
                        let len = t &>> 16, d = t & 0xFFFF
                        let s = alphabet.distanceSymbol(d)
                        let dist = distanceCode[s] | (UInt64(d) &- distanceBase[s]) &<< UInt64(distanceCodeLength[s])
                        let n = Int(lengthCount[len])
                        w.write(lengthBits[len] | dist &<< UInt64(n), n &+ Int(distanceBits[s]))
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    w.write(UInt64(litlen.codes[256]), Int(litlen.lengths[256]))
  }

  /// `count` bytes as stored blocks of at most 65535 bytes.
  private func writeStored(raw: UnsafePointer<UInt8>, count: Int, final: Bool, to w: inout DeflateBitWriter) {
    var offset = 0
    repeat {
      let n = min(65535, count - offset)
      let last = offset + n == count
      w.write(final && last ? 1 : 0, 3)  // BFINAL, BTYPE = 00
      w.alignToByte()
      var header: [UInt8] = [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
      header.withUnsafeMutableBufferPointer { w.writeBytes($0.baseAddress!, 4) }
      w.writeBytes(raw + offset, n)
      offset += n
    } while offset < count
  }

  /// An empty non-final stored block: the stream ends byte-aligned and another
  /// deflate piece can follow (zlib's `Z_SYNC_FLUSH` marker, `00 00 FF FF`).
  static func writeSyncMarker(to w: inout DeflateBitWriter) {
    w.write(0, 3)
    w.alignToByte()
    var marker: [UInt8] = [0, 0, 0xFF, 0xFF]
    marker.withUnsafeMutableBufferPointer { w.writeBytes($0.baseAddress!, 4) }
  }
}
