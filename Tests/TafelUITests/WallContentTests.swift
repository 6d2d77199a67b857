import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// What the room should see is on the wall (an empty projection would pass every privacy test),
/// and the projection survives the trip through JSON unchanged.
@Suite struct WallContentTests {
  static func wall(_ change: (inout AppState) -> Void) -> WallView {
    var state = WallFixtures.state(WallFixtures.workshop())
    change(&state)
    return WallView.of(state, content: WallFixtures.content)
  }

  static func round(_ wall: WallView) -> DilemmaWall.Round? {
    guard case .dilemma(.round(let round))? = wall.page?.screen else { return nil }
    return round
  }

  @Test func everySettingComesBackFromJSONAsItWent() throws {
    for setting in WallProjectionTests.settings {
      let wall = WallView.of(setting.state, content: WallFixtures.content)
      let data = try wall.jsonData()
      #expect(try WallView.decoded(from: data) == wall, "\(setting)")
      // Sorted keys: the same wall is the same bytes.
      #expect(try WallView.decoded(from: data).jsonData() == data)
    }
  }

  @Test func theHeaderSaysWhatTheWallIsOn() {
    let wall = Self.wall {
      $0.wall.projectorMode = true
      $0.wall.privacyMode = true
      $0.language = .en
    }
    #expect(wall.page?.title == "Alliantie Rivierenland")
    #expect(wall.page?.phase == .formalisation)
    #expect(wall.page?.projector == true && wall.page?.privacy == true)
    #expect(wall.page?.language == .en)
  }

  @Test func theTeamShowsFullNamesLabelsAndTheSelectedProfileOutOfPrivacy() throws {
    guard case .team(let open)? = Self.wall({ $0.wall.screen = .team }).page?.screen else {
      Issue.record("no team")
      return
    }
    #expect(
      open.delegations.map(\.organisation) == ["Zorg Oost", "Welzijn West", "Gemeente Klein"])
    let anna = try #require(open.delegations.first?.people.first)
    #expect(anna.name == "Anna Kwakernaak" && anna.selected)
    #expect(anna.colours?.first == .yellow)
    #expect(open.profile?.scores.yellow == WallFixtures.signature(0))
    #expect(open.profile?.organisation == "Zorg Oost")

