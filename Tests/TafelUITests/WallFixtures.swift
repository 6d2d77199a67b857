import Foundation
import TafelCore

@testable import TafelUI

/// A workshop built to catch a leaking wall: every private text carries `WallFixtures.marker`,
/// every person has a surname found nowhere else and one score (91 to 99) that no group figure
/// can reach; delegations of 4, 3 and 2, so privacy mode must hide two of them.
enum WallFixtures {
  /// In every text the room must never see: notes, intake, checklist, advice, typed text.
  static let marker = "PRIV4TE"

  /// First name, surname and organisation; the surname is the last word.
  static let people: [(first: String, surname: String, organisation: String)] = [
    ("Anna", "Kwakernaak", "oost"), ("Bram", "Vliegenthart", "oost"),
    ("Cor", "van Ploegmakers", "oost"), ("Dirk", "Hoogendijk", "oost"),
    ("Els", "Zandbergen", "west"), ("Fenna", "Wolterbeek", "west"),
    ("Gijs", "Ruisdaelen", "west"), ("Hanna", "Beukenhorst", "klein"),
    ("Ivo", "Kortenaerde", "klein"),
  ]

  /// The surnames' last words, which privacy mode must never show.
  static var surnames: [String] {
    people.map { String($0.surname.split(separator: " ").last ?? "") }
  }

  /// Each person's own score: person `i` has `91 + i` on colour `i % 6`, everyone else below 60.
  static func signature(_ index: Int) -> Int { 91 + index }

  static func scores(_ index: Int) -> DriveScores {
    var scores = DriveScores(
      yellow: 30 + index, green: 42 - index, orange: 25 + 2 * index, blue: 35, red: 20 + index,
      purple: 50 - 2 * index)
    scores[DriveColour.allCases[index % 6]] = signature(index)
    return scores
  }

  static let content: Content = {
    var content = UIFixtures.content
    let secret = Localized(nl: marker + "-advice", en: marker + "-advice")
    for index in content.rules.rules.indices {
      content.rules.rules[index].facilitatorMoves = secret
    }
    for list in content.impasse.checklists.indices {
      content.impasse.checklists[list].title = Localized(nl: marker + "-list", en: marker + "-list")
      content.impasse.checklists[list].intro = Localized(nl: marker + "-intro", en: marker)
      for item in content.impasse.checklists[list].items.indices {
        content.impasse.checklists[list].items[item].text = Localized(
          nl: marker + "-checklist", en: marker + "-checklist")
      }
    }
    for phase in content.impasse.phases.indices {
      content.impasse.phases[phase].prompts = Localized(
        nl: [marker + "-phase-prompt"], en: [marker + "-phase-prompt"])
    }
    return content
  }()

  static func workshop(
    stage: RoundStage? = .collecting, choices: [String: Int]? = nil, hands: [Int] = []
  ) -> Workshop {
    var workshop = Workshop(
      title: "Alliantie Rivierenland", dates: ["2026-12-02"], phase: .formalisation,
      organisations: [
        Organisation(id: "oost", name: "Zorg Oost", shortName: "Oost", kind: .elderlyCare),
        Organisation(id: "west", name: "Welzijn West", shortName: "West", kind: .welfare),
        Organisation(id: "klein", name: "Gemeente Klein", shortName: "Klein", kind: .municipality),
      ],
      notes: marker + "-workshop-note")
    workshop.participants = people.enumerated().map { index, person in
      Participant(
        id: Slug.make(from: person.first + " " + person.surname),
        name: person.first + " " + person.surname,
        organisationID: person.organisation, role: "bestuurder", scores: scores(index),
        rejection: index < 4
          ? DriveScores(yellow: 5, green: 5, orange: 5, blue: 70, red: 5, purple: 5)
          : nil,
        note: marker + "-person-note")
    }
    for list in ["signals", "interventions", "foundations"] {
      let item = content.impasse.checklist(list)?.items.first?.id ?? ""
      workshop.checklistMarks[ChecklistMark.key(list: list, item: item)] = ChecklistMark(
        tickedAt: "2026-12-02T10:15:00+01:00", note: marker + "-check-note")
    }
    workshop.comfortNeeds = [
      ComfortNeed(
        id: "n1", organisationID: "oost", text: "Tijd om de achterban mee te nemen",
        askedOf: ["west"], status: .addressed, topicID: "exit"),
      ComfortNeed(id: "n2", organisationID: "west", text: "Geen verrassingen in de begroting"),
    ]
    workshop.topics = [
      FormalisationTopic(id: "exit", status: .agreed, agreement: "Uittreden kan na twee jaar")
    ]
    for phase in ProcessPhase.allCases { workshop.phaseNotes[phase.rawValue] = marker + "-phase" }
    for organisation in workshop.organisations {
      workshop.intakeNotes[organisation.id] = IntakeNote(
        willingness: marker + "-intake-willingness", addedValue: marker + "-intake-value",
        showstoppers: marker + "-intake-showstoppers")
    }
    if let stage, let card = content.dilemmas.cards.first {
      var round = DilemmaRound(cardID: card.id, optionCount: card.options.count, timerSeconds: 480)
      round.stage = stage
      round.choices = choices ?? defaultChoices(workshop.participants, stage: stage)
      if !hands.isEmpty { round.handCounts = hands }
      round.notes = marker + "-round-note"
      round.outcome = "We kiezen samen voor optie A"
      round.timer = RoundTimer(durationSeconds: 480, elapsedSeconds: 20, runningSince: 900)
      workshop.dilemmaRounds = [round]
    }
    return workshop
  }

