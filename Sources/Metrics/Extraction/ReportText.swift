import Foundation

/// The text of one report, with the file it came from.
///
///     let report = ReportText(text: "丰都县人民政府\n2022年一般公共预算教育支出14.13亿元", sourceFile: "000.txt")
public struct ReportText: Sendable {
  public var text: String
  /// The file name written into each observation's provenance.
  public var sourceFile: String

  public init(text: String, sourceFile: String) {
    self.text = text
    self.sourceFile = sourceFile
  }
}

/// What a report yields: who wrote it, which year it covers, the figures found
/// in it, and what the extractor could not settle.
public struct Extraction: Sendable {
  /// The reporting district as the report names it (丰都县, **市), if found.
  public var district: String?
  /// Where the district lies (重庆市沙坪坝区), when the gazetteer knows its name
  /// and, for a name several districts share, the document says which.
  public var division: Division?
  /// The year the report covers (its title's year), not the year it was signed.
  public var reportYear: Int?
  public var observations: [Observation]
  public var warnings: [String]
  /// Figures with a unit (or a scale, or a mask) that the report states.
  public var figuresSeen = 0
  /// Those of them that became no observation, with the reason.
  public var leftOut: [LeftOutFigure] = []

  public init(
    district: String? = nil, reportYear: Int? = nil, observations: [Observation] = [], warnings: [String] = []
  ) {
    self.district = district
    self.reportYear = reportYear
    self.observations = observations
    self.warnings = warnings
  }
}
