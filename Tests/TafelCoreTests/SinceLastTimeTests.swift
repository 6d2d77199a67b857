import TafelCore
import Testing

/// "Sinds vorige keer" (issue 16): from the start of the session before to the start of this
/// one, so the last meeting's own work and what was done between the meetings both count.
@Suite struct SinceLastTimeTests {
  static let time = "2026-01-12T10:00:00+01:00"

  /// Session 1 (12 January): Anna, Bram, Cor; decision 1 a proposal, actions 1 (due
  /// `firstDue`), 2 and 3, a comfort need. Session 2 (26 January, the same three): decision 1
  /// revised by 2, action 2 done, Anna's red up, the need agreed, the exit topic in discussion.
  /// Between the meetings Dewi is added; session 3 (9 February): Anna, Bram and Dewi.
  static func history(firstDue: String = "2026-02-01") -> Workshop {
    var workshop = Fixtures.workshop(Array(Fixtures.yellowGroup.prefix(3)))
    func record(_ change: WorkshopChange) { workshop.applyRecording(change, at: time) }
    let three = ["anna", "bram", "cor"]
    record(
      .startSession(session: Session(date: "2026-01-12", title: "Kennismaking", present: three)))
    record(
      .addDecision(
        decision: Decision(number: 1, session: 1, date: "2026-01-12", text: "Samen verder")))
    record(
      .addAction(
        action: ActionItem(
          number: 1, session: 1, text: "Statuten opvragen", participant: "bram", due: firstDue)))
    record(
      .addAction(
        action: ActionItem(
          number: 2, session: 1, text: "Begroting", organisation: "org", due: "2026-02-09")))
    record(.addAction(action: ActionItem(number: 3, session: 1, text: "Later", due: "2026-05-01")))
    record(
      .addNeed(need: ComfortNeed(id: "tijd", organisationID: "org", text: "Tijd voor de achterban"))
    )
    record(.closeSession(session: 1, at: time))
    record(.startSession(session: Session(date: "2026-01-26", title: "Belangen", present: three)))
    record(
      .reviseDecision(
        decision: 1,
        revision: Decision(
          number: 2, session: 2, date: "2026-01-26", text: "Samen verder, met exit",
          status: .decided, replaces: 1)))
    record(.setActionDone(action: 2, done: true))
    record(.setScore(participant: "anna", colour: .red, value: 45))
    record(.setNeedStatus(need: "tijd", status: .agreed))
    record(.addTopic(topic: FormalisationTopic(id: "exit", status: .inDiscussion)))
    record(.closeSession(session: 2, at: time))
    record(
      .addParticipant(
        participant: Fixtures.participant("Dewi", Fixtures.scores(85, 45, 40, 15, 20, 50))))
    record(
      .startSession(
        session: Session(date: "2026-02-09", title: "Vorm", present: ["anna", "bram", "dewi"])))
    return workshop
  }

  @Test func theThirdSessionSeesTheSecondAndWhatCameAfter() throws {
    let since = try #require(SinceLastTime(Self.history(), session: 3))
    #expect(since.earlier.number == 2 && since.later.number == 3)
    #expect(since.later.date == "2026-02-09")
    // The revised decision and its revision.
    #expect(since.decisions.map(\.decision.number) == [1, 2])
    #expect(since.decisions[0].from == .proposal && since.decisions[0].decision.status == .revised)
    #expect(since.decisions[1].from == nil && since.decisions[1].decision.replaces == 1)
    // Action 1 is overdue on the third session's date; 2 was done; 3 is not due yet.
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

  @Test func theSecondSessionSeesTheFirstButNotItself() throws {
    let since = try #require(SinceLastTime(Self.history(), session: 2))
    #expect(since.decisions.map(\.decision.number) == [1])
    #expect(since.decisions[0].from == nil && since.decisions[0].decision.status == .proposal)
    // Nothing was due by 26 January, and what session 2 did waits for session 3.
    #expect(since.due.isEmpty && since.done.isEmpty)
    #expect(since.moves.needs.map(\.from) == [nil])
    #expect(since.moves.topics.isEmpty)
    #expect(since.shift(thresholds: AnalysisThresholds()).isEmpty)
  }

  @Test func anActionDueOnTheDayIsDueNotOverdue() throws {
    let since = try #require(SinceLastTime(Self.history(firstDue: "2026-02-09"), session: 3))
    #expect(since.due.map(\.number) == [1])
    #expect(!since.isOverdue(since.due[0]))
  }

  @Test func theFirstSessionHasNoLastTime() {
    #expect(SinceLastTime(Self.history(), session: 1) == nil)
    #expect(SinceLastTime(Self.history(), session: 4) == nil)
  }

  static func fourth(_ workshop: Workshop) -> Workshop {
    var workshop = workshop
    workshop.applyRecording(.closeSession(session: 3, at: time), at: time)
    workshop.applyRecording(
      .startSession(
        session: Session(date: "2026-02-23", title: "Vier", present: ["anna", "bram", "dewi"])),
      at: time)
    return workshop
  }

  @Test func aQuietMeetingIsEmptyButAnOpenLateActionIsSaidAgain() throws {
    let still = try #require(SinceLastTime(Self.fourth(Self.history()), session: 4))
    #expect(still.due.map(\.number) == [1])
    #expect(still.decisions.isEmpty && still.done.isEmpty && still.moves.isEmpty)
    #expect(!still.isEmpty)
    let quiet = try #require(
      SinceLastTime(Self.fourth(Self.history(firstDue: "2026-06-01")), session: 4))
    #expect(quiet.isEmpty)
  }

  @Test func whatThisSessionChangesIsNotSinceLastTime() throws {
    var workshop = Self.history()
    workshop.applyRecording(.setNeedStatus(need: "tijd", status: .open), at: Self.time)
    let since = try #require(SinceLastTime(workshop, session: 3))
    #expect(since.moves.needs.map(\.to) == [.agreed])
    #expect(since.later.workshop.comfortNeeds.first?.status == .agreed)
  }
}