  /// Five of nine in while collecting; afterwards everyone, 4 / 3 / 2 over the first options.
  static func defaultChoices(_ people: [Participant], stage: RoundStage) -> [String: Int] {
    let options = [0, 1, 0, 2, 1, 0, 2, 1, 0]
    let answering = stage == .collecting ? people.prefix(5) : people.prefix(9)
    return Dictionary(
      uniqueKeysWithValues: answering.enumerated().map { ($0.element.id, options[$0.offset]) })
  }

  /// The state with the facilitator's private overlays all open: a notice, a refused import,
  /// the round history, the card picker, the help and a text being typed.
  static func state(_ workshop: Workshop, language: Language = .nl) -> AppState {
    var state = AppState(
      workshop: workshop, language: language, savedAt: "10:00",
      impasseContent: content.impasse, dilemmaDeck: content.dilemmas)
    state.clockSeconds = 1000
    state.notice = Message(.uiSavedAs, ["path": "/tmp/" + marker + "-notice.json"])
    state.overlays = [
      .importProblems(
        ImportProblems(path: "/tmp/" + marker + "-import.csv", lines: [marker + "-import-line"])),
      .roundHistory, .cardPicker(cursor: 0), .help(page: 0),
      .editing(.enteringText(TextEntry(purpose: .roundNotes, text: marker + "-typing"))),
    ]
    return state
  }

  /// One way the facilitator can set the wall up, named for a failing test's message.
  struct Setting: CustomStringConvertible {
    var name: String
    var state: AppState
    var description: String { name }
  }

  enum DilemmaScene: CaseIterable {
    case intro, card, collecting, collectingHands, reveal, revealHands, discussion, rolePlay
  }

  /// Every screen with every part it can show (impasse section and comfort view, legal-form
  /// card, dilemma stage, hands or choices, role play, delegation filter), each with privacy and
  /// projector mode on and off.
  static func allSettings() -> [Setting] {
    var settings: [Setting] = []
    func add(_ name: String, _ base: AppState, _ change: (inout AppState) -> Void) {
      for privacy in [false, true] {
        for projector in [false, true] {
          var state = base
          change(&state)
          state.wall.privacyMode = privacy
          state.wall.projectorMode = projector
          settings.append(
            Setting(
              name: name + (privacy ? " privacy" : "") + (projector ? " projector" : ""),
              state: state))
        }
      }
    }
    let base = state(workshop())
    for screen in [Screen.team, .group] {
      for filter in [nil, "oost", "west", "klein"] as [String?] {
        add("\(screen) \(filter ?? "room")", base) {
          $0.wall.screen = screen
          $0.organisationFilter = filter
        }
      }
    }
    for section in ImpasseSection.allCases {
      let views: [ComfortView] = [.list, .projection(organisationIndex: 0), .overview]
      for view in views {
        for legalForm in [nil, 0] as [Int?] {
          add("impasse \(section) \(view) \(legalForm.map { "card \($0)" } ?? "")", base) {
            $0.wall.screen = .impasse
            $0.wall.impasseSection = section
            $0.wall.comfortView = view
            $0.wall.legalForm = legalForm
          }
        }
      }
    }
    for scene in DilemmaScene.allCases {
      add("dilemma \(scene)", dilemma(scene)) { $0.wall.screen = .dilemma }
    }
    add("blank", base) { $0.wall.blanked = true }
    return settings
  }

  static func dilemma(_ scene: DilemmaScene) -> AppState {
    switch scene {
    case .intro: return state(workshop(stage: nil))
    case .card: return state(workshop(stage: .card))
    case .collecting: return state(workshop(stage: .collecting))
    case .collectingHands:
      var state = state(workshop(stage: .collecting, choices: [:], hands: [3, 1, 2, 0]))
      state.dilemma.countingHands = true
      return state
    case .reveal: return state(workshop(stage: .reveal))
    case .revealHands:
      return state(workshop(stage: .reveal, hands: [1, 2, 0, 0]))
    case .discussion: return state(workshop(stage: .discussion))
    case .rolePlay:
      var state = state(workshop(stage: .card))
      state.wall.rolePlay = 0
      return state
    }
  }

  static func json(_ state: AppState) throws -> String {
    String(decoding: try WallView.of(state, content: content).jsonData(), as: UTF8.self)
  }
}
