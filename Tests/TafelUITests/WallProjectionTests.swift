import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The wall projection is private by construction: for every screen, section, comfort view,
/// dilemma stage, delegation, with privacy and projector mode on and off, and with every
/// facilitator overlay open, the JSON that would leave the laptop holds nothing private.
@Suite struct WallProjectionTests {
  static let settings = WallFixtures.allSettings()

  @Test func noNoteIntakeChecklistAdviceOrOverlayReachesTheWall() throws {
    for setting in Self.settings {
      let json = try WallFixtures.json(setting.state)
      #expect(!json.contains(WallFixtures.marker), "\(setting): \(json)")
    }
  }

  @Test func inPrivacyModeNoSurnameAndNoIndividualScore() throws {
    for setting in Self.settings where setting.state.wall.privacyMode {
      let json = try WallFixtures.json(setting.state)
      for surname in WallFixtures.surnames {
        // Case-insensitive: an id is a slug of the full name.
        #expect(
          json.range(of: surname, options: .caseInsensitive) == nil,
          "\(setting) shows \(surname): \(json)")
      }
      for index in WallFixtures.people.indices {
        #expect(
          !Self.numbers(in: json).contains(WallFixtures.signature(index)),
          "\(setting) shows person \(index)'s score: \(json)")
      }
      #expect(!json.contains("\"scores\""), "\(setting)")
    }
  }

  /// The other way round, so the test above can fail: out of privacy mode the selected person's
  /// own score and full name are there.
  @Test func outOfPrivacyModeTheSameChecksFind() throws {
    let team = try #require(
      Self.settings.first { $0.name == "team room" }, "the fixture has the Team view")
    let json = try WallFixtures.json(team.state)
    #expect(Self.numbers(in: json).contains(WallFixtures.signature(0)))
    #expect(json.contains("Kwakernaak"))
  }

  @Test func whileCollectingNeitherWhoNorWhatIsOnTheWall() throws {
    for setting in Self.settings {
      guard
        case .dilemma(.round(let round))? = WallView.of(
          setting.state, content: WallFixtures.content
        ).page?.screen, case .collecting = round.stage
      else { continue }
      let json = try WallFixtures.json(setting.state)
      for person in WallFixtures.people {
        #expect(!json.contains(person.first), "\(setting) names \(person.first): \(json)")
      }
    }
    // Other choices by the same number of people give the very same bytes.
    let people = WallFixtures.workshop().participants
    let first = Dictionary(uniqueKeysWithValues: people.prefix(5).map { ($0.id, 0) })
    let other = Dictionary(
      uniqueKeysWithValues: people.suffix(5).enumerated().map { ($0.element.id, $0.offset % 3) })
    var a = WallFixtures.state(WallFixtures.workshop(stage: .collecting, choices: first))
    var b = WallFixtures.state(WallFixtures.workshop(stage: .collecting, choices: other))
    for privacy in [false, true] {
      a.wall.screen = .dilemma
      b.wall.screen = .dilemma
      a.wall.privacyMode = privacy
      b.wall.privacyMode = privacy
      #expect(try WallFixtures.json(a) == WallFixtures.json(b))
    }
    let wall = WallView.of(a, content: WallFixtures.content)
    guard case .dilemma(.round(let round))? = wall.page?.screen else {
      Issue.record("no round on the wall")
      return
    }
    #expect(round.stage == .collecting(answered: 5, of: 9))
  }

  @Test func inPrivacyModeNoFigureIsAboutFewerThanThreePeople() throws {
    for setting in Self.settings where setting.state.wall.privacyMode {
      let wall = WallView.of(setting.state, content: WallFixtures.content)
      switch wall.page?.screen {
      case .group(let group):
        if !group.figures.isEmpty { #expect(group.participantCount >= 3, "\(setting)") }
        #expect(group.complements.isEmpty && group.carriedAlone.isEmpty, "\(setting)")
        #expect(group.rejections.allSatisfy { $0.outOf >= 3 && $0.carriers.isEmpty })
      case .dilemma(.round(let round)):
        if case .reveal(let results) = round.stage {
          for count in results.flatMap({ $0.byColour ?? [] }) {
            #expect(count.count >= 3, "\(setting): \(count)")
          }
        }
      default: break
      }
    }
  }

  @Test func delegationsOfTwoAndTheOneTheyWouldGiveAwayAreHidden() {
    var state = WallFixtures.state(WallFixtures.workshop())
    state.wall.screen = .group
    state.wall.privacyMode = true
    let hidden: [String: GroupWall.Hidden?] = [
      "oost": nil, "west": .wouldRevealOthers, "klein": .tooSmall,
    ]
    for (organisation, expected) in hidden {
      state.organisationFilter = organisation
      guard case .group(let group)? = WallView.of(state, content: WallFixtures.content).page?.screen
      else {
        Issue.record("no group on the wall")
        continue
      }
      #expect(group.hidden == expected, "\(organisation)")
      #expect(group.figures.isEmpty == (expected != nil), "\(organisation)")
      #expect(group.pitfalls.isEmpty == (expected != nil), "\(organisation)")
    }
    // Out of privacy mode the delegation of two shows its figures.
    state.wall.privacyMode = false
    state.organisationFilter = "klein"
    guard case .group(let open)? = WallView.of(state, content: WallFixtures.content).page?.screen
    else {
      Issue.record("no group on the wall")
      return
    }
    #expect(open.hidden == nil && open.figures.count == 6)
  }

  @Test func aRoomOfTwoShowsNoFigureInPrivacyMode() {
    var workshop = WallFixtures.workshop()
    workshop.participants = Array(workshop.participants.suffix(2))
    var state = WallFixtures.state(workshop)
    state.wall.screen = .group
    state.wall.privacyMode = true
    guard case .group(let group)? = WallView.of(state, content: WallFixtures.content).page?.screen
    else {
      Issue.record("no group on the wall")
      return
    }
    #expect(group.hidden == .tooSmall)
    #expect(group.figures.isEmpty && group.pitfalls.isEmpty && group.stepsAtRisk.isEmpty)
    #expect(group.participantCount == 2)
  }

  @Test func aBlankWallCarriesNothingElse() throws {
    for setting in Self.settings {
      var state = setting.state
      state.wall.blanked = true
      #expect(try WallFixtures.json(state) == #"{"blank":true}"#, "\(setting)")
    }
  }

  /// Every run of digits in the JSON, as a number, whether a value or inside a text.
  static func numbers(in json: String) -> Set<Int> {
    Set(json.split { !("0"..."9").contains($0) }.compactMap { Int($0) })
  }
}

