import Foundation

/// How a table is laid out.
///
/// - `tidy`: one observation per row — `district,year,indicator,value[,unit]`.
/// - `wide`: one row per district and year, one column per indicator — `区县,年份,生均经费,入园率`.
/// - `years`: one row per district, one column per year, one indicator — the
///   yearbook shape `区县,2019年,2020年,2021年`.
public enum TableLayout: String, CaseIterable, Sendable {
  case tidy, wide, years
}

/// The layout a header shows, and why: the reason goes into errors, so that a
/// table read the wrong way says what was assumed.
///
///     LayoutChoice.detect(["区县", "2019年", "2020年"], districtColumn: nil, yearColumn: nil)
///     // .years, "the header has years as columns (2019年, 2020年)"
struct LayoutChoice: Equatable {
  var layout: TableLayout
  var reason: String
  /// For `wide`: the district and year columns found.
  var districtColumn: String? = nil
  var yearColumn: String? = nil

  static func detect(_ columns: [String], districtColumn: String?, yearColumn: String?) -> LayoutChoice? {
    let roles = columns.map { TidyCSVReader.Column(header: $0) }
    func find(_ named: String?, _ role: TidyCSVReader.Column) -> String? {
      if let named { return columns.first { $0 == named } ?? columns.first { $0.lowercased() == named.lowercased() } }
      return roles.firstIndex(of: role).map { columns[$0] }
    }
    let district = find(districtColumn, .district), year = find(yearColumn, .year)
    let hasIndicator = roles.contains(.indicator), hasValue = roles.contains(.value)
    if districtColumn == nil && yearColumn == nil, district != nil, year != nil, hasIndicator, hasValue {
      return LayoutChoice(layout: .tidy, reason: "the header has district, year, indicator and value columns")
    }
    let years = columns.filter { YearHeader.year($0) != nil }
    if !years.isEmpty && year == nil {
      let shown =
        years.count > 4 ? years.prefix(3).joined(separator: ", ") + " … " + years.last! : years.joined(separator: ", ")
      return LayoutChoice(
        layout: .years, reason: "the header has years as columns (\(shown))", districtColumn: district)
    }
    if let district, let year, !hasIndicator {
      let named =
        districtColumn != nil || yearColumn != nil
        ? "the district and year columns were named" : "the header has district and year columns"
      return LayoutChoice(
        layout: .wide, reason: "\(named) (\(district), \(year)) and no indicator column", districtColumn: district,
        yearColumn: year)
    }
    return nil
  }
}
