import TafelCore
import Testing

@testable import TafelUI

@Suite struct ImpasseSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 36)]

  /// The demo with a comfort round under way: two organisations have said what they need.
  static func state() throws -> AppState {
    var state = try ReducerTests.demoState()
    state.wall.screen = .impasse
    state.now = "2026-11-25T14:32:00+01:00"
    var workshop = state.workshop
    workshop.checklistMarks[ChecklistMark.key(list: "signals", item: "talks-stiffen")] =
      ChecklistMark(
        tickedAt: "2026-11-25T14:10:00+01:00", note: "na de vraag over de BV")
    workshop.comfortNeeds = [
      ComfortNeed(
        id: "gemeente-budget", organisationID: "gemeente-noordhaven",
        text: "Zekerheid dat het budget voor 2027 niet zonder ons wordt herverdeeld",
        topicID: "resources"),
      ComfortNeed(
        id: "gemeente-aanspreekpunt", organisationID: "gemeente-noordhaven",
        text: "Eén aanspreekpunt per organisatie",
        askedOf: ["ggz-kustland", "buurtwerk-noord"], status: .agreed),
      ComfortNeed(
        id: "woonstichting-exit", organisationID: "woonstichting-havenzicht",
        text: "Een uittredingsregeling zonder boete in het eerste jaar", status: .addressed,
        topicID: "exit"),
    ]
    workshop.topics = [FormalisationTopic(id: "exit", status: .inDiscussion)]
    workshop.phaseNotes["formalisation"] = "Juridisch advies volgt op 12 december."
    state.arrange { $0 = workshop }
    return state
  }

  func render(_ state: AppState, _ size: Size) -> Grid {
    ScreenRenderer.render(state, size: size, context: UIFixtures.context())
  }

  @Test(arguments: sizes) func signals(size: Size) throws {
    expectSnapshot(
      render(try Self.state(), size), named: "impasse-signals-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes) func comfortRound(size: Size) throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(1))
    _ = reduce(&state, .moveImpasseCursor(1))
    expectSnapshot(render(state, size), named: "impasse-comfort-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes) func comfortProjection(size: Size) throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(1))
    _ = reduce(&state, .toggleComfortProjection)
    let grid = render(state, size)
    #expect(grid.text.contains("GEMEENTE NOORDHAVEN"))
    #expect(grid.text.contains("1 / 8"))
    expectSnapshot(grid, named: "impasse-projection-\(size.width)x\(size.height)")
  }

  @Test func comfortOverviewByTopic() throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(1))
    _ = reduce(&state, .toggleComfortOverview)
    expectSnapshot(render(state, Size(width: 120, height: 36)), named: "impasse-overview-120x36")
  }

  @Test(arguments: sizes) func formalisation(size: Size) throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(2))
    _ = reduce(&state, .moveImpasseCursor(2))
    expectSnapshot(render(state, size), named: "impasse-topics-\(size.width)x\(size.height)")
  }

  @Test func legalFormCard() throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(2))
    _ = reduce(&state, .toggleLegalForms)
    _ = reduce(&state, .stepLegalForm(2))
    expectSnapshot(render(state, Size(width: 80, height: 24)), named: "impasse-legal-form-80x24")
  }

  @Test(arguments: sizes) func phases(size: Size) throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(-1))
    _ = reduce(&state, .moveImpasseCursor(2))
    expectSnapshot(render(state, size), named: "impasse-phases-\(size.width)x\(size.height)")
  }

  @Test func promptsInEnglish() throws {
    var state = try Self.state()
    state.language = .en
    _ = reduce(&state, .stepImpasseSection(3))
    expectSnapshot(render(state, Size(width: 120, height: 36)), named: "impasse-prompts-en-120x36")
  }

  @Test func choosingWhoANeedIsAskedOf() throws {
    var state = try Self.state()
    _ = reduce(&state, .stepImpasseSection(1))
    _ = reduce(&state, .moveImpasseCursor(2))
    _ = reduce(&state, .startChooseAskedOf)
    expectSnapshot(render(state, Size(width: 80, height: 24)), named: "impasse-asked-of-80x24")
  }
}
