/// Finds the district a report speaks for, as the report names it.
///
///     丰都县人民政府 (letterhead)                 → 丰都县
///     重庆市沙坪坝区人民政府办公室                 → 沙坪坝区
///     现将**市人民政府2022年度履行教育职责…       → **市  (masked names are kept)
///     县人民政府办公室关于… ; *县作为*省…样本县  → *县  (the name used most in the body)
///
/// The title lines and the signature are read first: a name before 人民政府
/// outside 《》 (document titles name other bodies). Failing that, the most
/// frequent masked or plain `<name>县/区/市` followed by a body word.
enum DistrictDetector {
  private static let government = "人民政府".foldedScalars
  private static let suffixes: Set<UInt32> = Set("县区市旗".foldedScalars)
  /// Words that may stand right before a name and are not part of it.
  private static let leadingWords = ["现将", "关于", "报送", "我们", "对"].map(\.foldedScalars)
  /// Municipalities and provinces that prefix a district's name (重庆市沙坪坝区).
  private static let provinceEnd: Set<UInt32> = Set("省市".foldedScalars)

  static func detect(_ text: ScalarText, sentences: [Sentence]) -> String? {
    let s = text.folded
    guard !sentences.isEmpty else { return nil }
    let firstLines = Set(sentences.prefix(6).map(\.line))
    let lastLine = sentences.last!.line
    let heads = sentences.filter { firstLines.contains($0.line) || $0.line > lastLine - 8 }
    for sentence in heads {
      if let name = nameBeforeGovernment(text, in: sentence.range) { return name }
    }
    return mostFrequentName(s, text, sentences)
  }

  /// The name right before 人民政府 outside 《》, if it is a district's name.
  static func nameBeforeGovernment(_ text: ScalarText, in range: Range<Int>) -> String? {
    let s = text.folded
    var depth = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let c = s[i]
      if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
      if depth == 0, text.has(government, at: i) {
        var a = i
        while a > range.lowerBound, isHan(s[a - 1]) || s[a - 1] == 0x2A, i - a < 12 { a -= 1 }
        if let name = clean(Array(s[a..<i]), text, offset: a) { return name }
      }
      i += 1
    }
    return nil
  }

  /// Cuts leading words and a province or municipality off a name; nil when no district name remains.
  private static func clean(_ run: [UInt32], _ text: ScalarText, offset: Int) -> String? {
    guard let last = run.last, suffixes.contains(last) else { return nil }
    var a = 0
    if let star = run.firstIndex(of: 0x2A) {
      a = star  // a masked name: from its first mask character
    } else {
      for w in leadingWords where run.starts(with: w) { a = w.count }
      // 重庆市沙坪坝区: drop the leading <X>市/<X>省 when a 区/县 name follows.
      if let p = run[a..<(run.count - 1)].firstIndex(where: { provinceEnd.contains($0) }), p - a >= 1,
        run.count - 1 - p >= 2
      {
        a = p + 1
      }
    }
    guard run.count - a >= 2 else { return nil }
    return text.string((offset + a)..<(offset + run.count))
  }

  /// The most frequent `<name>县/区/市` written with masks (*县, **市) in the body,
  /// for reports whose letterhead lost the name.
  private static func mostFrequentName(_ s: [UInt32], _ text: ScalarText, _ sentences: [Sentence]) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for sentence in sentences {
      var depth = 0
      var i = sentence.range.lowerBound
      while i < sentence.range.upperBound {
        let c = s[i]
        if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
        if depth == 0, s[i] == 0x2A, i == sentence.range.lowerBound || s[i - 1] != 0x2A {
          var j = i
          while j < sentence.range.upperBound, s[j] == 0x2A { j += 1 }
          if j < sentence.range.upperBound, suffixes.contains(s[j]) {
            let name = text.string(i..<(j + 1))
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
          }
          i = j
          continue
        }
        i += 1
      }
    }
    return order.max { counts[$0]! < counts[$1]! }
  }
}
