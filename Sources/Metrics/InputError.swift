/// A problem with what the user gave: it names the file, the line and the field,
/// so that the user can go straight to it.
///
///     data.csv:12: column 'value': "12,3x" is not a number
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var field: String?
  public var message: String

  public init(file: String, line: Int? = nil, field: String? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    s += ": "
    if let field { s += "column '\(field)': " }
    return s + message
  }
}
