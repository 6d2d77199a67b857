import TafelCore
import Testing

@testable import TafelUI

/// The document: one place that refuses read-only, records undo and marks the save.
@Suite struct DocumentTests {
  let workshop = Workshop(
    title: "T",
    organisations: [Organisation(id: "o", name: "O", shortName: "O", kind: .other)],
    participants: [
      Participant(id: "p", name: "P", organisationID: "o", role: "", scores: .init(all: 30))
    ])

  func score(_ value: Int) -> WorkshopChange {
    .setScore(participant: "p", colour: .red, value: value)
  }

  @Test func aStepIsRecordedAndASaveIsDueOnce() {
    var document = Document(workshop: workshop)
    let applied = document.apply(score(40))
    #expect(applied)
    #expect(document.undoStack == [Document.Step(before: workshop, changes: [score(40)])])
    let due = document.takeSaveDue()
    let dueAgain = document.takeSaveDue()
    #expect(due && !dueAgain)
    // A change that changes nothing is no step and asks for no save.
    let same = document.apply(score(40))
    #expect(same)
    #expect(document.undoStack.count == 1)
    let dueForNothing = document.takeSaveDue()
    #expect(!dueForNothing)
  }

  @Test func aGroupIsOneStepWhenItEndsAndNothingWhenItIsDiscarded() {
    var document = Document(workshop: workshop)
    for value in [31, 32, 45] { document.apply(score(value), undo: .grouped) }
    #expect(document.undoStack.isEmpty)
    document.endStep()
    #expect(document.undoStack.count == 1)
    #expect(document.undoStack.last?.changes.count == 3)
    for value in [50, 60] { document.apply(score(value), undo: .grouped) }
    document.discardStep()
    #expect(document.workshop.participants[0].scores.red == 45)
    #expect(document.undoStack.count == 1)
    // Back where it started: no step.
    document.apply(score(46), undo: .grouped)
    document.apply(score(45), undo: .grouped)
    document.endStep()
    #expect(document.undoStack.count == 1)
  }

  @Test func undoAndRedoGoBackAndForthAndANewStepForgetsRedo() {
    var document = Document(workshop: workshop)
    document.apply(score(40))
    document.apply(.renameParticipant(participant: "p", name: "Q"))
    let undone = document.undo()
    #expect(undone?.changes == [.renameParticipant(participant: "p", name: "Q")])
    #expect(document.workshop.participants[0].name == "P")
    let redone = document.redo()
    #expect(redone?.before.participants[0].name == "P")
    #expect(document.workshop.participants[0].name == "Q")
    _ = document.undo()
    document.apply(score(70))
    #expect(document.redoStack.isEmpty)
  }

  @Test func gameProgressIsSavedButNoStepAndUndoLeavesIt() {
    var document = Document(workshop: workshop)
    document.apply(.startRound(card: "c", options: 2, timerSeconds: 60), undo: .none)
    #expect(document.undoStack.isEmpty)
    let due = document.takeSaveDue()
    #expect(due)
    document.apply(.setChoice(round: 1, participant: "p", option: 1))
    document.apply(.setRoundStage(round: 1, stage: .reveal), undo: .none)
    _ = document.undo()
    #expect(document.workshop.dilemmaRounds.first?.choices.isEmpty == true)
    #expect(document.workshop.dilemmaRounds.first?.stage == .reveal)
  }

  @Test func undoKeepsAtMostItsLimit() {
    var document = Document(workshop: workshop)
    for value in 0..<(Document.undoLimit + 5) { document.apply(score(value % 101)) }
    #expect(document.undoStack.count == Document.undoLimit)
  }
}
