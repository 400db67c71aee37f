/// The name an uncatalogued figure keeps: the report's own words, but read as
/// simplified and without a mirror's pinyin glosses, so that a Hong Kong reprint
/// (一般公共預(yù)算教育經(jīng)費(fèi)佔…) and its mainland original (一般公共预算教育经费占…)
/// name the same quantity alike. Provenance still quotes the sentence as written.
///
///     UncataloguedName.plain("教育事業(yè)費(fèi)支出")  // "教育事业费支出"
enum UncataloguedName {
  static func plain(_ name: String) -> String {
    var out = String.UnicodeScalarView()
    let scalars = Array(name.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let u = scalars[i]
      // A gloss: an opening bracket right after a Han character, Latin letters (with tone marks), a closing bracket.
      if u == "(" || u == "（", i > 0, isHan(scalars[i - 1].value), let close = glossEnd(scalars, from: i + 1) {
        i = close + 1
        continue
      }
      out.append(Unicode.Scalar(TraditionalChinese.simplified(u.value)) ?? u)
      i += 1
    }
    return String(out)
  }

  /// The index of the bracket closing a pinyin gloss that opens before `from`, or nil.
  private static func glossEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
    var j = from
    while j < s.count, j - from <= 8 {
      let u = s[j]
      if u == ")" || u == "）" { return j > from ? j : nil }
      // Latin letters, with or without tone marks (ā, ǎ, ü …): U+0061–007A and U+00C0–024F.
      guard ("a"..."z").contains(u) || (0xC0...0x24F).contains(u.value) else { return nil }
      j += 1
    }
    return nil
  }
}
