/// A report's text as folded Unicode scalars for matching, with the original
/// UTF-8 kept for cutting out exact source text. Folding turns full-width ASCII
/// (，：％（）０-９) into half-width, lower-cases Latin, turns the ideographic
/// space into a space and traditional characters into simplified ones
/// (``TraditionalChinese``), always one scalar for one, and leaves out pinyin
/// printed after characters (統(tǒng)計(jì)); positions are indices into the folded
/// view, each mapped to its place in the original.
///
///     let t = ScalarText("增長４.４９％")
///     t.folded             // the scalars of "增长4.49%"
///     t.string(0..<2)      // "增長", as written
///     t.simplified(0..<2)  // "增长", for names compared across reports
struct ScalarText: Sendable {
  let folded: [UInt32]
  private let utf8: [UInt8]
  /// UTF-8 offset of each scalar, plus the end.
  private let offsets: [Int32]

  init(_ text: String) {
    var utf8 = Array(text.utf8)
    // 2 GB of text: beyond any report.
    if utf8.count >= Int(Int32.max) { utf8 = Array(utf8.prefix(Int(Int32.max) - 4)) }
    var folded: [UInt32] = []
    var offsets: [Int32] = []
    folded.reserveCapacity(utf8.count / 2)
    offsets.reserveCapacity(utf8.count / 2 + 1)
    // Decoding by hand in one pass: `Array(text.unicodeScalars)` plus a map was a
    // tenth of extraction time. The bytes come from a String, so they are valid UTF-8.
    var i = 0
    let n = utf8.count
    // The table held in a local: a global's lazy initialiser is checked on every
    // access otherwise (and a closure over the arrays being built boxes them).
    let simplified = TraditionalChinese.table
    while i < n {
      let b0 = UInt32(utf8[i])
      var v: UInt32
      var len: Int
      if b0 < 0x80 {
        v = b0
        len = 1
      } else if b0 < 0xE0 {
        v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
        len = 2
      } else if b0 < 0xF0 {
        v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
        len = 3
      } else {
        v =
          (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
          | UInt32(utf8[i + 3] & 0x3F)
        len = 4
      }
      // 統(tǒng)計(jì): pinyin that some mirror sites print after characters is left out
      // of the folded view (and stays in the quoted text), so that 统计 matches.
      if v == 0x28 || v == 0xFF08, let last = folded.last, isHan(last),
        let after = ScalarText.pinyinEnd(utf8, from: i + len)
      {
        i = after
        continue
      }
      offsets.append(Int32(i))
      if v >= TraditionalChinese.first && v < TraditionalChinese.end {
        let t = simplified[Int(v - TraditionalChinese.first)]
        folded.append(t == 0 ? v : UInt32(t))
      } else {
        folded.append(ScalarText.fold(v))
      }
      i += len
    }
    offsets.append(Int32(n))
    self.folded = folded
    self.utf8 = utf8
    self.offsets = offsets
  }

  /// The byte after the `)` of a pinyin annotation (tǒng) starting at `start`
  /// (just after its `(`), or nil: one to eight letters, at least one with a
  /// tone mark, so that (a) or (abc) stay text.
  static func pinyinEnd(_ utf8: [UInt8], from start: Int) -> Int? {
    var j = start
    var letters = 0
    var toned = false
    while j < utf8.count, letters <= 8 {
      let b = utf8[j]
      if b == 0x29 { return letters > 0 && toned ? j + 1 : nil }
      if b == 0xEF, j + 2 < utf8.count, utf8[j + 1] == 0xBC, utf8[j + 2] == 0x89 {
        return letters > 0 && toned ? j + 3 : nil
      }  // ）
      if b >= 0x61 && b <= 0x7A {
        letters += 1
        j += 1
        continue
      }
      if b >= 0xC3 && b <= 0xC7, j + 1 < utf8.count,
        tonedVowels.contains(UInt32(b & 0x1F) << 6 | UInt32(utf8[j + 1] & 0x3F))
      {
        toned = true
        letters += 1
        j += 2
        continue
      }
      return nil
    }
    return nil
  }
  private static let tonedVowels: Set<UInt32> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars.map(\.value))

