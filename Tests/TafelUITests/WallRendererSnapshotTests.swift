import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The wall as the room sees it, drawn from the projection alone, on the demo workshop at the
/// three sizes a projector's terminal is likely to have.
@Suite struct WallRendererSnapshotTests {
  static let sizes = [
    Size(width: 80, height: 24), Size(width: 120, height: 36), Size(width: 160, height: 45),
  ]

  /// One thing the facilitator can put on the wall.
  struct Scene: CustomStringConvertible, Sendable {
    var name: String
    var arrange: @Sendable (inout AppState) -> Void
    var description: String { name }
  }

  static func demo() throws -> AppState {
    var state = try ReducerTests.demoState()
    state.wall.projectorMode = true
    state.clockSeconds = 10_000
    return state
  }

  /// Round one of the demo at `stage`, six choices in, the timer at 4:12.
  static func round(_ state: inout AppState, to stage: RoundStage) {
    state.wall.screen = .dilemma
    _ = reduce(&state, .stepRound(1))
    _ = reduce(&state, .timerStartPause)
    state.clockSeconds = 10_228
    if stage > .card {
      _ = reduce(&state, .stepRound(1))
      for option in [0, 2, 2, 1, 0, 0] { _ = reduce(&state, .choose(option)) }
    }
    if stage > .collecting { _ = reduce(&state, .stepRound(1)) }
    if stage > .reveal {
      _ = reduce(&state, .stepRound(1))
      _ = reduce(&state, .startEditRoundOutcome)
      _ = reduce(
        &state, .text(.insert("We leggen de verdeling vooraf vast en toetsen na een half jaar.")))
      _ = reduce(&state, .commit)
    }
  }

  /// Comfort needs for three organisations and two topics with an agreement.
  static func comfort(_ state: inout AppState) {
    state.wall.screen = .impasse
    state.wall.impasseSection = .comfort
    state.arrange { workshop in
      let ids = workshop.organisations.map(\.id)
      workshop.comfortNeeds = [
        ComfortNeed(
          id: "n1", organisationID: ids[0],
          text: "Zekerheid dat het budget voor 2027 niet wordt herverdeeld zonder ons",
          askedOf: [ids[1], ids[2]], status: .open, topicID: "resources"),
        ComfortNeed(
          id: "n2", organisationID: ids[0],
          text: "Een uittredingsregeling zonder boete in het eerste jaar", status: .addressed,
          topicID: "exit"),
        ComfortNeed(
          id: "n3", organisationID: ids[0], text: "Eén aanspreekpunt per organisatie",
          status: .agreed),
        ComfortNeed(
          id: "n4", organisationID: ids[2], text: "Tijd om de eigen achterban mee te nemen",
          askedOf: [ids[0]], status: .open),
        ComfortNeed(
          id: "n5", organisationID: ids[3], text: "Geen verrassingen in de begroting",
          status: .addressed, topicID: "resources"),
      ]
      workshop.topics = [
        FormalisationTopic(
          id: "exit", status: .agreed,
          agreement: "Uittreden kan na twee jaar, met zes maanden opzegging"),
        FormalisationTopic(id: "resources", status: .inDiscussion),
      ]
    }
  }

  static let scenes: [Scene] = [
    Scene(name: "team") { $0.wall.screen = .team },
    Scene(name: "team-privacy") {
      $0.wall.screen = .team
      $0.wall.privacyMode = true
    },
    Scene(name: "team-plain") {
      $0.wall.screen = .team
      $0.wall.projectorMode = false
    },
    Scene(name: "group") { $0.wall.screen = .group },
    Scene(name: "group-privacy-small") {
      $0.wall.screen = .group
      $0.wall.privacyMode = true
      $0.organisationFilter = $0.workshop.organisations.last?.id
    },
    Scene(name: "impasse-signals") { $0.wall.screen = .impasse },
    Scene(name: "comfort-list") { comfort(&$0) },
    Scene(name: "comfort-projection") {
      comfort(&$0)
      $0.wall.comfortView = .projection(organisationIndex: 0)
    },
    Scene(name: "comfort-overview") {
      comfort(&$0)
      $0.wall.comfortView = .overview
    },
    Scene(name: "formalisation") {
      comfort(&$0)
      $0.wall.impasseSection = .formalisation
    },
    Scene(name: "legal-form") {
      $0.wall.screen = .impasse
      $0.wall.impasseSection = .formalisation
      $0.wall.legalForm = 0
    },
    Scene(name: "phases") {
      $0.wall.screen = .impasse
      $0.wall.impasseSection = .phases
    },
    Scene(name: "dilemma-intro") { $0.wall.screen = .dilemma },
    Scene(name: "dilemma-card") { round(&$0, to: .card) },
    Scene(name: "dilemma-card-plain") {
      round(&$0, to: .card)
      $0.wall.projectorMode = false
    },
    Scene(name: "dilemma-collecting") { round(&$0, to: .collecting) },
    Scene(name: "dilemma-hands") {
      round(&$0, to: .card)
      _ = reduce(&$0, .stepRound(1))
      _ = reduce(&$0, .toggleCountingHands)
      for option in [0, 0, 1, 2, 2, 2, 3] { _ = reduce(&$0, .choose(option)) }
    },
    Scene(name: "dilemma-reveal") { round(&$0, to: .reveal) },
    Scene(name: "dilemma-reveal-privacy") {
      round(&$0, to: .reveal)
      $0.wall.privacyMode = true
    },
    Scene(name: "dilemma-discussion") { round(&$0, to: .discussion) },
    Scene(name: "role-play") {
      $0.wall.screen = .dilemma
      $0.wall.rolePlay = 0
    },
  ]

