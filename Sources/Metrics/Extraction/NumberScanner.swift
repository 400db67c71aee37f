/// A number as a report writes it: digits or a Chinese numeral or a mask, with
/// its scale (万, 亿), unit, and hedges (近, 约, 余, 多, 以上).
struct NumberToken: Sendable {
  /// The value in the unit's base (14.13亿元 → 1_413_000_000); nil when masked.
  var value: Double?
  /// Nil when the number has no unit, or only a scale (****万): the indicator decides.
  var unit: Unit?
  var approximate = false
  var masked = false
  /// A range such as 500—1000人: not one value.
  var isRange = false
  /// The unit names a procedure (次, 场次, 人次, 节次…): never an indicator's value.
  var procedural = false
  /// The unit names a student (元/生·年), not a teacher (元/人·年).
  var perStudent = false
  /// The scale written without a unit (****万 → 1e4), applied once the indicator's unit is known.
  var pendingScale: Double = 1
  /// Scalar range of the number, its unit and its hedges.
  var range: Range<Int>

  /// The same amount read per pupil and year (元 of a standard written 年生均300元).
  var perPupilAndYear: NumberToken {
    var t = self
    t.unit = .yuanPerStudentYear
    t.perStudent = true
    return t
  }
}

/// Reads numbers at a position of a ``ScalarText``.
///
///     NumberScanner.scan("1.75万元、增长".foldedScalars, at: 0)
///     // value 17500, unit .yuan, range 0..<6
///     NumberScanner.scan("***.**亿元".foldedScalars, at: 0)  // value nil, masked
///     NumberScanner.scan("200余件".foldedScalars, at: 0)     // 200, approximate
enum NumberScanner {
  private static let star: UInt32 = 0x2A, dot: UInt32 = 0x2E, comma: UInt32 = 0x2C
  private static let yu: UInt32 = 0x4F59, duo: UInt32 = 0x591A  // 余 多
  private static let wan: UInt32 = 0x4E07, yi: UInt32 = 0x4EBF, qian: UInt32 = 0x5343  // 万 亿 千

  struct UnitEntry: Sendable {
    var unit: Unit
    var procedural = false
  }

  /// Units a report writes after a number, in folded spelling.
  static let units: PhraseTrie<UnitEntry> = {
    var t = PhraseTrie<UnitEntry>()
    func add(_ s: String, _ u: Unit, procedural: Bool = false) {
      t.insert(s.foldedScalars, UnitEntry(unit: u, procedural: procedural))
    }
    add("元", .yuan)
    add("%", .percent)
    add("个百分点", .percentagePoints)
    add("百分点", .percentagePoints)
    for s in ["人", "名", "位"] { add(s, .people) }
    add("所", .schools)
    for s in ["个", "间", "台", "项", "件", "套", "块", "册", "份", "条", "台件套", "家", "班", "张"] {
      add(s, s == "个" ? .items : Unit(symbol: s, dimension: .count))
    }
    for s in ["平方米", "㎡", "m²", "m2"] { add(s, .squareMetres) }
    add("亩", .mu)
    for s in ["次", "场", "场次", "人次", "节次", "校次", "篇", "期", "堂", "起", "处", "批", "届", "轮", "天", "日", "月", "周"] {
      add(s, Unit(symbol: s, dimension: .count), procedural: true)
    }
    // 元/年 alone: in these reports a standard per pupil (生均公用经费标准由1300元/年调整为2800元/年).
    for per in ["生·年", "生/年", "生", "年/人", "人·年", "人/年", "年/生", "生·学年", "生.年", "生•年", "年"] {
      add("元/" + per, .yuanPerStudentYear)
    }
    for per in ["生·日", "生/日", "生·天", "生/天", "人·日", "人/日", "人·天", "人/天"] { add("元/" + per, .yuanPerStudentDay) }
    for per in ["生·月", "生/月", "人·月", "人/月"] { add("元/" + per, .yuanPerStudentMonth) }
    return t
  }()

