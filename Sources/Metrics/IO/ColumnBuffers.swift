/// Column storage for one chunk of a large tidy table, filled by one thread,
/// then joined with the other chunks' into an ``ObservationTable`` column by
/// column (each buffer freed as soon as it is copied, so the peak holds one
/// extra column, not a second table).
///
/// The capacity is an upper bound on the rows (bytes ÷ shortest possible row);
/// pages never written are never touched, so the bound costs address space, not memory.
/// Hand-written because the row count is unknown until the chunk is parsed and
/// growing `Array`s would copy them.
final class ColumnBuffers: @unchecked Sendable {
  let capacity: Int
  let district: UnsafeMutablePointer<Int32>
  let year: UnsafeMutablePointer<Int32>
  let indicator: UnsafeMutablePointer<Int32>
  let level: UnsafeMutablePointer<SchoolLevel?>
  let measure: UnsafeMutablePointer<Measure>
  let value: UnsafeMutablePointer<Double>
  let unit: UnsafeMutablePointer<Int16>
  let flags: UnsafeMutablePointer<ObservationFlags>
  let file: UnsafeMutablePointer<Int32>
  let text: UnsafeMutablePointer<Int32>
  let line: UnsafeMutablePointer<Int32>
  let attributes: [UnsafeMutablePointer<Int32>]

  init(capacity: Int, attributes: Int) {
    let c = max(capacity, 1)
    self.capacity = c
    district = .allocate(capacity: c)
    year = .allocate(capacity: c)
    indicator = .allocate(capacity: c)
    level = .allocate(capacity: c)
    measure = .allocate(capacity: c)
    value = .allocate(capacity: c)
    unit = .allocate(capacity: c)
    flags = .allocate(capacity: c)
    file = .allocate(capacity: c)
    text = .allocate(capacity: c)
    line = .allocate(capacity: c)
    self.attributes = (0..<attributes).map { _ in .allocate(capacity: c) }
  }

  /// Set once the columns have been handed over (and freed) by ``concatenate``.
  private var handedOver = false

  /// Each column of `parts` (the first `count` rows of each) joined into one
  /// array per column, freeing every buffer as soon as it is copied.
  static func concatenate(_ parts: [(ColumnBuffers, Int)], into table: inout ObservationTable, attributeNames: [String]) {
    let total = parts.reduce(0) { $0 + $1.1 }
    func join<T>(_ column: (ColumnBuffers) -> UnsafeMutablePointer<T>) -> [T] {
      [T](unsafeUninitializedCapacity: total) { buffer, count in
        var at = 0
        for (b, n) in parts {
          let p = column(b)
          (buffer.baseAddress! + at).moveInitialize(from: p, count: n)
          p.deallocate()
          at += n
        }
        count = total
      }
    }
    table.districtIDs = join(\.district)
    table.years = join(\.year)
    table.indicatorIDs = join(\.indicator)
    table.levels = join(\.level)
    table.measures = join(\.measure)
    table.values = join(\.value)
    table.unitIDs = join(\.unit)
    table.flags = join(\.flags)
    table.sourceFileIDs = join(\.file)
    table.sourceTextIDs = join(\.text)
    table.lines = join(\.line)
    table.attributes = attributeNames.enumerated().map { k, name in (name, join { $0.attributes[k] }) }
    for (b, _) in parts { b.handedOver = true }
  }

  deinit {
    guard !handedOver else { return }
    district.deallocate(); year.deallocate(); indicator.deallocate(); level.deallocate(); measure.deallocate()
    value.deallocate(); unit.deallocate(); flags.deallocate(); file.deallocate(); text.deallocate(); line.deallocate()
    for a in attributes { a.deallocate() }
  }
}
