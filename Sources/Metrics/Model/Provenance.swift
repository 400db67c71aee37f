/// Where a number came from, precisely enough for a reader to find it again.
///
/// For a report: the file and the exact sentence. For a table: the file and
/// its line. For a derived value: `sourceFile` is ``Provenance/derivedFile``
/// and `sourceText` is the formula with its operands.
public struct Provenance: Sendable, Hashable, Codable {
  public var sourceFile: String
  public var sourceText: String
  /// 1-based line in `sourceFile`, when known.
  public var line: Int?
  /// Other lines of the same file that state the same fact (a report restates its
  /// headline figures in its summary): one observation, several places.
  public var alsoStatedAt: [Int] = []

  public static let derivedFile = "(derived)"

  public init(sourceFile: String = "", sourceText: String = "", line: Int? = nil, alsoStatedAt: [Int] = []) {
    self.sourceFile = sourceFile
    self.sourceText = sourceText
    self.line = line
    self.alsoStatedAt = alsoStatedAt
  }
}
