import ChartsTestSupport
import Testing

@testable import Charts

/// A ranking too long for one page is drawn in consecutive parts (`shownPositions`), each
/// on the value axis of all the bars, so bars compare across the parts.
@Suite struct ShownPositionsTests {
  static func part(_ positions: Range<Int>?, rows: Int, sort: BarSort = .descending) throws -> Scene {
    var spec = Samples.bar(size: .centimetres(15.6, Double(rows) * 0.6 + 3, dpi: 300))
    spec.framing = .document
    spec.sort = sort
    spec.referenceLines = [ReferenceLine(value: 20314, label: "平均")]
    spec.shownPositions = positions
    return try layout(.bar(spec))
  }

  static func barKeys(_ scene: Scene) -> [String] {
    scene.primitives(.bar).sorted { $0.rect!.y < $1.rect!.y }.map(\.key)
  }

  @Test func twoPartsDrawEveryDistrictOnceInRankOrder() throws {
    let first = try Self.part(0..<19, rows: 19), second = try Self.part(19..<38, rows: 19)
    let ranked = Samples.districts2023.sorted { $0.1 > $1.1 }.map(\.0)
    #expect(Self.barKeys(first) + Self.barKeys(second) == ranked)
    let labels = (first.texts(.categoryLabel) + second.texts(.categoryLabel)).map(\.text)
    #expect(labels.count == 38 && Set(labels) == Set(ranked))
    for scene in [first, second] { #expect(sceneProblems(scene, "part") == []) }
  }

  @Test func thePartsShareOneValueAxis() throws {
    let first = try Self.part(0..<19, rows: 19), second = try Self.part(19..<38, rows: 19)
    // The same ticks at the same places, the same zero line and mean line.
    let ticks = { (s: Scene) in s.texts(.tickLabel).map { "\($0.text)@\(($0.x * 100).rounded() / 100)" } }
    #expect(ticks(first) == ticks(second) && !ticks(first).isEmpty)
    #expect(first.zeroLine!.from.x == second.zeroLine!.from.x)
    let mean = { (s: Scene) in s.texts(.referenceLabel).map(\.x) }
    #expect(mean(first) == mean(second))
    // A bar is as long in either part as it would be in the whole chart.
    let whole = try Self.part(nil, rows: 38)
    let perUnit = { (s: Scene) -> Double in
      let bar = s.primitives(.bar)[0]
      return bar.rect!.width / Dictionary(uniqueKeysWithValues: Samples.districts2023)[bar.key]!
    }
    #expect(abs(perUnit(first) - perUnit(second)) < 1e-9)
    // The second part's axis reaches the first part's largest bar (24,774), not only its own (19,826).
    #expect(second.texts(.tickLabel).last!.text == first.texts(.tickLabel).last!.text)
    #expect(ticks(whole).map { $0.split(separator: "@")[0] } == ticks(first).map { $0.split(separator: "@")[0] })
  }

  @Test func aPartOfAGivenOrderDrawsThosePositions() throws {
    let scene = try Self.part(3..<6, rows: 3, sort: .given)
    #expect(Self.barKeys(scene) == Samples.districts2023[3..<6].map(\.0))
  }

  @Test func positionsPastTheEndAreClamped() throws {
    let scene = try Self.part(30..<99, rows: 8)
    #expect(scene.primitives(.bar).count == 8)
  }
}
