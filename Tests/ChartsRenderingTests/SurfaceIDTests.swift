import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// Cairo's process-wide "surfaceN" ids are renumbered in order of appearance.
struct SurfaceIDTests {
  @Test func idsAndReferencesAreRenumberedInOrder() {
    let svg = ##"<g id="surface42"><use xlink:href="#surface7"/><g id="surface7"/><use href="#surface42"/></g>"##
    let out = String(decoding: CairoRenderer.renumberSurfaceIDs(Data(svg.utf8)), as: UTF8.self)
    #expect(out == ##"<g id="surface1"><use xlink:href="#surface2"/><g id="surface2"/><use href="#surface1"/></g>"##)
  }

  @Test(arguments: [
    "surface12",  // not after a quote or #
    ##"<text>xsurface3 surfaces "surface"</text>"##,  // no digits, or not an id
    "u", "", ##""surfac"##, ##"#surface"##,
  ])
  func everythingElseIsLeftAlone(text: String) {
    #expect(CairoRenderer.renumberSurfaceIDs(Data(text.utf8)) == Data(text.utf8))
  }
}