    guard
      case .team(let closed)? = Self.wall({
        $0.wall.screen = .team
        $0.wall.privacyMode = true
      }).page?.screen
    else {
      Issue.record("no team")
      return
    }
    #expect(closed.delegations.flatMap(\.people).map(\.name) == WallFixtures.people.map(\.first))
    #expect(closed.delegations.flatMap(\.people).allSatisfy { $0.colours == nil && !$0.selected })
    #expect(closed.profile == nil)
  }

  @Test func theGroupShowsItsProfilePitfallsAndWhoComplementsIt() throws {
    guard case .group(let open)? = Self.wall({ $0.wall.screen = .group }).page?.screen else {
      Issue.record("no group")
      return
    }
    #expect(open.participantCount == 9 && open.hidden == nil)
    #expect(open.figures.count == 6)
    #expect(open.underRepresented == [.red])
    #expect(!open.pitfalls.isEmpty && open.pitfalls.allSatisfy { !$0.question.isEmpty })
    #expect(open.complements.first?.name == "Els Zandbergen")
    #expect(open.carriedAlone.contains { $0.name == "Dirk Hoogendijk" && $0.colour == .blue })
    #expect(open.rejections.first?.carriers.contains("Dirk Hoogendijk") == true)

    guard
      case .group(let closed)? = Self.wall({
        $0.wall.screen = .group
        $0.wall.privacyMode = true
      }).page?.screen
    else {
      Issue.record("no group")
      return
    }
    // The whole room of nine keeps its figures and the pitfalls about the group.
    #expect(closed.figures == open.figures)
    #expect(!closed.pitfalls.isEmpty && closed.stepsAtRisk == open.stepsAtRisk)
  }

  @Test func theImpasseShowsTheComfortRoundTopicsCardsAndPhase() {
    func impasse(_ change: @escaping (inout AppState) -> Void) -> ImpasseWall? {
      guard
        case .impasse(let wall)? = Self.wall({
          $0.wall.screen = .impasse
          change(&$0)
        }).page?.screen
      else { return nil }
      return wall
    }
    let need = ImpasseWall.Need(
      text: "Tijd om de achterban mee te nemen", status: .addressed, askedOf: ["West"],
      topic: "Uittreden")
    #expect(
      impasse {
        $0.wall.impasseSection = .comfort
        $0.wall.comfortView = .projection(organisationIndex: 0)
      }
        == .comfortProjection(
          organisation: .init(name: "Zorg Oost", needs: [need]), number: 1, of: 3))
    guard
      case .comfortList(let organisations)? = impasse({ $0.wall.impasseSection = .comfort })
    else {
      Issue.record("no comfort list")
      return
    }
    #expect(organisations.map(\.needs.count) == [1, 1, 0])
    guard
      case .comfortOverview(let topics)? = impasse({
        $0.wall.impasseSection = .comfort
        $0.wall.comfortView = .overview
      })
    else {
      Issue.record("no overview")
      return
    }
    #expect(topics.map(\.topic) == ["Uittreden", nil])
    guard case .formalisation(let list)? = impasse({ $0.wall.impasseSection = .formalisation })
    else {
      Issue.record("no topics")
      return
    }
    #expect(list.contains { $0.status == .agreed && $0.agreement == "Uittreden kan na twee jaar" })
    guard
      case .legalForm(let card, 1, let count)? = impasse({
        $0.wall.impasseSection = .formalisation
        $0.wall.legalForm = 0
      })
    else {
      Issue.record("no legal form")
      return
    }
    #expect(!card.name.isEmpty && !card.liability.isEmpty && count > 1)
    #expect(impasse { $0.wall.impasseSection = .phases } == .phases(current: .formalisation))
    #expect(impasse { $0.wall.impasseSection = .signals } == .signals)
    #expect(impasse { $0.wall.impasseSection = .prompts } == .prompts)
  }

  static func dilemma(
    _ scene: WallFixtures.DilemmaScene, privacy: Bool = false,
    _ change: (inout AppState) -> Void = { _ in }
  ) -> DilemmaWall? {
    var state = WallFixtures.dilemma(scene)
    state.wall.screen = .dilemma
    state.wall.privacyMode = privacy
    change(&state)
    guard case .dilemma(let wall)? = WallView.of(state, content: WallFixtures.content).page?.screen
    else { return nil }
    return wall
  }

  @Test func theDilemmaShowsTheCardTimerStageAndResult() throws {
    let card = try #require(WallFixtures.content.dilemmas.cards.first)
    guard case .round(let round)? = Self.dilemma(.card) else {
      Issue.record("no round")
      return
    }
    #expect(round.number == 1 && round.title == card.title.nl)
    #expect(round.options == card.options.map(\.nl))
    #expect(round.stage == .card(situation: card.situation.nl))
    // 480 s, 20 run before and 100 since 900 at the clock's 1000.
    #expect(round.timer == DilemmaWall.Timer(remainingSeconds: 360, running: true))

    guard case .round(let hands)? = Self.dilemma(.collectingHands) else {
      Issue.record("no round")
      return
    }
    #expect(hands.stage == .collecting(answered: 6, of: nil))

    guard case .round(let reveal)? = Self.dilemma(.reveal) else {
      Issue.record("no round")
      return
    }
    guard case .reveal(let results) = reveal.stage else {
      Issue.record("not revealed")
      return
    }
    #expect(results.map(\.count) == [4, 3, 2, 0])
    #expect(
      results.first?.byColour == [
        ColourCount(colour: .yellow, count: 1), ColourCount(colour: .orange, count: 2),
        ColourCount(colour: .purple, count: 1),
      ])

    guard case .round(let discussion)? = Self.dilemma(.discussion) else {
      Issue.record("no round")
      return
    }
    #expect(
      discussion.stage
        == .discussion(
          counts: [4, 3, 2, 0], questions: card.questions.nl,
          outcome: "We kiezen samen voor optie A"))
  }

  @Test func inPrivacyTheRevealSplitsByColourWhereEveryColourHasThree() throws {
    // Anna and Gijs have yellow first; a third yellow makes option A's split safe to show.
    var workshop = WallFixtures.workshop(stage: .reveal)
    workshop.participants[1].scores.yellow = 99
    let ids = workshop.participants.map(\.id)
    workshop.dilemmaRounds[0].choices = [ids[0]: 0, ids[1]: 0, ids[6]: 0, ids[2]: 1, ids[4]: 1]
    var state = WallFixtures.state(workshop)
    state.wall.screen = .dilemma
    state.wall.privacyMode = true
    guard
      case .dilemma(.round(let round))? = WallView.of(state, content: WallFixtures.content)
        .page?.screen, case .reveal(let results) = round.stage
    else {
      Issue.record("no reveal")
      return
    }
    #expect(results[0].byColour == [ColourCount(colour: .yellow, count: 3)])
    #expect(results[1].count == 2 && results[1].byColour == nil)
  }

  @Test func theOutcomeIsLeftOutUntilOneIsWrittenAndTheIntroAndRolePlaysShow() throws {
    guard
      case .round(let round)? = Self.dilemma(
        .discussion,
        { state in
          state.overlays = []
        }), case .discussion(_, _, let outcome) = round.stage
    else {
      Issue.record("no discussion")
      return
    }
    #expect(outcome != nil)
    var workshop = WallFixtures.workshop(stage: .discussion)
    workshop.dilemmaRounds[0].outcome = ""
    var state = WallFixtures.state(workshop)
    state.wall.screen = .dilemma
    guard
      case .dilemma(.round(let empty))? = WallView.of(state, content: WallFixtures.content)
        .page?.screen
    else {
      Issue.record("no round")
      return
    }
    let deck = WallFixtures.content.dilemmas
    let questions = try #require(deck.cards.first).questions.nl
    #expect(empty.stage == .discussion(counts: [4, 3, 2, 0], questions: questions, outcome: nil))
    #expect(
      Self.dilemma(.intro)
        == .intro(deck: deck.deck.title.nl, cards: deck.cards.count, roundMinutes: 8))
    let play = try #require(deck.rolePlays.first)
    #expect(
      Self.dilemma(.rolePlay)
        == .rolePlay(
          card: .init(title: play.title.nl, colour: play.colour, brief: play.brief.nl), number: 1,
          of: deck.rolePlays.count))
  }
}