/// The same promises for the demo workshop with the real content, in both languages: what the
/// facilitators can do, the checklists and the intake never reach the wall, and privacy mode
/// shows no surname.
@Suite struct WallDemoProjectionTests {
  @Test(arguments: Language.allCases) func theDemoOnTheWallKeepsTheFacilitatorsTextsOff(
    language: Language
  ) throws {
    let content = UIFixtures.content
    var base = try UIFixtures.demo(language: language)
    let workshop = base.workshop
    let advice = content.rules.rules.map { $0.facilitatorMoves[language] }
    let checklist = content.impasse.checklists.flatMap { $0.items.map { $0.text[language] } }
    let intake = workshop.intakeNotes.values.flatMap { note in IntakeField.allCases.map { note[$0] }
    }
    .filter { !$0.isEmpty }
    let surnames = workshop.participants.compactMap { $0.name.split(separator: " ").last }
      .filter { $0.count > 3 }.map(String.init)
    #expect(!advice.isEmpty && !checklist.isEmpty && surnames.count > 5)
    var sawPitfalls = false
    for screen in Screen.allCases {
      for section in ImpasseSection.allCases {
        for privacy in [false, true] {
          base.wall.screen = screen
          base.wall.impasseSection = section
          base.wall.privacyMode = privacy
          let wall = WallView.of(base, content: content)
          let json = String(decoding: try wall.jsonData(), as: UTF8.self)
          for text in advice + checklist + intake {
            #expect(!json.contains(text), "\(screen) \(section): \(text)")
          }
          if case .group(let group)? = wall.page?.screen, !group.pitfalls.isEmpty {
            sawPitfalls = true
          }
          guard privacy else { continue }
          // As a word: "Dijk" is a surname, "Zorggroep Dijkzicht" an organisation.
          for surname in surnames {
            let word = try Regex("\\b" + surname + "\\b").ignoresCase()
            #expect(!json.contains(word), "\(screen) \(section) shows \(surname)")
          }
        }
      }
    }
    #expect(sawPitfalls)
  }
}
