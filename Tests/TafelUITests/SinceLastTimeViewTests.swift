import TafelCore
import Testing

@testable import TafelUI

/// "Sinds vorige keer" (issue 16) on screen: it opens when the second session starts, `v` on
/// the Sessions screen brings it back, Esc closes it, long lists scroll, and a screen the room
/// sees names no one's scores.
@Suite struct SinceLastTimeViewTests {
  func run(_ state: inout AppState, _ actions: [Action]) {
    for action in actions { _ = reduce(&state, action) }
  }

  /// Session 1 (9 March) as `SessionsScreenTests.history` leaves it (three decisions, two
  /// actions, everyone but Kees present), closed; between the
  /// meetings action 2 is done, decision 1 withdrawn, Sanne joins the workshop, Anouk's red goes
  /// up, a comfort need is agreed and the exit topic is discussed; session 2 (13 April) starts
  /// with Sanne and without Fatima.
  static func secondSession() throws -> AppState {
    var state = try SessionsScreenTests.history()
    let tests = SinceLastTimeViewTests()
    tests.run(&state, [.toggleSessionOpen])
    _ = state.apply(.setActionDone(action: 2, done: true))
    _ = state.apply(.setDecisionStatus(decision: 1, status: .withdrawn))
    _ = state.apply(
      .addParticipant(
        participant: Participant(
          id: "sanne-de-boer", name: "Sanne de Boer", organisationID: "ggz-kustland",
          role: "bestuurder",
          scores: DriveScores(yellow: 40, green: 60, orange: 50, blue: 70, red: 30, purple: 20))))
    let anouk = try #require(state.workshop.participants.first { $0.id == "anouk-hoevenaars" })
    _ = state.apply(.setScore(participant: anouk.id, colour: .red, value: anouk.scores[.red] + 40))
    _ = state.apply(
      .addNeed(
        need: ComfortNeed(
          id: "tijd", organisationID: "ggz-kustland", text: "Tijd om de achterban mee te nemen",
          status: .agreed)))
    _ = state.apply(.addTopic(topic: FormalisationTopic(id: "exit", status: .inDiscussion)))
    state.now = "2026-04-13T19:30:00+02:00"
    tests.run(&state, [.stepSessionsSection(1), .startAddSessionsItem])
    tests.run(&state, [.text(.insert("Belangen")), .commit])
    // Who came is ticked after the screen opened; `v` shows it again with the room as it is.
    _ = state.apply(.setPresent(session: 2, participant: "sanne-de-boer", present: true))
    _ = state.apply(.setPresent(session: 2, participant: "fatima-yilmaz", present: false))
    tests.run(&state, [.cancel, .toggleSinceLastTime])
    return state
  }

  func screen(_ state: AppState, _ size: Size) -> String {
    ScreenRenderer.render(state, size: size, context: UIFixtures.context()).text
  }

