/// An error the command reports to the user as it is, then exits non-zero.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
