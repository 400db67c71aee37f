/// A problem with what the user gave: it names the file, the line and the field,
/// so that the user can go straight to it.
///
///     data.csv:12: column 'value': "12,3x" is not a number
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var field: String?
  /// A place that is not a line, said instead of it: `sheet 表1, cell C7`.
  public var place: String?
  public var message: String

  public init(file: String, line: Int? = nil, field: String? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  /// An error at a place in a sheet: `t.xlsx: sheet 表1, cell C7: …`.
  public init(file: String, place: String, field: String? = nil, _ message: String) {
    self.file = file
    self.place = place
    self.field = field
    self.message = message
  }

  public var description: String {
    var s = file
    if let place { s += ": \(place)" } else if let line { s += ":\(line)" }
    s += ": "
    if let field { s += "column '\(field)': " }
    return s + Self.excerpt(message)
  }

  /// The longest message shown whole: a 200 MB header was quoted whole in "the header has: …".
  public static let maxShown = 600

  /// `text` cut to ``maxShown`` characters, saying how much was left out.
  public static func excerpt(_ text: String) -> String {
    guard text.count > maxShown else { return text }
    return String(text.prefix(maxShown)) + "… (\(text.count - maxShown) more characters)"
  }
}
