/// Finds the district a report speaks for, from the whole document, as the
/// report names it (read as simplified), with its place in the gazetteer.
///
///     丰都县人民政府 (letterhead)                      → 丰都县 (重庆市丰都县)
///     重庆市沙坪坝区人民政府办公室                      → 沙坪坝区 (重庆市沙坪坝区)
///     洛阳市2021年教育经费执行情况统计公告              → 洛阳市 (a city's own bulletin)
///     广东省…公告 / 全国教育经费执行情况统计公告         → 广东省 / 全国
///     关于2021年全县…公告 … 青田县教育局 (signature)    → 青田县
///     现将**市人民政府2022年度履行教育职责…            → **市  (masked names are kept, never guessed)
///     县人民政府办公室关于… ; *县作为*省…样本县       → *县  (the name used most in the body)
///
/// Every name is collected with where it stands: in the title lines, in the
/// signature lines, or in the body, and whether an organ follows it (人民政府,
/// 教育局, 教育委员会…: the author). Names are those of the gazetteer, masked
/// names (**县, XX县, ××区), and in the title and signature any short name
/// before an organ (a district the gazetteer does not know). The title outweighs
/// the signature, both outweigh any number of mentions in the body, so a phrase
/// such as 认真组织开展了伊美区 never beats the title. 河南省洛阳市栾川县 counts as
/// 栾川县 alone. A name several divisions share (鼓楼区) is placed by the province
/// or city the document names most; failing that it keeps no division.
enum DistrictDetector {
  struct Found: Sendable, Equatable {
    /// As written (short form, simplified): 沙坪坝区, **县.
    var name: String
    /// Its gazetteer entry; nil for masked names, names the gazetteer lacks, and
    /// shared names the document does not place.
    var division: Division?
  }

  static func detect(_ text: ScalarText, sentences: [Sentence]) -> String? {
    find(text, sentences: sentences)?.name
  }

  static func find(_ text: ScalarText, sentences: [Sentence]) -> Found? {
    guard sentences.last != nil else { return nil }
    // The title: the first lines with text, earlier lines weighing more (a
    // letterhead or title comes first, the body's first sentence may follow on
    // the same screen). The signature: the last lines.
    var titleLines: [Int] = []
    for sentence in sentences.prefix(6) where !titleLines.contains(sentence.line) && titleLines.count < 4 {
      if text.statesFigure(in: sentence.range) { break }  // the body has begun
      titleLines.append(sentence.line)
    }
    let lastLine = sentences.last!.line
    // A signature is a short line (青田县教育局, a date); a long one near the end is body.
    var lineSpans: [Int: (start: Int, end: Int)] = [:]
    for sentence in sentences.reversed() where sentence.line > lastLine - 8 {
      let span = lineSpans[sentence.line]
      lineSpans[sentence.line] = (sentence.range.lowerBound, span?.end ?? sentence.range.upperBound)
    }
    var tally: [String: Tally] = [:]
    var order: [String] = []
    for sentence in sentences {
      // The body is read up to a long report's length: which name it uses most is
      // settled by then, and a 10 MB text costs no more than a 300 KB one.
      if sentence.range.lowerBound >= bodyScanLimit, sentence.line <= lastLine - 8 { continue }
      let rank = titleLines.firstIndex(of: sentence.line)
      let span = lineSpans[sentence.line]
      let region: Region =
        rank != nil ? .title(rank: rank!) : span.map { $0.end - $0.start <= 30 } == true ? .signature : .body
      for mention in mentions(text, in: sentence.range, region: region) {
        if tally[mention.name] == nil { order.append(mention.name) }
        tally[mention.name, default: Tally()].add(mention, region: region)
      }
    }
    // 新疆教育经费支出占GDP比重…: a title naming no division by its full name may name a
    // province by its short name (新疆, 广西, 四川), which is then the document's.
    if !tally.contains(where: { $0.value.titleRank != nil && $0.key != "全国" }) {
      // (A headline with a figure in it, 连续4年超过4%目标, still heads the text.)
      // Only the first line: a short name further down is as often a word of a phrase.
      for (rank, line) in [titleLines.first ?? sentences[0].line].enumerated() {
        for sentence in sentences where sentence.line == line {
          for name in provincesShortNamed(text, in: sentence.range) {
            if tally[name] == nil { order.append(name) }
            tally[name, default: Tally()].add(
              Mention(name: name, range: 0..<0, author: false, addressLevel: true), region: .title(rank: rank))
          }
        }
      }
    }
    // 全县, 我区, 本市: the document's own kind of district breaks what else is even.
    let own = ownSuffix(text)
    func score(_ name: String) -> Int {
      (tally[name]?.score ?? 0) + (own != nil && name.unicodeScalars.last?.value == own ? 100 : 0)
    }
    var best = order.max(by: { score($0) < score($1) })
    // Named only in passing, or not at all: a document calling itself 全县 (全省)
    // may write its own name short (黎川一中, 四川财政): count those too.
    if best.map({ tally[$0]!.isBodyOnly }) ?? true, let own, let stems = Gazetteer.stemsBySuffix[own] {
      let counts = stemCounts(text, stems, own: own)
      // A province's short name (四川, 云南) is a word of its own, once is enough;
      // a county's (黎川, 和平) may be a common word, twice at least.
      let provinceLevel = own == 0x7701
      if let (name, n) = counts.max(by: {
        $0.value + (tally[$0.key]?.body ?? 0) < $1.value + (tally[$1.key]?.body ?? 0)
      }),
        n >= (provinceLevel ? 1 : 2), best.map({ score(name) + n > score($0) }) ?? true
      {
        best = name
        // 黔西南州财政局: the name as the text writes it when it writes the stem with the suffix.
        let written = Gazetteer.stem(name) + String(UnicodeScalar(own).map(Character.init) ?? " ")
        if written != name, text.occurrences(of: written.foldedScalars, in: 0..<text.count) > 0 {
          return Found(name: written, division: place(name, text))
        }
      }
    }
    guard let best else { return nil }
    return Found(name: best, division: place(best, text))
  }

