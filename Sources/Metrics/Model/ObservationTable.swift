import Foundation

/// Many observations stored column by column.
///
/// A national table has millions of rows but only thousands of distinct names,
/// so names are interned once (``StringPool``) and rows hold small integers.
/// Everything downstream (panels, checks, writers) reads these columns; it never
/// copies the table per indicator.
///
///     var t = ObservationTable()
///     t.append(Observation(district: "渝中区", year: 2023, indicator: "生均一般公共预算教育经费",
///                          value: 24774, unit: .yuan))
///     t[0].district  // "渝中区"
public struct ObservationTable: Sendable, RandomAccessCollection {
  /// Districts, indicators, file names and source texts, interned.
  public internal(set) var strings = StringPool()
  /// Distinct units; rows refer to them by index.
  public internal(set) var units: [Unit] = []

  public internal(set) var districtIDs: [Int32] = []
  public internal(set) var years: [Int32] = []
  public internal(set) var indicatorIDs: [Int32] = []
  public internal(set) var levels: [SchoolLevel?] = []
  public internal(set) var measures: [Measure] = []
  /// The value in the unit's base; `.nan` where missing or masked.
  public internal(set) var values: [Double] = []
  public internal(set) var unitIDs: [Int16] = []
  public internal(set) var flags: [ObservationFlags] = []
  public internal(set) var sourceFileIDs: [Int32] = []
  /// -1 where there is no source text (a table row: its line says where).
  public internal(set) var sourceTextIDs: [Int32] = []
  /// 1-based line in the source file; 0 where unknown.
  public internal(set) var lines: [Int32] = []
  /// Extra text columns of the source (e.g. `continent`), by column name; each
  /// row's value is a string id, -1 where empty.
  public internal(set) var attributes: [(name: String, values: [Int32])] = []
  /// Indicator spellings whose rows a filtered read (``IndicatorFilter``) did not
  /// keep, in order of first appearance: so that "the data has no X; it holds: …"
  /// still names everything the file held, and a file is not taken for empty.
  public internal(set) var indicatorsLeftOut: [String] = []

  /// The column that holds ``Observation/reference`` (what a difference is taken
  /// against): an attribute like any other, so tidy files carry it as `compared_to`.
  public static let referenceColumn = "compared_to"
  /// `false` for a figure whose indicator the catalog does not know (``ObservationFlags/uncatalogued``),
  /// `true` for the others; the column exists only in tables that have such a figure.
  public static let cataloguedColumn = "catalogued"
  /// The other lines that state the same fact (``Provenance/alsoStatedAt``), as `12;30`.
  public static let alsoStatedAtColumn = "also_stated_at"
  /// ``Observation/precision`` (the place value of the last written digit, in the unit's
  /// base: `1000000` for 1.12亿元); the column exists only in tables that have such a figure.
  public static let precisionColumn = "precision"
  /// Attribute columns that hold fields of ``Observation`` (copied with the observation, not as text).
  static let modelColumns: Set<String> = [referenceColumn, cataloguedColumn, alsoStatedAtColumn, precisionColumn]

  public init() {}

