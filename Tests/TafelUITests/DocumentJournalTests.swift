import TafelCore
import Testing

@testable import TafelUI

/// The journal hangs on the document: one entry per undo step, with the time and the session,
/// and undo written down as what it did.
@Suite struct DocumentJournalTests {
  let workshop = Workshop(
    title: "T",
    organisations: [Organisation(id: "o", name: "O", shortName: "O", kind: .other)],
    participants: [
      Participant(id: "p", name: "P", organisationID: "o", role: "", scores: .init(all: 30))
    ])

  func score(_ value: Int) -> WorkshopChange {
    .setScore(participant: "p", colour: .red, value: value)
  }

  @Test func scoreArrowsAreOneEntryWithTheirTimeAndSession() {
    var document = Document(workshop: workshop)
    document.now = "2026-02-09T10:00:00+01:00"
    document.apply(.startSession(session: Session(date: "2026-02-09", title: "Twee")), undo: .none)
    document.now = "2026-02-09T10:05:00+01:00"
    for value in 31...45 { document.apply(score(value), undo: .grouped) }
    // While the edit is under way its entry is there already, so a save now replays right.
    #expect(document.workshop.replayed() == document.workshop.withoutJournal)
    document.endStep()
    let journal = document.workshop.journal
    #expect(journal.map(\.kind) == [.start, nil, nil])
    #expect(journal[2].changes == [score(45)])
    #expect(journal[2].at == "2026-02-09T10:05:00+01:00" && journal[2].session == 1)
    #expect(journal[1].session == 1)
  }

  @Test func aGroupThatEndsWhereItBeganOrIsPutBackLeavesNoEntry() {
    var document = Document(workshop: workshop)
    document.apply(score(31), undo: .grouped)
    document.apply(score(30), undo: .grouped)
    document.endStep()
    document.apply(score(50), undo: .grouped)
    document.discardStep()
    #expect(document.workshop.journal.filter { $0.kind != .start }.isEmpty)
    #expect(document.workshop.replayed() == workshop.withoutJournal)
  }

  @Test func undoAndRedoAreJournalledAsWhatTheyDid() {
    var document = Document(workshop: workshop)
    document.apply(score(45))
    document.apply(.removeParticipant(participant: "p"))
    _ = document.undo()
    _ = document.undo()
    _ = document.redo()
    let journal = document.workshop.journal
    #expect(journal.map(\.kind) == [.start, nil, nil, .undo, .undo, .redo])
    #expect(journal[4].changes == [score(30)])
    #expect(journal[5].changes == [score(45)])
    #expect(document.workshop.replayed() == document.workshop.withoutJournal)
    #expect(document.workshop.participants[0].scores.red == 45)
  }

  /// Whatever the facilitator does, replaying the journal gives what is on screen.
  @Test func replayAlwaysGivesTheWorkshop() {
    var document = Document(workshop: workshop)
    let steps: [(inout Document) -> Void] = [
      { $0.apply(score(40)) },
      { $0.apply(.startSession(session: Session(date: "2026-03-01", title: "X")), undo: .none) },
      { $0.apply(.setPresent(session: 1, participant: "p", present: true)) },
      {
        $0.apply(
          .addDecision(decision: Decision(number: 1, session: 1, date: "2026-03-01", text: "Ja")))
      },
      { _ = $0.undo() },
      { _ = $0.redo() },
      {
        $0.apply(
          .reviseDecision(
            decision: 1, revision: Decision(number: 2, date: "2026-03-01", text: "Nee")))
      },
      { _ = $0.undo() },
      { $0.apply(.removeParticipant(participant: "p")) },
      { _ = $0.undo() },
      { $0.apply(.closeSession(session: 1, at: "t"), undo: .none) },
      { _ = $0.undo() },
    ]
    for (index, step) in steps.enumerated() {
      step(&document)
      #expect(
        document.workshop.replayed() == document.workshop.withoutJournal, "after step \(index)")
    }
  }
}
