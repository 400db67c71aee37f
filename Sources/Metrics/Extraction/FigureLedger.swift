/// A figure a report states that extraction did not turn into an observation,
/// with the reason (`compare extract --explain` lists them).
public struct LeftOutFigure: Sendable, Hashable {
  public var sourceFile: String
  public var line: Int
  /// The figure as written (1.5亿元, 3次).
  public var figure: String
  public var reason: String

  public init(sourceFile: String, line: Int, figure: String, reason: String) {
    self.sourceFile = sourceFile
    self.line = line
    self.figure = figure
    self.reason = reason
  }
}

/// What the reader knew when it met a figure: enough to read the figure again
/// later, without an indicator, as the report's own subject.
struct FigureContext: Sendable {
  /// The year the figure is about (a prior value's year for 比上年X元).
  var year: Int?
  /// The sign of a change word before the figure (增长 +1, 下降 −1).
  var change: Double?
  /// The sign of a comparison word before the figure (高出 +1, 低于 −1).
  var compare: Double?
  var target: Bool
  /// The figure lies in a sentence about a planning period (2021—2025年).
  var plan: Bool
}

/// Every figure with a unit in a sentence and what became of it: emitted as an
/// observation, or left out for a reason. Nothing vanishes silently: a figure no
/// rule read is either read as the report's own subject (uncatalogued) or
/// listed with its reason.
///
/// Kept in small arrays searched linearly, not hashed collections: a sentence holds a
/// handful of figures, and three hashed collections per sentence cost about a quarter
/// of extraction time in the benchmark.
struct FigureLedger: Sendable {
  /// Figure starts (scalar offsets) that became observations.
  private var emittedStarts: [Int] = []
  /// Why a figure (by start) was left out, as first decided.
  private var reasons: [(start: Int, reason: String)] = []
  /// The context of each figure token met (by token index), in token order.
  private var contexts: [(token: Int, context: FigureContext)] = []

  /// Whether a number is a figure this ledger accounts for: it has a unit, a scale or a mask.
  static func counts(_ n: NumberToken) -> Bool { n.unit != nil || n.pendingScale != 1 || n.masked }

  mutating func met(token t: Int, _ context: FigureContext) { contexts.append((t, context)) }
  mutating func emitted(_ n: NumberToken) { emittedStarts.append(n.range.lowerBound) }
  mutating func leave(_ n: NumberToken, _ reason: String) {
    if !reasons.contains(where: { $0.start == n.range.lowerBound }) { reasons.append((n.range.lowerBound, reason)) }
  }
  func wasEmitted(_ n: NumberToken) -> Bool { emittedStarts.contains(n.range.lowerBound) }
  func reason(_ n: NumberToken) -> String? { reasons.first { $0.start == n.range.lowerBound }?.reason }

  /// The context of token `t`: its own, else that of the list head before it.
  func context(at t: Int) -> FigureContext? { contexts.last { $0.token <= t }?.context }
}