  public init<S: Sequence>(_ observations: S) where S.Element == Observation {
    for o in observations { append(o) }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { values.count }

  /// The observation in row `i`, materialised with its strings.
  public subscript(i: Int) -> Observation {
    let v = values[i]
    let textID = sourceTextIDs[i]
    return Observation(
      district: strings[districtIDs[i]], year: Int(years[i]), indicator: strings[indicatorIDs[i]],
      level: levels[i], measure: measures[i], value: v.isNaN ? nil : v, unit: units[Int(unitIDs[i])],
      flags: flags[i].union(attribute(Self.cataloguedColumn, row: i) == "false" ? .uncatalogued : []),
      provenance: Provenance(
        sourceFile: strings[sourceFileIDs[i]], sourceText: textID < 0 ? "" : strings[textID],
        line: lines[i] > 0 ? Int(lines[i]) : nil,
        alsoStatedAt: attribute(Self.alsoStatedAtColumn, row: i).map(Self.lineList) ?? []),
      reference: referenceID(row: i).map { strings[$0] },
      precision: attribute(Self.precisionColumn, row: i).flatMap(DecimalParser.parse))
  }

  /// The string id of row `i`'s ``Observation/reference``, nil when it has none.
  public func referenceID(row i: Int) -> Int32? {
    guard let column = attributes.first(where: { $0.name == Self.referenceColumn }) else { return nil }
    let id = column.values[i]
    return id < 0 ? nil : id
  }

  /// The value of extra column `name` in row `i`, if the source had one.
  public func attribute(_ name: String, row i: Int) -> String? {
    guard let column = attributes.first(where: { $0.name == name }) else { return nil }
    let id = column.values[i]
    return id < 0 ? nil : strings[id]
  }

  public mutating func append(_ o: Observation) {
    let row = values.count
    districtIDs.append(strings.intern(o.district))
    years.append(Int32(o.year))
    indicatorIDs.append(strings.intern(o.indicator))
    levels.append(o.level)
    measures.append(o.measure)
    values.append(o.value ?? .nan)
    unitIDs.append(unitID(o.unit))
    flags.append(o.flags)
    sourceFileIDs.append(strings.intern(o.provenance.sourceFile))
    sourceTextIDs.append(o.provenance.sourceText.isEmpty ? -1 : strings.intern(o.provenance.sourceText))
    lines.append(Int32(o.provenance.line ?? 0))
    for c in attributes.indices { attributes[c].values.append(-1) }
    if let r = o.reference, !r.isEmpty { setAttribute(Self.referenceColumn, row: row, to: r) }
    if o.flags.contains(.uncatalogued) || attributes.contains(where: { $0.name == Self.cataloguedColumn }) {
      markCatalogued(row: row, !o.flags.contains(.uncatalogued))
    }
    if let p = o.precision, p.isFinite, p > 0 {
      setAttribute(Self.precisionColumn, row: row, to: DecimalFormat.shortest(p))
    }
    if !o.provenance.alsoStatedAt.isEmpty {
      setAttribute(
        Self.alsoStatedAtColumn, row: row, to: o.provenance.alsoStatedAt.map(String.init).joined(separator: ";"))
    }
  }

  /// Sets the `catalogued` column of `row`; creating the column marks every earlier row catalogued.
  private mutating func markCatalogued(row: Int, _ catalogued: Bool) {
    if !attributes.contains(where: { $0.name == Self.cataloguedColumn }) {
      let yes = strings.intern("true")
      attributes.append((Self.cataloguedColumn, [Int32](repeating: yes, count: values.count)))
    }
    setAttribute(Self.cataloguedColumn, row: row, to: catalogued ? "true" : "false")
  }

  /// `12;30` → [12, 30].
  static func lineList(_ text: String) -> [Int] {
    text.split(whereSeparator: { $0 == ";" || $0 == " " }).compactMap { Int($0) }
  }

  public mutating func append(contentsOf other: ObservationTable) {
    for name in other.indicatorsLeftOut where !indicatorsLeftOut.contains(name) { indicatorsLeftOut.append(name) }
    for i in other.indices {
      append(other[i])
      for column in other.attributes where column.values[i] >= 0 && !Self.modelColumns.contains(column.name) {
        setAttribute(column.name, row: values.count - 1, to: other.strings[column.values[i]])
      }
    }
  }

  public mutating func setAttribute(_ name: String, row: Int, to text: String) {
    let c: Int
    if let found = attributes.firstIndex(where: { $0.name == name }) {
      c = found
    } else {
      attributes.append((name, [Int32](repeating: -1, count: values.count)))
      c = attributes.count - 1
    }
    attributes[c].values[row] = strings.intern(text)
  }

  /// The index of `unit` in ``units``, adding it when new.
  mutating func unitID(_ unit: Unit) -> Int16 {
    if let i = units.firstIndex(of: unit) { return Int16(i) }
    units.append(unit)
    return Int16(units.count - 1)
  }

  /// Distinct indicator names in order of first appearance.
  public var indicatorNames: [String] {
    var seen = Set<Int32>()
    var names: [String] = []
    for id in indicatorIDs where seen.insert(id).inserted { names.append(strings[id]) }
    return names
  }

  /// Distinct districts in order of first appearance.
  public var districtNames: [String] {
    var seen = Set<Int32>()
    var names: [String] = []
    for id in districtIDs where seen.insert(id).inserted { names.append(strings[id]) }
    return names
  }
}