  /// Words before an amount that make it a rate per pupil (or person) and period: 每生每年720元,
  /// 每生每天4元 (营养改善计划), 每人每月200元 (生活补助); longest first.
  static let perPupilPrefixes: [([UInt32], Unit)] = [
    ("每生每学年", Unit.yuanPerStudentYear), ("每生每年", .yuanPerStudentYear), ("生均每年", .yuanPerStudentYear),
    ("每人每年", .yuanPerStudentYear), ("每生每天", .yuanPerStudentDay), ("每人每天", .yuanPerStudentDay),
    ("每生每日", .yuanPerStudentDay), ("每人每日", .yuanPerStudentDay), ("每生每月", .yuanPerStudentMonth),
    ("每人每月", .yuanPerStudentMonth), ("每天", .yuanPerStudentDay), ("每日", .yuanPerStudentDay),
    ("每月", .yuanPerStudentMonth),
  ].map { ($0.0.foldedScalars, $0.1) }

  /// Scans a number starting exactly at `i`, or returns nil when none starts there.
  /// `end` bounds the scan (the end of the sentence).
  static func scan(_ s: [UInt32], at i: Int, end: Int) -> NumberToken? {
    var j = i
    var value: Double? = nil
    var masked = false
    let first = s[i]
    var fractionDigits = 0
    if isDigit(first) {
      guard let (m, f, next) = digits(s, at: i, end: end) else { return nil }
      value = m
      fractionDigits = f
      j = next
    } else if first == star || first == 0x78 {  // * or x
      var stars = 0, xs = 0
      while j < end,
        s[j] == star || s[j] == 0x78 || (s[j] == dot && j + 1 < end && (s[j + 1] == star || s[j + 1] == 0x78))
      {
        if s[j] == star { stars += 1 } else if s[j] == 0x78 { xs += 1 }
        j += 1
      }
      guard stars > 0 || xs >= 2 else { return nil }
      masked = true
    } else if ChineseNumber.isNumeral(first) {
      while j < end, ChineseNumber.isNumeral(s[j]) { j += 1 }
      guard let v = ChineseNumber.parse(s[i..<j]) else { return nil }
      value = Double(v)
    } else {
      return nil
    }
    // A ratio written with a colon (生师比17.5:1, 1：5): one number, the quotient.
    if isDigit(first), j + 1 < end, s[j] == 0x3A, isDigit(s[j + 1]),
      let (m2, f2, next) = digits(s, at: j + 1, end: end),
      m2 > 0, let m = value
    {
      value = (m / powersOfTen[min(fractionDigits, 22)]) / (m2 / powersOfTen[min(f2, 22)])
      fractionDigits = 0
      j = next
    }
    var token = NumberToken(value: value, unit: nil, masked: masked, range: i..<j)
    // A range: 500—1000人, 500-1000, 3至5所.
    if j + 1 < end, [0x2D, 0x2014, 0x2013, 0x7E, 0x81F3].contains(s[j]), isDigit(s[j + 1]) || s[j + 1] == star,
      isDigit(first) || masked
    {
      if let (_, _, next) = digits(s, at: j + 1, end: end) {
        j = next
      } else {
        while j + 1 < end, s[j + 1] == star { j += 1 }
        j += 1
      }
      token.isRange = true
    }
    // A space before the scale or unit (增长-9.41 %, 75128.36 万元: text out of PDFs
    // and typeset pages) belongs to the figure only when a scale or unit follows it.
    // A line end between them too, in a sentence that wraps (`8059.35` / `万元`: see
    // ``SentenceSplitter/continuesAcross(_:newline:start:)``).
    if j < end, s[j] == 0x20 || s[j] == 0x0A || s[j] == 0x0D {
      var k = j
      while k < end, s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x0D, k - j < 3 { k += 1 }
      if k < end, s[k] == wan || s[k] == yi || units.longestMatch(in: s, at: k, end: end) != nil { j = k }
    }
    // Hedges and scale between the number and its unit: 200余件, 1000余万元, 1001万余元, **多万.
    var scale: Double = 1
    while j < end {
      let c = s[j]
      if c == yu || c == duo {
        token.approximate = true
        j += 1
        continue
      }
      if c == wan {
        scale *= 1e4
        j += 1
        continue
      }
      if c == yi {
        scale *= 1e8
        j += 1
        continue
      }
      if c == qian, j + 1 < end, s[j + 1] == 0x5143 {
        scale *= 1e3
        j += 1
        continue
      }  // 千元
      break
    }
    if let (len, entry) = units.longestMatch(in: s, at: j, end: end) {
      // 个 of 个百分点 is matched whole; but 人民 or 名校 are words, not units.
      if !(entry.unit == .people && j + len < end && (s[j + len] == 0x6C11 || s[j + len] == 0x6821)) {
        token.unit = entry.unit
        token.procedural = entry.procedural
        token.perStudent = s[j..<(j + len)].contains(0x751F)  // 生
        j += len
      }
    }
    // 每生每年720元: per pupil and year, written before the number; the words become
    // part of the token, so that 标准为每生每年650元 reads as 标准为 + the figure.
    var start = i
    // A sign written with the number (增长-12.9%, －3.2%, +5%) unless it joins two
    // numbers or a code (3-5, A-1): the tokenizer has passed it as free text.
    var negative = false
    if isDigit(first), i >= 1, [0x2D, 0x2212, 0x2B].contains(s[i - 1]),
      !(i >= 2 && (isDigit(s[i - 2]) || (s[i - 2] >= 0x61 && s[i - 2] <= 0x7A) || s[i - 2] == star))
    {
      negative = s[i - 1] != 0x2B
      start = i - 1
    }
    if token.unit == .yuan, scale == 1 {
      for (prefix, unit) in perPupilPrefixes
      where i >= prefix.count && s[(i - prefix.count)..<i].elementsEqual(prefix) {
        token.unit = unit
        token.perStudent = true
        start = i - prefix.count
        break
      }
    }
    if token.unit == nil && scale == 1 && !isDigit(first) && !masked {
      return nil  // a bare Chinese numeral (一是, 三线) carries no value
    }
    if token.unit == nil && masked && scale == 1 { return nil }  // *县, *〔2022〕: names, not numbers
    // Mantissa × scale ÷ 10^fraction keeps 14.13亿 exactly 1_413_000_000.
    if let m = token.value {
      let scaled = token.unit == nil ? m : m * scale
      token.value = fractionDigits == 0 ? scaled : scaled / powersOfTen[min(fractionDigits, 22)]
    }
    if token.unit == nil { token.pendingScale = scale }
    if negative { token.value = token.value.map { -$0 } }
    // Trailing hedges: 90%以上, 500元左右, 20余.
    if j + 1 < end, (s[j] == 0x4EE5 && s[j + 1] == 0x4E0A) || (s[j] == 0x5DE6 && s[j + 1] == 0x53F3) {
      token.approximate = true
      j += 2
    } else if j < end, s[j] == yu || s[j] == duo, token.unit != nil {
      token.approximate = true
      j += 1
    }
    // Leading hedges: 近, 约, 逾, 超过.
    if i >= 1, [0x8FD1, 0x7EA6, 0x903E].contains(s[i - 1]) { token.approximate = true }
    if i >= 2, s[i - 2] == 0x8D85 && s[i - 1] == 0x8FC7 { token.approximate = true }
    token.range = start..<j
    return token
  }

  private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { a, _ in a * 10 } }

  /// Arabic digits with an optional fraction and thousands separators (25,000).
  /// Returns all digits as one integer mantissa, the count of fraction digits,
  /// and the index after the number (4.49 → (449, 2, …)).
  static func digits(_ s: [UInt32], at i: Int, end: Int) -> (Double, Int, Int)? {
    var j = i
    var mantissa: Double = 0
    var digitsSeen = 0
    while j < end {
      let c = s[j]
      if isDigit(c) {
        mantissa = mantissa * 10 + Double(c - 0x30)
        digitsSeen += 1
        j += 1
      } else if c == comma, digitsSeen > 0, j + 3 < end,
        isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]), !(j + 4 < end && isDigit(s[j + 4]))
      {
        j += 1  // a thousands separator: exactly three digits follow
      } else {
        break
      }
    }
    if digitsSeen == 0 { return nil }
    var fraction = 0
    if j + 1 < end, s[j] == dot, isDigit(s[j + 1]) {
      j += 1
      while j < end, isDigit(s[j]) {
        mantissa = mantissa * 10 + Double(s[j] - 0x30)
        fraction += 1
        j += 1
      }
    }
    return (mantissa, fraction, j)
  }
}
