import TafelCore
import Testing

@testable import TafelUI

/// At 80×24 (and down to 60×16) nothing a facilitator needs is cut off without a way to see it.
@Suite struct NarrowLayoutTests {
  func render(_ state: AppState, _ width: Int, _ height: Int) -> Grid {
    ScreenRenderer.render(
      state, size: Size(width: width, height: height), context: UIFixtures.context())
  }

  /// A real alliance's title is long; the phase stays in the header, the title gives way.
  @Test(arguments: [(80, 24), (60, 16), (120, 36)])
  func thePhaseStaysInTheHeader(width: Int, height: Int) throws {
    for privacy in [false, true] {
      for failed in [false, true] {
        var state = try UIFixtures.demo()
        state.workshop.title = "Alliantie Zorg en Welzijn Rivierstad, tweede bijeenkomst"
        state.privacyMode = privacy
        if failed { state.saveStatus = .failed(message: "schijf vol") }
        let header = render(state, width, height).rowText(0)
        #expect(header.contains("Formalisering"), "\(header)")
        #expect(header.contains(" Tafel · Al"), "\(header)")
        #expect(!header.contains("ering" + (privacy ? " PRIVACY" : " ●")), "\(header)")
        if privacy { #expect(header.contains("PRIVACY"), "\(header)") }
      }
    }
  }
}
