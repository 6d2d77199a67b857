import TafelCore
import Testing

@testable import TafelUI

/// `V`, forgetting a person (issue 16): unlike `x`, it asks with its own words, leaves nothing
/// to undo (each undo step holds the person) and asks the shell to forget them in the files.
@Suite struct ForgetReducerTests {
  @Test func forgettingAsksThenLeavesNothingToUndoAndAsksTheShellForTheFiles() throws {
    var state = try ReducerTests.demoState()
    _ = reduce(&state, .startScoreEdit)
    _ = reduce(&state, .adjustScore(5))
    _ = reduce(&state, .commit)
    let person = try #require(state.selectedParticipant)
    #expect(reduce(&state, .requestForgetParticipant).isEmpty)
    #expect(state.mode == .confirmingRemoval(.forgetParticipant(id: person.id)))
    _ = reduce(&state, .cancel)
    #expect(state.workshop.participants.contains(person))

    _ = reduce(&state, .requestForgetParticipant)
    let effects = reduce(&state, .commit)

    #expect(!state.workshop.participants.contains { $0.id == person.id })
    #expect(effects == [.save(state.workshop), .forgetFiles(person)])
    #expect(state.saveStatus == .saving)
    #expect(state.selectedParticipantID != nil)
    _ = reduce(&state, .undo)
    #expect(state.notice == Message(.uiNothingToUndo))
    #expect(!state.workshop.participants.contains { $0.id == person.id })
  }

  @Test func aReadOnlyWindowForgetsNobody() throws {
    var state = AppState(
      workshop: try DemoWorkshop.load(), language: .nl, readOnly: true, savedAt: "",
      impasseContent: UIFixtures.content.impasse, dilemmaDeck: UIFixtures.content.dilemmas)
    #expect(reduce(&state, .requestForgetParticipant).isEmpty)
    #expect(state.mode == .browsing)
  }
}
