import Foundation

/// The catalog as a table, for `compare indicators`.
///
///     CatalogListing.header  // ["id", "chinese", "english", "category", "unit", "levels", "aliases"]
///     CatalogListing.rows(.standard)[1]
///     // ["per_student_expenditure", "生均一般公共预算教育经费", "General public budget …",
///     //  "finance", "元", "yes", "生均一般公共预算教育经费支出、生均教育事业费、…"]
public enum CatalogListing {
  public static let header = ["id", "chinese", "english", "category", "unit", "levels", "aliases"]

  public static func rows(_ c: IndicatorCatalog) -> [[String]] {
    c.indicators.map {
      [
        $0.id, $0.chinese, $0.english, $0.category.rawValue, $0.baseUnit.symbol, $0.levelApplies ? "yes" : "no",
        $0.aliases.joined(separator: "、"),
      ]
    }
  }

  public static func csv(_ c: IndicatorCatalog) -> String {
    ([header] + rows(c)).map { $0.map(TidyCSVWriter.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  public static func markdown(_ c: IndicatorCatalog) -> String {
    func row(_ cells: [String]) -> String {
      "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
    var lines = [row(header), row(header.map { _ in "---" })]
    lines += rows(c).map(row)
    return lines.joined(separator: "\n") + "\n"
  }

  public static func json(_ c: IndicatorCatalog) throws -> String {
    let objects = rows(c).map { r in
      var o: [String: Any] = Dictionary(uniqueKeysWithValues: zip(header, r).map { ($0, $1 as Any) })
      o["levels"] = r[5] == "yes"
      o["aliases"] = r[6].isEmpty ? [] : r[6].components(separatedBy: "、")
      return o
    }
    let data = try JSONSerialization.data(
      withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