  @inline(__always) static func fold(_ v: UInt32) -> UInt32 {
    if v >= 0xFF01 && v <= 0xFF5E { return lowerASCII(v - 0xFEE0) }
    if v == 0x3000 { return 0x20 }
    if v >= TraditionalChinese.first { return TraditionalChinese.simplified(v) }
    return lowerASCII(v)
  }

  @inline(__always) private static func lowerASCII(_ v: UInt32) -> UInt32 {
    v >= 0x41 && v <= 0x5A ? v + 0x20 : v
  }

  var count: Int { folded.count }

  /// The original text of `range`, exactly as written in the file.
  func string(_ range: Range<Int>) -> String {
    String(decoding: utf8[Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])], as: UTF8.self)
  }

  /// The text of `range` as written but read as simplified (沙坪壩區 → 沙坪坝区;
  /// XX县 and full-width forms unchanged): a name compared across reports.
  func simplified(_ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    for u in string(range).unicodeScalars {
      out.append(Unicode.Scalar(TraditionalChinese.simplified(u.value)) ?? u)
    }
    return String(out)
  }

  /// The folded text of `range` (read as simplified, without pinyin annotations):
  /// a name compared across reports.
  func foldedString(_ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    for v in folded[range] { if let u = Unicode.Scalar(v) { out.append(u) } }
    return String(out)
  }

  /// Whether the folded text at `i` starts with `word` (already folded).
  @inline(__always) func has(_ word: [UInt32], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= folded.count else { return false }
    for k in 0..<word.count where folded[i + k] != word[k] { return false }
    return true
  }

  /// Whether the folded text of `range` contains `word` (already folded).
  func contains(_ word: [UInt32], in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i + word.count <= range.upperBound {
      if has(word, at: i) { return true }
      i += 1
    }
    return false
  }

  /// Whether `range` states a figure (digits before 元, 万, 亿 or %): body
  /// text, not a title or letterhead.
  func statesFigure(in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i + 1 < range.upperBound {
      if isDigit(folded[i]) {
        let c = folded[i + 1]
        if c == 0x5143 || c == 0x4E07 || c == 0x4EBF || c == 0x25 { return true }
      }
      i += 1
    }
    return false
  }

  /// How often the folded text of `range` contains `word`.
  func occurrences(of word: [UInt32], in range: Range<Int>) -> Int {
    var n = 0
    var i = range.lowerBound
    while i + word.count <= range.upperBound {
      if has(word, at: i) {
        n += 1
        i += word.count
      } else {
        i += 1
      }
    }
    return n
  }

  /// Whether `range` says 截至9月 or 截至目前: a time given without a year.
  func mentionsAsOfWithoutYear(in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i + ScalarText.asOf.count <= range.upperBound {
      if has(ScalarText.asOf, at: i) {
        var j = i + ScalarText.asOf.count
        while j < range.upperBound, isDigit(folded[j]) { j += 1 }
        if j > i + ScalarText.asOf.count, j < range.upperBound, folded[j] == 0x6708 { return true }  // 月
        if has(ScalarText.now, at: i + ScalarText.asOf.count) { return true }
      }
      i += 1
    }
    return false
  }
  private static let asOf = "截至".foldedScalars
  private static let now = "目前".foldedScalars
}

extension String {
  /// The folded scalars of a literal, for comparing with ``ScalarText/folded``.
  var foldedScalars: [UInt32] { unicodeScalars.map { ScalarText.fold($0.value) } }
}

@inline(__always) func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
/// CJK unified ideographs (the common block and extension A).
@inline(__always) func isHan(_ v: UInt32) -> Bool { (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) }

extension String.UTF8View {
  /// Whether `needle` occurs in these bytes: a plain byte search for short catalog names,
  /// where `String.contains` takes the Foundation path (a bridged `range(of:)` per call).
  func containsBytes(_ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    var i = startIndex
    while i != endIndex {
      if self[i] == first, self[i...].starts(with: needle) { return true }
      formIndex(after: &i)
    }
    return false
  }
}
