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
        state.arrange { $0.title = "Alliantie Zorg en Welzijn Rivierstad, tweede bijeenkomst" }
        state.wall.privacyMode = privacy
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

extension NarrowLayoutTests {
  static let showstopper =
    "Als de gemeente het budget voor 2027 herverdeelt zonder de raad te horen, stappen wij uit; "
    + "daarnaast willen wij vooraf weten wie aansprakelijk is als een partner failliet gaat, en "
    + "hoe de zeggenschap over de wijkteams wordt verdeeld tussen de grote en kleine partners. "
    + "Tot slot: de wethouder moet dit zelf komen toelichten, anders tekenen wij niet."

  /// An intake note is read whole on the screen: in the list it wraps under its label, and the
  /// selected one stands whole above the phase's description.
  @Test(arguments: [(80, 24), (120, 36), (60, 16)])
  func aLongIntakeNoteIsReadWhole(width: Int, height: Int) throws {
    var state = try ImpasseSnapshotTests.state()
    state.arrange {
      $0.intakeNotes["gemeente-noordhaven"] = IntakeNote(
        willingness: "Groot, mits de raad meedoet", showstoppers: Self.showstopper)
    }
    _ = reduce(&state, .stepImpasseSection(-1))
    _ = reduce(&state, .moveImpasseCursor(6))
    #expect(
      state.selectedImpasseRow
        == .intake(organisationID: "gemeente-noordhaven", field: .showstoppers))
    let screen = render(state, width, height).text
    let shown = Set(screen.split { $0 == " " || $0 == "\n" || $0 == "│" }.map(String.init))
    let missing = Self.showstopper.split(separator: " ").map(String.init).filter {
      !shown.contains($0)
    }
    #expect(missing.isEmpty, "missing \(missing) on\n\(screen)")
    if width == 80 {
      expectSnapshot(render(state, width, height), named: "impasse-intake-note-80x24")
    }
  }
}

extension NarrowLayoutTests {
  /// At 80×24 the profile has no room for Sterk and Valkuil under the bars: J scrolls them into
  /// view (the border says so), K back, and the next person starts at the top again.
  @Test func strengthsAndPitfallsScrollIntoViewWithJ() throws {
    var state = try UIFixtures.demo()
    let first = render(state, 80, 24).text
    #expect(!first.contains("Valkuil:"))
    #expect(first.contains(" · J/K ─"))
    // The panel's title is cut after the organisation; the role is read under the bars.
    #expect(first.contains("Gemeente Noordhaven · beleidsadviseur"))
    // Both first colours' collaboration lines come before Sterk and Valkuil.
    for _ in 0..<6 {
      _ = reduce(&state, try #require(KeyMap.action(for: .character("J"), in: state)))
    }
    let scrolled = render(state, 80, 24).text
    #expect(scrolled.contains("Sterk:"))
    #expect(scrolled.contains("Valkuil:"))
    _ = reduce(&state, try #require(KeyMap.action(for: .character("K"), in: state)))
    _ = reduce(&state, .moveSelection(1))
    #expect(state.profileScroll == 0)
    #expect(!render(state, 80, 24).text.contains("Valkuil:"))
  }
}
