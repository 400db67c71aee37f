/// A sentence of a report: a scalar range with its 1-based line, and whether
/// it opens a numbered item (一、 （二） 3． (4)), which starts a new topic.
struct Sentence: Sendable {
  var range: Range<Int>
  var line: Int
  /// Index of the paragraph (a line of the file) the sentence belongs to.
  var paragraph: Int
  var startsItem: Bool
}

/// Splits a report into sentences at 。！？；; and line ends, and at an ASCII
/// full stop that is not a decimal point.
///
///     SentenceSplitter.split(ScalarText("教育支出14亿元。生均支出1.75万元\n"))
///     // two sentences on line 1
///
/// "全省排名41.2.教育投入…" is a rank followed by item 2: when an ASCII full stop
/// ends a sentence right after `<digits>.<digit>`, the split is moved before the
/// last digit so that it opens the next item.
///
/// A sentence is at most ``maxLength`` scalars: past ``longSentence`` it ends at the next
/// clause mark (，、：), and at ``maxLength`` wherever it is. Reading a sentence costs more
/// than its length (figures look back over it): one line of 1.2 MB with commas and no 。
/// took 140 s and 20 GB, and 12 MB ended in an abort. The longest sentence in the seeds and
/// the development set is under 700 scalars.
enum SentenceSplitter {
  static let longSentence = 1_000
  static let maxLength = 2_000

  static func split(_ text: ScalarText) -> [Sentence] {
    let s = text.folded
    var out: [Sentence] = []
    var start = 0, line = 1, paragraph = 0
    var i = 0
    func emit(_ end: Int) {
      var a = start, b = end
      while a < b, isSpace(s[a]) { a += 1 }
      while b > a, isSpace(s[b - 1]) { b -= 1 }
      if a < b { out.append(Sentence(range: a..<b, line: line, paragraph: paragraph, startsItem: opensItem(s, a, b))) }
      start = end
    }
    while i < s.count {
      let c = s[i]
      if c == 0x0A || c == 0x0D {
        emit(i)
        if c == 0x0D, i + 1 < s.count, s[i + 1] == 0x0A { i += 1 }
        line += 1
        paragraph += 1
        i += 1
        start = i
        continue
      }
      if c == 0x3002 || c == 0x21 || c == 0x3F || c == 0x3B {  // 。 ! ? ;  (full-width folded)
        emit(i + 1)
      } else if i - start >= longSentence, c == 0x2C || c == 0x3001 || c == 0x3A || i - start >= maxLength {
        emit(i + 1)  // , 、 : (full-width folded), or anywhere at the most
      } else if c == 0x2E, !(i + 1 < s.count && (isDigit(s[i + 1]) || s[i + 1] == 0x2A)), i > start {
        // A rank followed by an item number: 41.2.教育 → "…41." | "2.教育…"
        if i >= 3, isDigit(s[i - 1]), s[i - 2] == 0x2E, isDigit(s[i - 3]), !(i >= 4 && s[i - 4] == 0x2E) {
          emit(i - 1)
        } else if !(i >= 1 && isDigit(s[i - 1]) && itemNumberStart(s, start, i)) {
          emit(i + 1)
        }
      }
      i += 1
    }
    emit(s.count)
    return out
  }

  @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0xA0 || c == 0xFEFF }

  /// Whether digits from the sentence start up to `dot` are an item number ("2." at the start).
  private static func itemNumberStart(_ s: [UInt32], _ start: Int, _ dot: Int) -> Bool {
    var a = start
    while a < dot, isSpace(s[a]) { a += 1 }
    return a < dot && (a..<dot).allSatisfy { isDigit(s[$0]) } && dot - a <= 2
  }

  /// 一、 （二） (3) 4． 5. 1、 at the start of a sentence.
  static func opensItem(_ s: [UInt32], _ a: Int, _ b: Int) -> Bool {
    var i = a
    if s[i] == 0x28 { i += 1 }  // ( or （ folded
    let numStart = i
    while i < b, isDigit(s[i]) || ChineseNumber.isNumeral(s[i]) { i += 1 }
    guard i > numStart, i < b, i - numStart <= 3 else { return false }
    let c = s[i]
    return c == 0x29 || c == 0x2E || c == 0x3001 || (s[a] == 0x28 && c == 0x29)
  }
}
