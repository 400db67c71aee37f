import Foundation

/// Canonical indicators and the spellings that name them.
///
///     let catalog = IndicatorCatalog.standard
///     catalog.resolve("小学生均一般公共预算教育经费")
///     // (indicator: per_student_expenditure, level: .primary)
///     catalog.resolve("公办园占比")?.indicator.id          // "public_kindergarten_share"
///     catalog.resolve("公办在园幼儿占比")?.indicator.id    // "public_kindergarten_enrolment_share"
///
/// A name the catalog does not know resolves to nil: callers keep it as its own
/// indicator, never force it onto a known one.
public struct IndicatorCatalog: Sendable {
  public private(set) var indicators: [Indicator]
  /// Normalised spelling → index into `indicators`.
  private var bySpelling: [String: Int] = [:]

  public static let standard = IndicatorCatalog(standardIndicators)

  public init(_ indicators: [Indicator]) {
    self.indicators = indicators
    for (i, ind) in indicators.enumerated() {
      for s in [ind.id, ind.chinese, ind.english] + ind.aliases {
        let key = Self.normalise(s)
        precondition(bySpelling[key] == nil || bySpelling[key] == i, "catalog spelling \(s) names two indicators")
        bySpelling[key] = i
      }
    }
  }

  /// Adds an alias; throws if it already names a different indicator.
  public mutating func addAlias(_ alias: String, to indicatorName: String) throws {
    guard let target = resolve(indicatorName)?.indicator,
      let i = indicators.firstIndex(where: { $0.id == target.id })
    else {
      throw CatalogError.unknownIndicator(indicatorName)
    }
    let key = Self.normalise(alias)
    if let existing = bySpelling[key], existing != i {
      throw CatalogError.conflictingAlias(alias, existing: indicators[existing].chinese, requested: target.chinese)
    }
    bySpelling[key] = i
  }

  public enum CatalogError: Error, CustomStringConvertible, Equatable {
    case unknownIndicator(String)
    case conflictingAlias(String, existing: String, requested: String)

    public var description: String {
      switch self {
      case .unknownIndicator(let n): "unknown indicator \"\(n)\""
      case .conflictingAlias(let a, let e, let r): "alias \"\(a)\" already names \(e), not \(r)"
      }
    }
  }

  public func indicator(id: String) -> Indicator? { indicators.first { $0.id == id } }

  /// The indicator a name denotes, and the school level when the name carries one
  /// as a prefix (小学生均一般公共预算教育经费, 普通高中生均公用经费标准).
  /// A level in brackets after the name works too: 生均一般公共预算教育经费（小学）.
  public func resolve(_ name: String) -> (indicator: Indicator, level: SchoolLevel?)? {
    var key = Self.normalise(name)
    if let i = bySpelling[key] { return (indicators[i], nil) }
    // 生均一般公共预算教育经费（元）: a unit in brackets is not part of the name.
    if key.hasSuffix(")"), let open = key.lastIndex(of: "("), open > key.startIndex,
      Unit.parse(String(key[key.index(after: open)..<key.index(before: key.endIndex)])).unit.dimension != .other
    {
      return resolve(String(key[..<open]))
    }
    if key.hasSuffix(")"), let open = key.lastIndex(of: "("),
      let level = SchoolLevel(parsing: String(key[key.index(after: open)..<key.index(before: key.endIndex)]))
    {
      key = String(key[..<open])
      if let i = bySpelling[key], indicators[i].levelApplies { return (indicators[i], level) }
      return nil
    }
    // Bytes, not `hasPrefix`: String comparison normalises both sides, and this loop ran for
    // every subject phrase extraction tried (5 % of extraction time).
    for (word, level) in SchoolLevel.aliases where key.utf8.starts(with: word.utf8) {
      var rest = String(key.dropFirst(word.count))
      if rest.hasPrefix("学校") { rest.removeFirst(2) }
      if rest.hasPrefix("阶段") { rest.removeFirst(2) }
      if let i = bySpelling[rest], indicators[i].levelApplies { return (indicators[i], level) }
    }
    return nil
  }

  /// Every spelling with its indicator, longest first: for finding names in text.
  public var spellings: [(spelling: String, indicator: Indicator)] {
    bySpelling.map { ($0.key, indicators[$0.value]) }.sorted {
      $0.spelling.count != $1.spelling.count ? $0.spelling.count > $1.spelling.count : $0.spelling < $1.spelling
    }
  }

  /// Spaces dropped, full-width Latin letters and digits folded, Latin lower-cased.
  static func normalise(_ s: String) -> String {
    // Most names (all of a report's CJK phrases) need nothing: return them as they are
    // instead of rebuilding them scalar by scalar (2.5 % of extraction time).
    if s.unicodeScalars.allSatisfy({ u in
      (u.value > 0x20 && u.value < 0x41) || (u.value > 0x5A && u.value < 0x7F)
        || (u.value >= 0x3400 && u.value < 0xFF00)
    }) {
      return s
    }
    var out = ""
    for u in s.unicodeScalars {
      if u.properties.isWhitespace { continue }
      if u.value >= 0xFF01 && u.value <= 0xFF5E {
        out.unicodeScalars.append(Unicode.Scalar(u.value - 0xFEE0)!)
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out.lowercased()
  }
}