  @Test func startingTheSecondSessionShowsWhatChanged() throws {
    let state = try Self.secondSession()
    guard case .sinceLastTime(let since?, scroll: 0) = state.topOverlay else {
      Issue.record("no sinds vorige keer on top: \(String(describing: state.topOverlay))")
      return
    }
    #expect(since.earlier.number == 1 && since.later.number == 2)
    let text = screen(state, Size(width: 160, height: 45))
    #expect(text.contains("Sinds vorige keer · sessie 1 (2026-03-09) → sessie 2 (2026-04-13)"))
    #expect(text.contains("Nieuw besluit 1 (ingetrokken): We gaan samen verder als alliantie"))
    #expect(text.contains("Nieuw besluit 2 (herzien): Rechtsvorm: coöperatie U.A."))
    #expect(
      text.contains(
        "Nieuw besluit 3 (besluit): Rechtsvorm: coöperatie U.A., met exitregeling (vervangt 2)"))
    #expect(text.contains("Actie 1 te laat (uiterlijk 2026-03-01): Conceptstatuten opvragen · GGZ"))
    #expect(text.contains("Actie 2 gedaan: Begroting 2027 · Marloes van Dijk"))
    #expect(text.contains("Nieuwe wens van GGZ: Tijd om de achterban mee te nemen"))
    #expect(text.contains("Uittreden: open → in bespreking"))
    #expect(text.contains("Nieuw in de workshop: Sanne de Boer"))
    #expect(text.contains("Vorige keer aanwezig, nu niet: Fatima Yilmaz"))
    #expect(!text.contains("Aanwezig, vorige keer niet"))
    #expect(text.contains("Nieuwe scores van Anouk Hoëvenaars: rood 18 → 58"))
  }

  @Test func theKeyBringsItBackAndEscClosesIt() throws {
    var state = try Self.secondSession()
    run(&state, [.cancel])
    #expect(state.topOverlay == nil)
    #expect(KeyMap.action(for: .character("v"), in: state) == .toggleSinceLastTime)
    run(&state, [.toggleSinceLastTime])
    guard case .sinceLastTime(.some, _) = state.topOverlay else {
      Issue.record("v did not open it")
      return
    }
    #expect(KeyMap.action(for: .escape, in: state) == .cancel)
    #expect(KeyMap.action(for: .down, in: state) == .scrollSinceLastTime(1))
    run(&state, [.cancel])
    #expect(state.topOverlay == nil)
    // The first session has no last time, and says so.
    run(&state, [.moveSessionsCursor(-100), .activateSessionsRow])
    run(&state, [.toggleSinceLastTime])
    #expect(screen(state, Size(width: 80, height: 24)).contains("Er is nog geen vorige keer"))
  }

  @Test func longListsScrollAndSayHowMuchIsLeft() throws {
    var state = try Self.secondSession()
    let small = Size(width: 80, height: 16)
    let first = screen(state, small)
    #expect(first.contains("… en nog"))
    #expect(!first.contains("Nieuwe scores van Anouk"))
    run(&state, [.scrollSinceLastTime(10), .scrollSinceLastTime(10), .scrollSinceLastTime(10)])
    let end = screen(state, small)
    #expect(end.contains("Nieuwe scores van Anouk"))
    #expect(!end.contains("… en nog"))
    run(&state, [.scrollSinceLastTime(-1000)])
    #expect(state.topOverlay == .sinceLastTime(sinceOnTop(state), scroll: 0))
  }

  func sinceOnTop(_ state: AppState) -> SinceLastTime? {
    if case .sinceLastTime(let since, _) = state.topOverlay { since } else { nil }
  }

  @Test func nothingChangedSaysSoPlainly() throws {
    var state = try SessionsScreenTests.state()
    run(&state, [.startAddSessionsItem, .text(.insert("Een")), .commit, .toggleSessionOpen])
    run(&state, [.startAddSessionsItem, .text(.insert("Twee")), .commit])
    #expect(
      screen(state, Size(width: 120, height: 36)).contains(
        "Niets veranderd sinds sessie 1: geen besluiten, acties, wensen, onderwerpen of mensen."))
  }

  /// Projector and privacy on, no wall of its own: the screen is the room's. Agreements stay;
  /// no one's scores, no surnames, people counted beside the profile.
  @Test func onAScreenTheRoomSeesNoIndividualScoreShows() throws {
    var state = try Self.secondSession()
    state.wall.projectorMode = true
    state.wall.privacyMode = true
    #expect(state.wall.screenIsPublic)
    run(&state, [.scrollSinceLastTime(100)])
    var seen = ""
    for scroll in stride(from: 0, through: 60, by: 5) {
      if case .sinceLastTime(let since, _) = state.topOverlay {
        state.replaceTop(with: .sinceLastTime(since, scroll: scroll))
      }
      seen += screen(state, Size(width: 120, height: 36))
    }
    #expect(seen.contains("Nieuw besluit 1 (ingetrokken)"))
    #expect(seen.contains("Nieuw in de workshop: Sanne"))
    #expect(seen.contains("Aanwezig, vorige keer niet: 1; vorige keer aanwezig, nu niet: 1"))
    #expect(!seen.contains("Anouk"))
    #expect(!seen.contains("Nieuwe scores"))
    #expect(!seen.contains("de Boer"))
    // One person's new scores and one person away: the group's move, not its parts.
    #expect(seen.contains("rood 25 → 29"))
    #expect(!seen.contains("door nieuwe scores"))
    #expect(!seen.contains("door wie er was"))
  }

  /// It is the facilitator's: a wall of its own keeps showing the screen before Sessions.
  @Test func theWallNeverShowsIt() throws {
    var state = try Self.secondSession()
    state.wall.privacyMode = true
    let content = UIFixtures.context().content
    let open = WallView.of(state, content: content)
    run(&state, [.cancel])
    #expect(WallView.of(state, content: content) == open)
    let bytes = String(decoding: try open.jsonData(), as: UTF8.self)
    #expect(!bytes.contains("Hoëvenaars") && !bytes.contains("Sinds vorige keer"))
  }

  @Test(arguments: [
    Size(width: 80, height: 24), Size(width: 120, height: 36), Size(width: 160, height: 45),
  ])
  func snapshots(size: Size) throws {
    let state = try Self.secondSession()
    expectSnapshot(
      ScreenRenderer.render(state, size: size, context: UIFixtures.context()),
      named: "since-last-time-\(size.width)x\(size.height)")
  }
}
