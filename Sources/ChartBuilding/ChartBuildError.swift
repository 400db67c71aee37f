/// A chart cannot be built from the data asked for (no data for the year, an
/// unknown district…): a message for the user, as it is.
public struct ChartBuildError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
