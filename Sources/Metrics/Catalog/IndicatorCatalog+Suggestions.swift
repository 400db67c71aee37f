import Foundation

extension IndicatorCatalog {
  /// Catalog indicators whose spellings look most like `name`, best first: for
  /// "unknown indicator" messages.
  ///
  ///     IndicatorCatalog.standard.suggestions(for: "生均教育经费支出").first?.id
  ///     // "per_student_expenditure"
  ///
  /// Similarity is the share of character bigrams in common (Dice coefficient);
  /// Chinese names have no word boundaries, so bigrams beat edit distance here.
  public func suggestions(for name: String, limit: Int = 5) -> [Indicator] {
    let query = Self.bigrams(Self.normalise(name))
    guard !query.isEmpty else { return [] }
    var best: [String: (Double, Int)] = [:]
    for (k, ind) in indicators.enumerated() {
      for s in [ind.id, ind.chinese, ind.english] + ind.aliases {
        let b = Self.bigrams(Self.normalise(s))
        guard !b.isEmpty else { continue }
        let score = 2 * Double(query.intersection(b).count) / Double(query.count + b.count)
        if score > (best[ind.id]?.0 ?? 0) { best[ind.id] = (score, k) }
      }
    }
    return best.filter { $0.value.0 >= 0.3 }
      .sorted { $0.value.0 != $1.value.0 ? $0.value.0 > $1.value.0 : $0.value.1 < $1.value.1 }
      .prefix(limit).map { indicators[$0.value.1] }
  }

  static func bigrams(_ s: String) -> Set<String> {
    let chars = Array(s)
    if chars.count < 2 { return chars.isEmpty ? [] : [String(chars)] }
    return Set((0..<(chars.count - 1)).map { String(chars[$0...$0 + 1]) })
  }
}
