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
    // The line a sentence starts on (a wrapped sentence goes on over the next).
    var startLine = 1
    var i = 0
    func emit(_ end: Int) {
      var a = start, b = end
      while a < b, isSpace(s[a]) { a += 1 }
      while b > a, isSpace(s[b - 1]) { b -= 1 }
      if a < b {
        out.append(Sentence(range: a..<b, line: startLine, paragraph: paragraph, startsItem: opensItem(s, a, b)))
      }
      start = end
      startLine = line
    }
    while i < s.count {
      let c = s[i]
      if c == 0x0A || c == 0x0D, continuesAcross(s, newline: i, start: start) {
        if c == 0x0D, i + 1 < s.count, s[i + 1] == 0x0A { i += 1 }
        line += 1
        i += 1
        continue
      }
      if c == 0x0A || c == 0x0D {
        emit(i)
        if c == 0x0D, i + 1 < s.count, s[i + 1] == 0x0A { i += 1 }
        line += 1
        paragraph += 1
        i += 1
        start = i
        startLine = line
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

  /// Whether a line end at `newline` only wraps a sentence, as text copied from a PDF or a
  /// document viewer does: a number broken from its unit (`8059.35` / `万元,实现…`), a line that
  /// is nothing but a number after words (`公用经费` / `8059.35` / `万元`), or a clause that goes on
  /// after a comma (`…全县教育` / `，系统…`). A line that ends a sentence (。！？；：) or opens
  /// an item never joins.
  static func continuesAcross(_ s: [UInt32], newline i: Int, start: Int) -> Bool {
    var p = i - 1
    while p >= start, isSpace(s[p]) || s[p] == 0x0D { p -= 1 }
    guard p >= start else { return false }
    let last = s[p]
    // 。 ! ? ; : (full-width folded) and closing brackets of a heading end the line's sentence.
    if [0x3002, 0x21, 0x3F, 0x3B, 0x3A, 0x29].contains(last) { return false }
    var n = i + 1
    while n < s.count, isSpace(s[n]) || s[n] == 0x0A || s[n] == 0x0D {
      if s[n] == 0x0A, n > i + 1 { return false }  // a blank line between: a paragraph break
      n += 1
    }
    guard n < s.count else { return false }
    let next = s[n]
    if isDigit(last), unitStarts.contains(next) { return true }
    if next == 0x2C || next == 0x3001 { return isHan(last) || isDigit(last) }  // ，、 go on
    // The next line is a number alone (digits, a point, a comma) after words: it is theirs.
    if isHan(last) || isDigit(last), isDigit(next) {
      var e = n
      while e < s.count, isDigit(s[e]) || s[e] == 0x2E || s[e] == 0x2C || isSpace(s[e]) { e += 1 }
      return e == s.count || s[e] == 0x0A || s[e] == 0x0D
    }
    return false
  }
  /// 万 亿 元 % 个(百分点) 人 所 千: what follows a number as its unit.
  private static let unitStarts: Set<UInt32> = [0x4E07, 0x4EBF, 0x5143, 0x25, 0x4E2A, 0x4EBA, 0x6240, 0x5343]
  @inline(__always) static func isHan(_ c: UInt32) -> Bool { c >= 0x4E00 && c <= 0x9FFF }

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
