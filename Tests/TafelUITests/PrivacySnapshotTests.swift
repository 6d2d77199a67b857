import TafelCore
import Testing

@testable import TafelUI

/// Privacy mode on the wall: no name beside a profile, and no figure about fewer than three
/// people, in every view.
@Suite struct PrivacySnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 36)]

  static func privacy(_ screen: Screen) throws -> AppState {
    var state = try UIFixtures.demo()
    state.wall.screen = screen
    _ = reduce(&state, .togglePrivacyMode)
    return state
  }

  /// Every word of every participant's name that could point at them.
  static func nameWords(_ state: AppState) -> [String] {
    state.workshop.participants.flatMap { $0.name.split(separator: " ").map(String.init) }
      .filter { $0.count > 3 }
  }

  @Test(arguments: sizes) func theGroupViewNamesNobody(size: Size) throws {
    let state = try Self.privacy(.group)
    let grid = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    expectSnapshot(grid, named: "privacy-group-\(size.width)x\(size.height)")
    let body = (1..<(size.height - 1)).map(grid.rowText).joined(separator: "\n")
    for word in Self.nameWords(state) {
      #expect(!body.contains(word), "the group view shows \(word)")
    }
    #expect(grid.text.contains("Niet in privacymodus"))
    #expect(!grid.text.contains("als enige"))
  }

  @Test(arguments: sizes) func aDelegationOfTwoIsTooSmallToShow(size: Size) throws {
    var state = try Self.privacy(.group)
    _ = reduce(&state, .stepOrganisationFilter(1))
    let grid = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    expectSnapshot(grid, named: "privacy-group-delegation-\(size.width)x\(size.height)")
    #expect(grid.text.contains("Te klein om te tonen"))
    #expect(!grid.text.contains("±"))
    // Out of privacy mode the same delegation shows its figures.
    _ = reduce(&state, .togglePrivacyMode)
    let open = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    #expect(open.text.contains("±"))
  }

  @Test(arguments: sizes) func theTeamViewShowsNoScores(size: Size) throws {
    let grid = ScreenRenderer.render(
      try Self.privacy(.team), size: size, context: UIFixtures.context())
    expectSnapshot(grid, named: "privacy-team-\(size.width)x\(size.height)")
    #expect(!grid.text.contains("█"))
  }

  @Test(arguments: sizes) func theRevealSplitsByColourOnlyForThreeOrMore(size: Size) throws {
    var state = try DilemmaSnapshotTests.state(at: .reveal, projector: false)
    let open = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    #expect(!open.text.contains("te klein om te tonen"))
    _ = reduce(&state, .togglePrivacyMode)
    let grid = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    expectSnapshot(grid, named: "privacy-dilemma-reveal-\(size.width)x\(size.height)")
    #expect(grid.text.contains("te klein om te tonen"))
  }

  @Test(arguments: RoundStage.allCases) func everyDilemmaStageRendersInPrivacy(stage: RoundStage)
    throws
  {
    var state = try DilemmaSnapshotTests.state(at: stage, projector: false)
    _ = reduce(&state, .togglePrivacyMode)
    for size in Self.sizes {
      let grid = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
      // Full names never: first names at most, and only where choices are collected.
      for person in state.workshop.participants where person.name.contains(" ") {
        #expect(!grid.text.contains(person.name), "\(stage) shows \(person.name)")
      }
    }
  }
}
