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
    func make<T>(_: T.Type) -> UnsafeMutablePointer<T> {
      let p = UnsafeMutablePointer<T>.allocate(capacity: c)
      HugePages.advise(UnsafeMutableRawPointer(p), byteCount: c * MemoryLayout<T>.stride)
      return p
    }
    district = make(Int32.self)
    year = make(Int32.self)
    indicator = make(Int32.self)
    level = make(SchoolLevel?.self)
    measure = make(Measure.self)
    value = make(Double.self)
    unit = make(Int16.self)
    flags = make(ObservationFlags.self)
    file = make(Int32.self)
    text = make(Int32.self)
    line = make(Int32.self)
    self.attributes = (0..<attributes).map { _ in make(Int32.self) }
  }

  /// Set once the columns have been handed over (and freed) by ``concatenate``.
  private var handedOver = false

  /// Each column of `parts` (the first `count` rows of each) joined into one
  /// array per column, freeing every buffer as soon as it is copied.
  static func concatenate(_ parts: [(ColumnBuffers, Int)], into table: inout ObservationTable, attributeNames: [String])
  {
    let total = parts.reduce(0) { $0 + $1.1 }
    func join<T>(_ column: (ColumnBuffers) -> UnsafeMutablePointer<T>) -> [T] {
      [T](unsafeUninitializedCapacity: total) { buffer, count in
        HugePages.advise(UnsafeMutableRawPointer(buffer.baseAddress!), byteCount: total * MemoryLayout<T>.stride)
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
    district.deallocate()
    year.deallocate()
    indicator.deallocate()
    level.deallocate()
    measure.deallocate()
    value.deallocate()
    unit.deallocate()
    flags.deallocate()
    file.deallocate()
    text.deallocate()
    line.deallocate()
    for a in attributes { a.deallocate() }
  }
}
