import TafelCore
import Testing

@testable import TafelUI

/// `state.wall` is what the room sees: what only the facilitator sees (help, lists, prompts, the
/// selection and scrolls) never changes it, and what the room sees always does.
@Suite struct AudienceSplitTests {
  func run(_ state: inout AppState, _ actions: [Action]) {
    for action in actions { _ = reduce(&state, action) }
  }

  @Test func theFacilitatorsOwnKeysLeaveTheWallAsItIs() throws {
    var state = try ReducerTests.demoState()
    let team = state.wall
    run(
      &state,
      [
        .moveSelection(2), .scrollProfile(3), .toggleHelp, .stepHelpPage(1), .cancel,
        .startAddParticipant, .text(.insert("Jo")), .cancel, .stepOrganisationFilter(1),
        .startScoreEdit, .adjustScore(1), .cancel,
      ])
    #expect(state.wall == team)
    run(&state, [.show(.dilemma)])
    let dilemma = state.wall
    run(
      &state,
      [
        .openCardPicker, .moveDilemmaCursor(2), .cancel, .toggleHistory, .cancel, .toggleHelp,
        .cancel,
      ])
    #expect(state.wall == dilemma)
    #expect(state.overlays.isEmpty)
  }

  @Test func whatTheRoomSeesIsInTheWallState() throws {
    var state = try ReducerTests.demoState()
    var expected = WallState()
    run(&state, [.show(.dilemma), .toggleRolePlays, .stepRolePlay(1)])
    expected.screen = .dilemma
    expected.rolePlay = 1
    #expect(state.wall == expected)
    run(&state, [.cancel, .show(.impasse), .stepImpasseSection(2), .toggleLegalForms])
    expected.rolePlay = nil
    expected.screen = .impasse
    expected.impasseSection = .formalisation
    expected.legalForm = 0
    #expect(state.wall == expected)
    run(&state, [.toggleProjectorMode, .togglePrivacyMode])
    expected.projectorMode = true
    expected.privacyMode = true
    #expect(state.wall == expected)
  }
}