  /// Provinces written short (新疆 of 新疆维吾尔自治区, 四川 of 四川省) in `range`.
  static func provincesShortNamed(_ text: ScalarText, in range: Range<Int>) -> [String] {
    var out: [String] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let (length, name) = Gazetteer.provinceStems.longestMatch(in: text.folded, at: i, end: range.upperBound) {
        if !out.contains(name) { out.append(name) }
        i += length
      } else {
        i += 1
      }
    }
    return out
  }

  /// How often each name's stem stands in the text, outside 《》; a stem written with the
  /// document's own suffix or before 全 and that suffix (莆田全市, 黔西南州财政局) counts twice.
  static func stemCounts(_ text: ScalarText, _ stems: PhraseTrie<String>, own: UInt32) -> [String: Int] {
    let s = text.folded
    var counts: [String: Int] = [:]
    var depth = 0
    var i = 0
    while i < min(s.count, bodyScanLimit) {
      let c = s[i]
      if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
      if depth == 0, let (length, name) = stems.longestMatch(in: s, at: i) {
        let j = i + length
        let suffixed = j < s.count && (s[j] == own || (s[j] == 0x5168 && j + 1 < s.count && s[j + 1] == own))
        counts[name, default: 0] += suffixed ? 2 : 1
        i += length
        continue
      }
      i += 1
    }
    return counts
  }

  /// The suffix of 全县/我县/本县 (or 区, 市, 旗, 省, 国) a document uses most for itself.
  static func ownSuffix(_ text: ScalarText) -> UInt32? {
    let s = text.folded
    var counts: [UInt32: Int] = [:]
    var i = 1
    while i < min(s.count, bodyScanLimit) {
      let c = s[i]
      // 县 区 市 旗 省 国, and 州 盟 (全州: an autonomous prefecture)
      if c == 0x53BF || c == 0x533A || c == 0x5E02 || c == 0x65D7 || c == 0x7701 || c == 0x56FD || c == 0x5DDE
        || c == 0x76DF,
        s[i - 1] == 0x5168 || s[i - 1] == 0x6211 || s[i - 1] == 0x672C
      {
        counts[c, default: 0] += 1  // 县 区 市 旗 省 国 after 全 我 本
      }
      i += 1
    }
    return counts.max { $0.value < $1.value }?.key
  }

  // MARK: - Mentions

  struct Mention {
    var name: String
    var range: Range<Int>
    var author: Bool
    var addressLevel: Bool
  }

  enum Region: Equatable {
    /// `rank` 0 is the first line with text.
    case title(rank: Int)
    case signature, body
  }

  struct Tally {
    var titleRank: Int? = nil
    var signature = 0, body = 0, author = 0
    mutating func add(_ m: Mention, region: Region) {
      switch region {
      case .title(let rank): titleRank = min(titleRank ?? rank, rank)
      case .signature: signature += 1
      case .body: body += 1
      }
      if m.author && region != .body { author += 1 }
    }
    var isBodyOnly: Bool { titleRank == nil && signature == 0 && author == 0 }
    /// The earliest title line first, then an author's name over a mere
    /// mention, the signature over the body.
    var score: Int {
      (titleRank.map { 10_000 - $0 * 2_000 } ?? 0) + min(author, 3) * 400 + min(signature, 3) * 300 + min(body, 99)
    }
  }

  /// Scalars of the body read for names (a long report is 30,000–100,000).
  static let bodyScanLimit = 200_000
  private static let suffixes = Set("县区市旗".foldedScalars)
  /// Bodies a district's name stands before when the district writes or signs.
  private static let organs = [
    "人民政府", "政府", "教育局", "教育委员会", "教委", "教育和体育局", "教育体育局", "教体局", "财政局",
    "统计局", "教育督导", "委员会",
  ].map(\.foldedScalars)
  /// Words that may stand right before a name and are not part of it.
  private static let leadingWords = ["现将", "关于", "报送", "我们", "对", "按照", "根据", "经", "由"].map(\.foldedScalars)
  /// Characters that, before 全国, make it a yardstick (高于, 超过, 比, 较, 在, 居, 与).
  private static let yardstickLeads = Set("于过比较在居与占".foldedScalars)
  /// 各区人民政府, 全县, 本市: a word of scope before the suffix, not a name.
  static func isScopeWord(_ name: String) -> Bool {
    // (年区 of a masked 20XX年区…: the end of a year, not a name.)
    name.unicodeScalars.count == 2 && "各全本我该辖年".unicodeScalars.contains(name.unicodeScalars.first!)
  }
  /// Gazetteer names that are also common nouns (城区学校, 郊区, 矿区).
  private static let commonNouns: Set<String> = ["城区", "郊区", "矿区", "东区", "西区"]
  /// After a name, these make it a word (县级, 县域, 县城): 凤县级 is not 凤县.
  private static let wordContinuations = Set("级域城".foldedScalars)
  /// What may end the unit written before a two-character name (益阳市南县).
  private static let addressEnds = Set("省市州盟".foldedScalars)
  private static let masks: Set<UInt32> = [0x2A, 0x78, 0xD7]  // * x ×
  private static let lastCharacter: [Bool] = {
    var table = [Bool](repeating: false, count: 0x10000)
    for c in Gazetteer.lastCharacters.union(suffixes) where c < 0x10000 { table[Int(c)] = true }
    table[0x56FD] = true  // 国 of 全国
    return table
  }()

  /// The names in `range`, outside 《》 (document titles name other bodies).
  static func mentions(_ text: ScalarText, in range: Range<Int>, region: Region) -> [Mention] {
    let s = text.folded
    var out: [Mention] = []
    var depth = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let c = s[i]
      if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
      if depth == 0, c < 0x10000, lastCharacter[Int(c)], i > range.lowerBound,
        let m = mention(endingAt: i, text, lowerBound: range.lowerBound, end: range.upperBound, region: region)
      {
        // 河南省洛阳市栾川县: the province and city written before a county are its address.
        if let previous = out.last, previous.addressLevel, previous.range.upperBound == m.range.lowerBound {
          out.removeLast()
        }
        out.append(m)
      }
      i += 1
    }
    return out
  }

  private static func mention(endingAt i: Int, _ text: ScalarText, lowerBound: Int, end: Int, region: Region)
    -> Mention?
  {
    let s = text.folded
    lazy var author = organs.contains { text.has($0, at: i + 1) }
    // 全国: a national bulletin or its news (it must say 全国 more than 全县 or 全省).
    // 高于全国平均水平, 比全国, 在全国排第5位: 全国 as the yardstick, not the document's own scope.
    if s[i] == 0x56FD, i > lowerBound, s[i - 1] == 0x5168,
      i - 1 == lowerBound || !yardstickLeads.contains(s[i - 2])
    {
      return Mention(name: "全国", range: (i - 1)..<(i + 1), author: false, addressLevel: false)
    }
    // A masked name: **县, XX区, ××市, and `xx 县` out of a PDF.
    if suffixes.contains(s[i]) {
      let maskEnd = i > lowerBound && s[i - 1] == 0x20 ? i - 1 : i
      var a = maskEnd
      while a > lowerBound, masks.contains(s[a - 1]) { a -= 1 }
      let stars = s[a..<maskEnd].filter { $0 == 0x2A }.count
      if stars > 0 || maskEnd - a >= 2, !(a > lowerBound && isLatin(s[a - 1])) {
        let name = text.simplified(a..<maskEnd) + text.simplified(i..<(i + 1))
        return Mention(name: name, range: a..<(i + 1), author: author, addressLevel: false)
      }
    }
    // A gazetteer name ending here, the longest (names are at most 15 scalars: 双江拉祜族佤族布朗族傣族自治县).
    let from = max(lowerBound, i - 14)
    let reversed = Array(s[from...i].reversed())
    let match = Gazetteer.reversedNames.longestMatch(in: reversed, at: 0)
    if let (length, _) = match {
      let a = i + 1 - length
      let name = text.foldedString(a..<(i + 1))
      let continues = i + 1 < end && wordContinuations.contains(s[i + 1]) && !author
      let glued = length == 2 && a > lowerBound && isHan(s[a - 1]) && !addressEnds.contains(s[a - 1]) && !author
      if !commonNouns.contains(name), !continues, !glued, !Self.isScopeWord(name) {
        let addressLevel = Gazetteer.addressNames.contains(name)
        return Mention(name: name, range: a..<(i + 1), author: author, addressLevel: addressLevel)
      }
    }
    // A name the gazetteer lacks, before an organ in the title or signature: 宁川市人民政府.
    guard author, region != .body, suffixes.contains(s[i]) else { return nil }
    var a = i
    while a > lowerBound, isHan(s[a - 1]), i - a < 12 { a -= 1 }
    var run = Array(s[a...i])
    var cut = 0
    for w in leadingWords where run.starts(with: w) { cut = w.count }
    // 重庆市沙坪坝区: drop a leading <X>市/<X>省 when a 区/县 name follows.
    if let p = run[cut..<(run.count - 1)].firstIndex(where: { $0 == 0x7701 || $0 == 0x5E02 }), p - cut >= 1,
      run.count - 1 - p >= 2
    {
      cut = p + 1
    }
    run.removeFirst(cut)
    // Only a short name from the start of the line or after a leading word: 认真组织开展了X区 is a phrase.
    guard run.count >= 2, run.count <= 6, a == lowerBound || cut > 0 || !isHan(s[a - 1]) else { return nil }
    let name = text.foldedString((a + cut)..<(i + 1))
    guard !isScopeWord(name) else { return nil }
    return Mention(
      name: name, range: (a + cut)..<(i + 1), author: true, addressLevel: false)
  }

  @inline(__always) private static func isLatin(_ c: UInt32) -> Bool { c >= 0x61 && c <= 0x7A }

  // MARK: - Placing a name

  /// The gazetteer entry for `name`: the only one, or the one whose province or
  /// city the document names most (鼓楼区 with 福州 → 福建省福州市鼓楼区).
  static func place(_ name: String, _ text: ScalarText) -> Division? {
    let candidates = Gazetteer.divisions(named: name)
    if candidates.count <= 1 { return candidates.first }
    let all = 0..<text.count
    var best: (Division, Int)? = nil
    var tie = false
    for d in candidates {
      var score = 0
      for unit in [d.province, d.prefecture ?? ""] where !unit.isEmpty {
        let stem = Gazetteer.stem(unit)
        if stem.count >= 2 { score += text.occurrences(of: stem.foldedScalars, in: all) }
      }
      if best == nil || score > best!.1 {
        best = (d, score)
        tie = false
      } else if score == best!.1 {
        tie = true
      }
    }
    guard let (d, score) = best, score > 0, !tie else { return nil }
    return d
  }
}
