import TafelCore
import Testing

/// "Sinds vorige keer" (issue 16): from the end of one session to the next, with what happened
/// between the meetings counted too.
@Suite struct SinceLastTimeTests {
  static let time = "2026-01-12T10:00:00+01:00"

  /// Session 1 (12 January): Anna, Bram, Cor; decision 1 a proposal, actions 1 (due 1 February)
  /// and 2 (due 9 February), a comfort need. Between the sessions action 2 is done. Session 2
  /// (9 February): decision 1 revised by 2, Dewi added and present, Cor absent, Anna's red up,
  /// the need agreed, the exit topic in discussion.
  static func history() -> Workshop {
    var workshop = Fixtures.workshop(Array(Fixtures.yellowGroup.prefix(3)))
    func record(_ change: WorkshopChange) { workshop.applyRecording(change, at: time) }
    record(
      .startSession(
        session: Session(
          date: "2026-01-12", title: "Kennismaking", present: ["anna", "bram", "cor"])
      ))
    record(
      .addDecision(
        decision: Decision(number: 1, session: 1, date: "2026-01-12", text: "Samen verder")))
    record(
      .addAction(
        action: ActionItem(
          number: 1, session: 1, text: "Statuten opvragen", participant: "bram", due: "2026-02-01"))
    )
    record(
      .addAction(
        action: ActionItem(
          number: 2, session: 1, text: "Begroting", organisation: "org", due: "2026-02-09")))
    record(.addAction(action: ActionItem(number: 3, session: 1, text: "Later", due: "2026-05-01")))
    record(
      .addNeed(need: ComfortNeed(id: "tijd", organisationID: "org", text: "Tijd voor de achterban"))
    )
    record(.closeSession(session: 1, at: time))
    record(.setActionDone(action: 2, done: true))
    record(
      .addParticipant(
        participant: Fixtures.participant("Dewi", Fixtures.scores(85, 45, 40, 15, 20, 50))))
    record(
      .startSession(
        session: Session(date: "2026-02-09", title: "Belangen", present: ["anna", "bram", "dewi"])))
    record(
      .reviseDecision(
        decision: 1,
        revision: Decision(
          number: 2, session: 2, date: "2026-02-09", text: "Samen verder, met exit",
          status: .decided, replaces: 1)))
    record(.setScore(participant: "anna", colour: .red, value: 45))
    record(.setNeedStatus(need: "tijd", status: .agreed))
    record(.addTopic(topic: FormalisationTopic(id: "exit", status: .inDiscussion)))
    return workshop
  }

  @Test func theSecondSessionSeesWhatMovedSinceTheFirst() throws {
    let since = try #require(SinceLastTime(Self.history(), session: 2))
    #expect(since.earlier.number == 1 && since.later.number == 2)
    #expect(since.later.date == "2026-02-09")
    // The revised decision and its revision.
    #expect(since.decisions.map(\.decision.number) == [1, 2])
    #expect(since.decisions[0].from == .proposal && since.decisions[0].decision.status == .revised)
    #expect(since.decisions[1].from == nil && since.decisions[1].decision.replaces == 1)
    // Action 1 is overdue by the second session's date; 2 was done between the meetings; 3 is
    // not due yet.
    #expect(since.due.map(\.number) == [1])
    #expect(since.isOverdue(since.due[0]))
    #expect(since.done.map(\.number) == [2])
    // The need and the topic moved.
    #expect(since.moves.needs.map(\.to) == [.agreed])
    #expect(since.moves.topics.map(\.topic.id) == ["exit"])
    #expect(since.moves.topics.first?.to == .inDiscussion)
    // Dewi is new to the workshop and came; Cor stayed away; Anna's red changed.
    #expect(since.moves.addedPeople.map(\.name) == ["Dewi"])
    let shift = since.shift(thresholds: AnalysisThresholds())
    #expect(shift.joined == ["dewi"] && shift.left == ["cor"])
    #expect(shift.changedScores.map(\.participant) == ["anna"])
    #expect(shift.changedScores.map(\.from) == [15] && shift.changedScores.map(\.to) == [45])
    #expect(!since.isEmpty)
  }

  @Test func anActionDueOnTheDayIsDueNotOverdue() throws {
    var workshop = Self.history()
    workshop.applyRecording(.setActionDue(action: 1, due: "2026-02-09"), at: Self.time)
    let since = try #require(SinceLastTime(workshop, session: 2))
    #expect(since.due.map(\.number) == [1])
    #expect(!since.isOverdue(since.due[0]))
  }

  @Test func theFirstSessionHasNoLastTime() {
    #expect(SinceLastTime(Self.history(), session: 1) == nil)
    #expect(SinceLastTime(Self.history(), session: 3) == nil)
  }

  @Test func aSessionWithNothingNewIsEmpty() throws {
    var workshop = Self.history()
    func record(_ change: WorkshopChange) { workshop.applyRecording(change, at: Self.time) }
    record(.closeSession(session: 2, at: Self.time))
    record(
      .startSession(
        session: Session(date: "2026-02-16", title: "Derde", present: ["anna", "bram", "dewi"])))
    // Action 1 is still open and past its date: worth saying again, and the only thing.
    let still = try #require(SinceLastTime(workshop, session: 3))
    #expect(still.due.map(\.number) == [1])
    #expect(still.decisions.isEmpty && still.done.isEmpty && still.moves.isEmpty)
    #expect(!still.isEmpty)
    record(.setActionDue(action: 1, due: "2026-06-01"))
    // A date moved between meetings is no news for the room; the action is simply not due.
    let quiet = try #require(SinceLastTime(workshop, session: 3))
    #expect(quiet.isEmpty)
  }

  @Test func anEarlierSessionIsSeenAsItEnded() throws {
    var workshop = Self.history()
    workshop.applyRecording(.closeSession(session: 2, at: Self.time), at: Self.time)
    workshop.applyRecording(
      .startSession(session: Session(date: "2026-03-09", title: "Derde", present: ["anna"])),
      at: Self.time)
    workshop.applyRecording(.setNeedStatus(need: "tijd", status: .open), at: Self.time)
    let second = try #require(SinceLastTime(workshop, session: 2))
    // What session 3 did is not part of "since session 1" seen from session 2.
    #expect(second.moves.needs.map(\.to) == [.agreed])
    #expect(second.later.workshop.comfortNeeds.first?.status == .agreed)
  }
}
