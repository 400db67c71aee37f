import Foundation

extension PanelBuilder {
  /// Several panels at once, built in parallel on the machine's cores (each
  /// panel only reads the shared table). Results keep the order of `queries`;
  /// a query that cannot be lined up gives its ``AlignmentError``.
  ///
  ///     let all = builder.panels(builder.indicatorsInData.map { PanelQuery(indicator: $0) })
  ///
  /// For a large table and several queries, the columns are first copied once
  /// into indicator order (one sequential pass), so that each panel reads its
  /// figures side by side instead of scattered through the table.
  public func panels(_ queries: [PanelQuery]) -> [Result<Panel, Error>] {
    let prepared = queries.count >= 4 && table.count >= 100_000 ? withGatheredColumns() : self
    let slots = UnsafeMutablePointer<Result<Panel, Error>?>.allocate(capacity: queries.count)
    slots.initialize(repeating: nil, count: queries.count)
    defer {
      slots.deinitialize(count: queries.count)
      slots.deallocate()
    }
    let shared = SharedPointer(slots)
    let builder = prepared
    DispatchQueue.concurrentPerform(iterations: queries.count) { k in
      shared.pointer[k] = Result { try builder.panel(queries[k]) }
    }
    return (0..<queries.count).map { slots[$0]! }
  }

  /// This builder with the columns copied into indicator order (see ``panels(_:)``).
  func withGatheredColumns() -> PanelBuilder {
    var b = self
    if b.index.gathered == nil { b.index.gather(table) }
    return b
  }
}
