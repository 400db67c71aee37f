/// A report's text as an array of Unicode scalars, plus a folded copy used for
/// matching: full-width ASCII (，：％（）０-９) becomes half-width, Latin is
/// lower-cased and the ideographic space becomes a space. Positions are the
/// same in both, so a match in the folded copy cuts the original exactly.
///
///     let t = ScalarText("增长４.４９％")
///     t.folded  // the scalars of "增长4.49%"
struct ScalarText: Sendable {
  let original: [Unicode.Scalar]
  let folded: [UInt32]

  init(_ text: String) {
    original = Array(text.unicodeScalars)
    folded = original.map { ScalarText.fold($0.value) }
  }

  @inline(__always) static func fold(_ v: UInt32) -> UInt32 {
    if v >= 0xFF01 && v <= 0xFF5E { return lowerASCII(v - 0xFEE0) }
    if v == 0x3000 { return 0x20 }
    return lowerASCII(v)
  }

  @inline(__always) private static func lowerASCII(_ v: UInt32) -> UInt32 {
    v >= 0x41 && v <= 0x5A ? v + 0x20 : v
  }

  var count: Int { folded.count }

  /// The original text of `range`.
  func string(_ range: Range<Int>) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: original[range])
    return String(s)
  }

  /// Whether `word` (folded) occurs in `range` followed by a month or 目前.
  func has(_ word: [UInt32], in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i + word.count <= range.upperBound {
      if has(word, at: i) {
        var j = i + word.count
        while j < range.upperBound, isDigit(folded[j]) { j += 1 }
        if j > i + word.count, j < range.upperBound, folded[j] == 0x6708 { return true }  // 截至9月
        if has("目前".foldedScalars, at: i + word.count) { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether the folded text at `i` starts with `word` (already folded).
  @inline(__always) func has(_ word: [UInt32], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= folded.count else { return false }
    for k in 0..<word.count where folded[i + k] != word[k] { return false }
    return true
  }
}

extension String {
  /// The folded scalars of a literal, for comparing with ``ScalarText/folded``.
  var foldedScalars: [UInt32] { unicodeScalars.map { ScalarText.fold($0.value) } }
}

@inline(__always) func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
/// CJK unified ideographs (the common block and extension A).
@inline(__always) func isHan(_ v: UInt32) -> Bool { (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) }
