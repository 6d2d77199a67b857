import TafelCore
import Testing

@testable import TafelUI

/// The facilitator's screen in projector and privacy mode with no wall of its own, which is what a
/// mirrored projector shows, against the rule `WallView` keeps: such a screen keeps to it too
/// (`WallState.screenIsPublic`). With a wall connected the screen is the console and shows all.
@Suite struct WallScreenLeakTests {
  static let size = Size(width: 120, height: 36)

  static func projected(_ change: (inout AppState) -> Void) -> String {
    var state = WallFixtures.state(WallFixtures.workshop(stage: .discussion))
    state.overlays = []
    state.notice = nil
    state.wall.projectorMode = true
    state.wall.privacyMode = true
    change(&state)
    let context = RenderContext(
      content: WallFixtures.content, theme: Theme(.dark), glyphs: .unicode, clock: "10:00")
    return ScreenRenderer.render(state, size: size, context: context).text
  }

  /// What the projection shows in the same state, to be sure it is clean.
  static func projection(_ change: (inout AppState) -> Void) throws -> String {
    var state = WallFixtures.state(WallFixtures.workshop(stage: .discussion))
    state.wall.projectorMode = true
    state.wall.privacyMode = true
    change(&state)
    return try WallFixtures.json(state)
  }

  @Test func theGroupViewShowsWhatTheFacilitatorsCanDo() throws {
    let change: (inout AppState) -> Void = { $0.wall.screen = .group }
    #expect(try !Self.projection(change).contains(WallFixtures.marker))
    #expect(!Self.projected(change).contains(WallFixtures.marker))
  }

  @Test func theDiscussionShowsTheRoundNotes() throws {
    let change: (inout AppState) -> Void = { $0.wall.screen = .dilemma }
    #expect(try !Self.projection(change).contains(WallFixtures.marker))
    #expect(!Self.projected(change).contains(WallFixtures.marker))
  }

  @Test(arguments: [ImpasseSection.signals, .prompts, .phases])
  func theImpasseShowsChecklistsPromptsAndIntake(section: ImpasseSection) throws {
    let change: (inout AppState) -> Void = {
      $0.wall.screen = .impasse
      $0.wall.impasseSection = section
    }
    #expect(try !Self.projection(change).contains(WallFixtures.marker))
    #expect(!Self.projected(change).contains(WallFixtures.marker))
  }

  @Test func thePersonFormShowsAFullNameAndScoresInPrivacyMode() throws {
    let change: (inout AppState) -> Void = {
      $0.wall.screen = .team
      $0.startEditingPerson()
    }
    #expect(try !Self.projection(change).contains("Kwakernaak"))
    #expect(!Self.projected(change).contains("Kwakernaak"))
    // On the console of a wall of its own the form opens.
    var console = WallFixtures.state(WallFixtures.workshop(stage: .discussion))
    console.overlays = []
    console.wall.projectorMode = true
    console.wall.privacyMode = true
    _ = reduce(&console, .wallsConnected(1))
    console.startEditingPerson()
    #expect(console.mode != .browsing)
  }

  @Test func whatIsTypedShowsOnTheWall() throws {
    let change: (inout AppState) -> Void = {
      $0.wall.screen = .team
      $0.overlays = [
        .editing(
          .enteringText(TextEntry(purpose: .roundNotes, text: WallFixtures.marker + "-typing")))
      ]
    }
    #expect(try !Self.projection(change).contains(WallFixtures.marker))
    #expect(!Self.projected(change).contains(WallFixtures.marker))
  }

  @Test func aRemovalNamesTheWholePersonInPrivacyMode() throws {
    let change: (inout AppState) -> Void = {
      $0.wall.screen = .team
      let id = $0.workshop.participants[0].id
      $0.overlays = [.editing(.confirmingRemoval(.participant(id: id)))]
    }
    #expect(try !Self.projection(change).contains("Kwakernaak"))
    #expect(!Self.projected(change).contains("Kwakernaak"))
  }

  @Test func anUndoNamesThePersonAndTheirScoresInPrivacyMode() throws {
    let change: (inout AppState) -> Void = {
      $0.wall.screen = .group
      let id = $0.workshop.participants[0].id
      $0.apply(.setScore(participant: id, colour: .red, value: 77))
      _ = $0.undo()
    }
    #expect(try !Self.projection(change).contains("Kwakernaak"))
    // The undo line says first names and no figures in privacy mode, as the wall does.
    #expect(!Self.projected(change).contains("Kwakernaak"))
    #expect(!Self.projected(change).contains("77"))
  }
}
