import Foundation

extension PanelBuilder {
  /// Several panels at once, built in parallel on the machine's cores (each
  /// panel only reads the shared table). Results keep the order of `queries`;
  /// a query that cannot be lined up gives its ``AlignmentError``.
  ///
  ///     let all = builder.panels(builder.indicatorsInData.map { PanelQuery(indicator: $0) })
  public func panels(_ queries: [PanelQuery]) -> [Result<Panel, Error>] {
    let slots = UnsafeMutablePointer<Result<Panel, Error>?>.allocate(capacity: queries.count)
    slots.initialize(repeating: nil, count: queries.count)
    defer { slots.deinitialize(count: queries.count); slots.deallocate() }
    let shared = SharedPointer(slots)
    DispatchQueue.concurrentPerform(iterations: queries.count) { k in
      shared.pointer[k] = Result { try panel(queries[k]) }
    }
    return (0..<queries.count).map { slots[$0]! }
  }
}
