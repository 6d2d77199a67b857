import TafelCore

/// What the facilitator's console says beside the work, when the wall is a screen of its own:
/// what comes next, the round's timer, the private notes of what is up, and who has chosen (not
/// what). Worked out from the whole state: the console is the facilitator's, never the room's.
struct ConsoleBrief {
  enum WallStatus: Equatable { case live, frozen, blank }

  var wallStatus: WallStatus
  /// What the next step forward (PgDn) brings, in words; nil when nothing is queued.
  var next: String?
  /// The round's timer as mm:ss, and whether it runs; nil outside a round.
  var timer: (text: String, running: Bool)?
  var notes: [String]
  /// While choices are collected one by one: how many are in, of how many, and who is still to
  /// choose. Nil otherwise.
  var answered: (count: Int, total: Int, waiting: [String])?
  /// While hands are counted: how many so far.
  var hands: Int?

  init(_ state: AppState, context: RenderContext) {
    let language = state.language
    func text(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
      context.text(key, arguments, language)
    }
    wallStatus = state.wall.blanked ? .blank : state.wall.isFrozen ? .frozen : .live
    next = Self.next(state, text)
    notes = Self.notes(state, text).filter { !$0.isEmpty }
    if let round = state.currentRound {
      let remaining = round.timer.remaining(at: state.clockSeconds)
      timer = (TimerText.format(remaining), round.timer.isRunning)
      if round.stage == .collecting, state.wall.screen == .dilemma {
        if state.dilemma.countingHands {
          hands = round.handCounts.reduce(0, +)
        } else {
          let people = state.workshop.participants
          answered = (
            round.choices.count, people.count,
            people.filter { round.choices[$0.id] == nil }.map(\.name)
          )
        }
      }
    }
  }

  private static func next(
    _ state: AppState, _ text: (StringKey, [String: String]) -> String
  ) -> String? {
    let language = state.language
    switch state.wall.screen {
    case .dilemma:
      let deck = state.dilemmaDeck
      if let index = state.wall.rolePlay, !deck.rolePlays.isEmpty {
        let card = deck.rolePlays[(index + 1) % deck.rolePlays.count]
        return text(.uiRolePlay, [:]) + ": " + card.title[language]
      }
      guard let round = state.currentRound else {
        return state.nextCardID.flatMap { deck.card($0) }.map { $0.title[language] }
      }
      switch round.stage {
      case .card: return text(.stageCollecting, [:])
      case .collecting: return text(.stageReveal, [:])
      case .reveal: return text(.stageDiscussion, [:])
      case .discussion:
        return state.nextCardID.flatMap { deck.card($0) }.map {
          text(.consoleNextCard, ["title": $0.title[language]])
        }
      }
    case .impasse:
      let organisations = state.workshop.organisations
      if state.wall.impasseSection == .comfort,
        case .projection(let index) = state.wall.comfortView, !organisations.isEmpty
      {
        return organisations[(index + 1) % organisations.count].name
      }
      let forms = state.impasseContent.legalForms
      if state.wall.impasseSection == .formalisation, let index = state.wall.legalForm,
        !forms.isEmpty
      {
        return forms[(index + 1) % forms.count].name[language]
      }
      return nil
    case .team, .group, .sessions: return nil
    }
  }

  /// The private notes that belong to what is up now.
  private static func notes(
    _ state: AppState, _ text: (StringKey, [String: String]) -> String
  ) -> [String] {
    let workshop = state.workshop
    switch state.wall.screen {
    case .team: return [state.selectedParticipant?.note ?? ""]
    case .group, .sessions: return [workshop.notes]
    case .dilemma: return [state.currentRound?.notes ?? ""]
    case .impasse:
      switch state.wall.impasseSection {
      case .phases: return [workshop.phaseNotes[workshop.phase.rawValue] ?? ""]
      case .comfort:
        guard case .projection(let index) = state.wall.comfortView,
          workshop.organisations.indices.contains(index),
          let intake = workshop.intakeNotes[workshop.organisations[index].id]
        else { return [workshop.notes] }
        return [
          labelled(text(.uiIntakeWillingness, [:]), intake.willingness),
          labelled(text(.uiIntakeAddedValue, [:]), intake.addedValue),
          labelled(text(.uiIntakeShowstoppers, [:]), intake.showstoppers),
        ]
      case .signals, .prompts:
        guard case .checkItem(let list, let item)? = state.impasseSlice.selectedImpasseRow else {
          return [workshop.notes]
        }
        return [workshop.checklistMarks[ChecklistMark.key(list: list, item: item)]?.note ?? ""]
      case .formalisation: return [workshop.notes]
      }
    }
  }

  private static func labelled(_ label: String, _ value: String) -> String {
    value.isEmpty ? "" : label + ": " + value
  }
}
