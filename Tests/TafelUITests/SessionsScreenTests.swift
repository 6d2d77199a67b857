import TafelCore
import Testing

@testable import TafelUI

/// The Sessions screen: a session opened, who is present ticked, decisions and actions kept
/// and edited in place, each a change in the journal.
@Suite struct SessionsScreenTests {
  static func state() throws -> AppState {
    var state = try ReducerTests.demoState()
    state.now = "2026-03-09T19:30:00+01:00"
    _ = reduce(&state, .show(.sessions))
    return state
  }

  func run(_ state: inout AppState, _ actions: [Action]) {
    for action in actions { _ = reduce(&state, action) }
  }

  func type(_ text: String) -> [Action] { [.text(.insert(text)), .commit] }

  /// Three decisions, one revised, two actions (one overdue), and a closed first session.
  static func history() throws -> AppState {
    var state = try state()
    let tests = SessionsScreenTests()
    tests.run(&state, [.startAddSessionsItem] + tests.type("Kennismaking"))
    tests.run(&state, [.moveSessionsCursor(2), .activateSessionsRow])
    tests.run(
      &state,
      [.stepSessionsSection(1), .startAddSessionsItem]
        + tests.type("We gaan samen verder als alliantie, met een jaarlijkse evaluatie"))
    tests.run(&state, [.cycleDecisionStatus])
    tests.run(&state, [.startAddSessionsItem] + tests.type("Rechtsvorm: coöperatie U.A."))
    tests.run(&state, [.cycleDecisionStatus, .cycleDecisionStatus])
    tests.run(&state, [.startReviseDecision, .text(.insert(", met exitregeling")), .commit])
    tests.run(
      &state,
      [.stepSessionsSection(1), .startAddSessionsItem] + tests.type("Conceptstatuten opvragen")
        + tests.type("GGZ"))
    tests.run(&state, [.startEditSessionsDate] + tests.type("1-3-2026"))
    tests.run(
      &state, [.startAddSessionsItem] + tests.type("Begroting 2027") + tests.type("Marloes"))
    return state
  }

  @Test func aSessionOpensTodayWithEveryoneAndTicksArePresence() throws {
    var state = try Self.state()
    run(&state, [.startAddSessionsItem] + type("Kennismaking"))
    let session = try #require(state.workshop.openSession)
    #expect(session.number == 1 && session.session.date == "2026-03-09")
    #expect(session.session.present.count == state.workshop.participants.count)
    // The first person's row comes after the session's; ⏎ unticks them.
    run(&state, [.moveSessionsCursor(1), .activateSessionsRow])
    let first = state.workshop.participants[0].id
    #expect(state.workshop.sessions[0].present.contains(first) == false)
    // Undo puts the tick back; the session stays open.
    run(&state, [.undo])
    #expect(state.workshop.sessions[0].present.contains(first))
    #expect(state.workshop.openSession != nil)
    // Closing it: the next opens with who was there last time.
    run(&state, [.activateSessionsRow, .toggleSessionOpen])
    #expect(state.workshop.openSession == nil)
    run(&state, [.startAddSessionsItem] + type("Tweede"))
    #expect(state.workshop.sessions[1].present.contains(first) == false)
    #expect(state.workshop.journal.last?.session == 2)
  }

  @Test func decisionsAreNumberedOnAndARevisionPointsBack() throws {
    let state = try Self.history()
    let decisions = state.workshop.decisions
    #expect(decisions.map(\.number) == [1, 2, 3])
    #expect(decisions[0].status == .decided)
    #expect(decisions[1].status == .revised)
    #expect(decisions[2].replaces == 2 && decisions[2].status == .decided)
    #expect(decisions[2].text == "Rechtsvorm: coöperatie U.A., met exitregeling")
    #expect(decisions.allSatisfy { $0.session == 1 && $0.date == "2026-03-09" })
    let actions = state.workshop.actions
    #expect(actions.map(\.number) == [1, 2])
    #expect(actions[0].organisation == "ggz-kustland" && actions[0].due == "2026-03-01")
    #expect(actions[1].participant == "marloes-van-dijk")
    #expect(state.workshop.replayed() == state.workshop.withoutJournal)
  }

  @Test func aDateThatIsNoDateKeepsTheFieldOpen() throws {
    var state = try Self.history()
    run(&state, [.startEditSessionsDate] + type("31-2-2026"))
    #expect(state.mode != .browsing)
    #expect(state.workshop.actions[1].due == nil)
    run(&state, [.cancel, .startEditSessionsDate] + type("2026-03-31"))
    #expect(state.workshop.actions[1].due == "2026-03-31")
    #expect(SessionDates.calendarDate("09.03.2026") == "2026-03-09")
  }

  @Test func theWallStaysOnTheScreenBefore() throws {
    var state = try ReducerTests.demoState()
    _ = reduce(&state, .show(.group))
    let group = WallView.of(state, content: UIFixtures.context().content)
    _ = reduce(&state, .show(.sessions))
    #expect(WallView.of(state, content: UIFixtures.context().content) == group)
  }

  @Test func aReadOnlyWindowOpensNoSession() throws {
    var state = AppState(
      workshop: try ReducerTests.demoState().workshop, language: .nl, readOnly: true)
    run(&state, [.show(.sessions), .startAddSessionsItem])
    #expect(state.mode == .browsing)
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 36)])
  func snapshots(size: Size) throws {
    var state = try Self.history()
    let context = UIFixtures.context()
    expectSnapshot(
      ScreenRenderer.render(state, size: size, context: context),
      named: "sessions-actions-\(size.width)x\(size.height)")
    run(&state, [.stepSessionsSection(1)])
    expectSnapshot(
      ScreenRenderer.render(state, size: size, context: context),
      named: "sessions-list-\(size.width)x\(size.height)")
  }
}