  @Test(arguments: scenes)
  func scene(_ scene: Scene) throws {
    var state = try Self.demo()
    scene.arrange(&state)
    let view = WallView.onWall(state, content: UIFixtures.content)
    for size in Self.sizes {
      let grid = WallRenderer.render(view, size: size, context: UIFixtures.context())
      expectSnapshot(grid, named: "wall-\(scene.name)-\(size.width)x\(size.height)")
    }
  }

  @Test func aBlankWallIsBlankAtEverySize() {
    for size in Self.sizes {
      let grid = WallRenderer.render(.blank, size: size, context: UIFixtures.context())
      #expect(grid.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
  }

  @Test func waitingAndConnectionLost() throws {
    for size in Self.sizes {
      expectSnapshot(
        WallRenderer.waiting(size: size, context: UIFixtures.context()),
        named: "wall-waiting-\(size.width)x\(size.height)")
    }
    var state = try Self.demo()
    Self.round(&state, to: .collecting)
    let view = WallView.onWall(state, content: UIFixtures.content)
    let grid = WallRenderer.render(
      view, size: Size(width: 120, height: 36), context: UIFixtures.context(), connection: .lost)
    expectSnapshot(grid, named: "wall-connection-lost-120x36")
    let blank = WallRenderer.render(
      .blank, size: Size(width: 80, height: 24), context: UIFixtures.context(), connection: .lost)
    #expect(blank.rowText(23).contains("Geen verbinding met Tafel"))
  }

  /// Every way the facilitator can set the wall up, drawn small and large: no private text, and
  /// in privacy mode no surname, on the screen the room reads.
  @Test func nothingPrivateIsDrawnOnTheWall() {
    let context = RenderContext(
      content: WallFixtures.content, theme: Theme(.dark), glyphs: .unicode, clock: "10:00")
    for setting in WallFixtures.allSettings() {
      let view = WallView.onWall(setting.state, content: WallFixtures.content)
      for size in [Size(width: 80, height: 24), Size(width: 160, height: 45)] {
        let text = WallRenderer.render(view, size: size, context: context).text
        #expect(!text.contains(WallFixtures.marker), "\(setting) \(size): \(text)")
        guard setting.state.wall.privacyMode else { continue }
        for surname in WallFixtures.surnames {
          #expect(!text.contains(surname), "\(setting) \(size) shows \(surname)")
        }
      }
    }
  }

  @Test func whileCollectingTheWallShowsHowManyAndNoName() throws {
    var state = try Self.demo()
    Self.round(&state, to: .collecting)
    let view = WallView.onWall(state, content: UIFixtures.content)
    let text = WallRenderer.render(
      view, size: Size(width: 160, height: 45), context: UIFixtures.context()
    ).text
    #expect(text.contains("keuzes binnen"))
    for person in state.workshop.participants {
      #expect(!text.contains(person.name))
    }
    state.wall.projectorMode = false
    let plain = WallRenderer.render(
      WallView.onWall(state, content: UIFixtures.content), size: Size(width: 80, height: 24),
      context: UIFixtures.context())
    #expect(plain.text.contains("6 van 14"))
  }

  @Test func theWallSpeaksTheWorkshopsLanguage() throws {
    var state = try Self.demo()
    state.language = .en
    Self.round(&state, to: .collecting)
    state.wall.projectorMode = false
    let text = WallRenderer.render(
      WallView.onWall(state, content: UIFixtures.content), size: Size(width: 120, height: 36),
      context: UIFixtures.context()
    ).text
    #expect(text.contains("6 of 14"))
    #expect(text.contains("choices in"))
  }
}
