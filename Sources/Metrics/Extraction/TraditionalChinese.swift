/// Traditional characters read as simplified, one scalar for one scalar, so that
/// a report from a Hong Kong or Taiwan reprint (教育經費…增長4.49%) matches the
/// same phrases as its mainland original while every offset into the original
/// text stays valid (provenance quotes the text as written).
///
///     TraditionalChinese.simplified("經".unicodeScalars.first!.value)  // 经
///     TraditionalChinese.simplified("经".unicodeScalars.first!.value)  // 经 (unchanged)
///
/// The table is OpenCC's TSCharacters, first candidate of each line, one BMP
/// scalar to one BMP scalar (2,956 pairs; `TraditionalChinese+Table.swift`, made
/// by `scripts/traditional_table.py`, says where it comes from). Characters alone,
/// not phrases: OpenCC's phrase table mostly picks among several simplified
/// readings of one character (乾/干), which matching does not need.
enum TraditionalChinese {
  /// The first scalar the table covers; every key lies in 3400–9FFF.
  static let first: UInt32 = 0x3400
  static let end: UInt32 = 0xA000

  /// The simplified scalar for each scalar of 3400–9FFF, or 0 where it is not
  /// traditional: one array read per character (55 KB), which keeps folding at
  /// the speed of the plain ASCII fold (a dictionary probe per character cost
  /// a third of extraction time; see the README's extraction row).
  static let table: [UInt16] = {
    var t = [UInt16](repeating: 0, count: Int(end - first))
    var scalars = pairs.unicodeScalars.makeIterator()
    while let key = scalars.next() {
      if key == "\n" { continue }
      guard let value = scalars.next() else { break }
      t[Int(key.value - first)] = UInt16(value.value)
    }
    return t
  }()

  /// `v` read as simplified; unchanged when it is not a traditional character.
  @inline(__always) static func simplified(_ v: UInt32) -> UInt32 {
    guard v >= first && v < end else { return v }
    let s = table[Int(v - first)]
    return s == 0 ? v : UInt32(s)
  }
}
