import TafelCore

// What each big view is given to draw: the workshop or the parts of it it shows, the wall's state
// and its own cursor, never the whole `AppState`. A view that cannot reach the overlays, the undo
// history or the save status cannot depend on them by accident, and the wall's projection can
// draw the same views from the same parts.

/// The Team view: the people, who is selected, and how the wall names them.
struct TeamSlice {
  var workshop: Workshop
  var wall: WallState
  var organisationFilter: String?
  var selectedParticipantID: String?
  var profileScroll: Int
  /// The scores being edited, marked in the profile.
  var editor: ScoreEditor?

  var visibleParticipants: [Participant] {
    workshop.visibleParticipants(organisationFilter: organisationFilter)
  }

  var selectedParticipant: Participant? {
    workshop.participants.first { $0.id == selectedParticipantID }
  }

  func displayName(_ participant: Participant) -> String { wall.displayName(participant) }
}

/// The Group view: the room or one delegation, and how far its right-hand pane is scrolled.
struct GroupSlice {
  var workshop: Workshop
  var wall: WallState
  var organisationFilter: String?
  var groupScroll: Int

  func displayName(_ participant: Participant) -> String { wall.displayName(participant) }
}

/// The Dilemma view: the rounds in the workshop, the deck, the wall's role-play card, the
/// person whose choice is being recorded, and the time for the round's timer.
struct DilemmaSlice {
  var workshop: Workshop
  var wall: WallState
  /// The person whose choice the next key records.
  var participantCursor: Int
  var countingHands: Bool
  var dilemmaDeck: DilemmaDeck
  var clockSeconds: Double

  var currentRound: DilemmaRound? { workshop.dilemmaRounds.last }

  var currentCard: DilemmaCard? { currentRound.flatMap { dilemmaDeck.card($0.cardID) } }

  var playedCardIDs: Set<String> {
    Set(workshop.dilemmaRounds.filter(\.isPlayed).map(\.cardID))
  }

  func displayName(_ participant: Participant) -> String { wall.displayName(participant) }
}

/// The Impasse view: the workshop's impasse work, the content it is measured against, the
/// section the wall is on and the selected row. The reducer asks the same rows, so the cursor
/// means the same thing to both.
struct ImpasseSlice {
  var workshop: Workshop
  var wall: WallState
  /// The selected row.
  var cursor: Int
  var impasseContent: ImpasseContent

  /// The rows of the current section.
  var impasseRows: [ImpasseRow] {
    switch wall.impasseSection {
    case .signals: checklistRows(["signals", "interventions"])
    case .prompts: checklistRows(["under-organised", "foundations", "appreciative"])
    case .comfort:
      workshop.organisations.flatMap { organisation in
        [ImpasseRow.organisation(id: organisation.id)]
          + workshop.comfortNeeds.filter { $0.organisationID == organisation.id }.map {
            .need(id: $0.id)
          }
      }
    case .formalisation: allTopics.map { .topic(id: $0.id) }
    case .phases:
      ProcessPhase.allCases.map { .phase($0) }
        + workshop.organisations.flatMap { organisation in
          IntakeField.allCases.map { ImpasseRow.intake(organisationID: organisation.id, field: $0) }
        }
    }
  }

  private func checklistRows(_ ids: [String]) -> [ImpasseRow] {
    ids.compactMap { impasseContent.checklist($0) }.flatMap { list in
      list.items.map { ImpasseRow.checkItem(list: list.id, item: $0.id) }
    }
  }

  /// The standard topics from the content, then the ones the facilitator added, each with its
  /// state in the workshop (open when it has none yet).
  var allTopics: [FormalisationTopic] {
    let standard = impasseContent.topics.map { topic in
      workshop.topics.first { $0.id == topic.id } ?? FormalisationTopic(id: topic.id)
    }
    let standardIDs = Set(impasseContent.topics.map(\.id))
    return standard + workshop.topics.filter { !standardIDs.contains($0.id) }
  }

  var selectedImpasseRow: ImpasseRow? {
    let rows = impasseRows
    return rows.indices.contains(cursor) ? rows[cursor] : nil
  }

  func need(_ id: String) -> ComfortNeed? { workshop.comfortNeeds.first { $0.id == id } }
}

extension Workshop {
  /// The organisations the Team list shows, in the workshop's order, each with its people. The
  /// people are grouped in one pass: asking each organisation for its people in turn went over
  /// all of them once per organisation, on every frame and every arrow key.
  func delegations(organisationFilter: String?) -> [(
    organisation: Organisation, people: [Participant]
  )] {
    let shown = organisations.filter { organisationFilter == nil || $0.id == organisationFilter }
    let people = Dictionary(grouping: participants, by: \.organisationID)
    return shown.map { ($0, people[$0.id] ?? []) }
  }

  /// The participants the Team list shows, grouped by organisation in the workshop's order.
  func visibleParticipants(organisationFilter: String?) -> [Participant] {
    delegations(organisationFilter: organisationFilter).flatMap(\.people)
  }
}

extension WallState {
  /// A participant as the wall may name them: the full name, or the first name in privacy mode.
  public func displayName(_ participant: Participant) -> String {
    guard privacyMode else { return participant.name }
    return participant.name.split(separator: " ").first.map(String.init) ?? participant.name
  }
}

extension AppState {
  var teamSlice: TeamSlice {
    var editor: ScoreEditor?
    if case .editingScores(let current) = mode { editor = current }
    return TeamSlice(
      workshop: workshop, wall: wall, organisationFilter: organisationFilter,
      selectedParticipantID: selectedParticipantID, profileScroll: profileScroll, editor: editor)
  }

  var groupSlice: GroupSlice {
    GroupSlice(
      workshop: workshop, wall: wall, organisationFilter: organisationFilter,
      groupScroll: groupScroll)
  }

  var dilemmaSlice: DilemmaSlice {
    DilemmaSlice(
      workshop: workshop, wall: wall, participantCursor: dilemma.participantCursor,
      countingHands: dilemma.countingHands, dilemmaDeck: dilemmaDeck, clockSeconds: clockSeconds)
  }

  var impasseSlice: ImpasseSlice {
    ImpasseSlice(
      workshop: workshop, wall: wall, cursor: impasse.cursor, impasseContent: impasseContent)
  }
}

/// The Sessions screen: the sessions, decisions and actions, the section and cursor, the session
/// whose presence is shown, and today for what is overdue.
struct SessionsSlice {
  var workshop: Workshop
  var wall: WallState
  var view: SessionsViewState
  var focusedSession: Int?
  var rows: [SessionsRow]
  var today: String
  var impasseContent: ImpasseContent

  func displayName(_ participant: Participant) -> String { wall.displayName(participant) }
}

extension AppState {
  var sessionsSlice: SessionsSlice {
    SessionsSlice(
      workshop: workshop, wall: wall, view: sessionsView, focusedSession: focusedSession,
      rows: sessionsRows, today: today, impasseContent: impasseContent)
  }
}
