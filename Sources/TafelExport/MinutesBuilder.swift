import TafelCore

/// The minutes of one session, decided once from the model (`Minutes` writes them as HTML,
/// Markdown or CSV): who was present, the decisions and actions taken or changed in that
/// session, what moved in the comfort round and the formalisation topics, and the dilemma rounds
/// played. The workshop is replayed from its journal to the session's start and end, so the
/// minutes of session 2 read the same after session 5.
public enum MinutesBuilder {
  public static func session(_ number: Int, of input: ReportInput) -> Minutes? {
    let full = input.workshop
    guard full.sessions.indices.contains(number - 1) else { return nil }
    let session = full.sessions[number - 1]
    let end = sessionEnd(number, of: full)
    let start = number > 1 ? sessionEnd(number - 1, of: full) : full.emptied
    return Minutes(
      title: full.title + " · " + session.title,
      meta: input.text(.exportSessionMeta, ["number": "\(number)", "date": session.date]),
      banner: input.forFacilitator ? input.text(.exportForFacilitatorBanner) : nil,
      language: input.language,
      sections: sections(ofSession: number, from: start, to: end, input))
  }

  /// The workshop at the end of session `number`: an open session ends now.
  static func sessionEnd(_ number: Int, of full: Workshop) -> Workshop {
    full.sessions[number - 1].isOpen ? full.withoutJournal : full.replayed(throughSession: number)
  }

  /// What the minutes of session `number` say, given the workshop at its start and its end.
  /// A workshop without a journal cannot say what moved when: its minutes give who was there
  /// and the decisions and actions marked with the session, nothing about moves.
  static func sections(
    ofSession number: Int, from replayedStart: Workshop, to end: Workshop, _ input: ReportInput
  ) -> [Minutes.Section] {
    let full = input.workshop
    let session = full.sessions[number - 1]
    let hasHistory = !full.journal.isEmpty
    let start = hasHistory ? replayedStart : end
    let moves = WorkshopMoves(from: start, to: end)
    var sections: [Minutes.Section] = []
    let people = end.participants.filter { session.present.contains($0.id) }
    let removed = session.present.count - people.count
    var present =
      input.anonymous
      ? ["\(session.present.count)"]
      : people.map(\.name)
        + Array(repeating: input.text(.forgetRemovedParticipant), count: removed)
    if present.isEmpty { present = [input.text(.uiNoOne)] }
    var presence: [Minutes.Block] = [.paragraph(present.joined(separator: ", "))]
    if !session.guests.isEmpty {
      presence.append(
        .paragraph(
          input.text(
            .uiGuests,
            [
              "guests": input.anonymous
                ? "\(session.guests.count)" : session.guests.joined(separator: ", ")
            ])))
    }
    sections.append(.init(heading: input.text(.exportParticipants), blocks: presence))
    let decisions =
      hasHistory
      ? changed(end.decisions, since: start.decisions, by: \.number)
      : full.decisions.filter { $0.session == number }
    if !decisions.isEmpty {
      sections.append(
        .init(
          heading: input.text(.uiDecisionsTitle),
          blocks: [
            .table(
              header: [
                input.text(.exportNumber), input.text(.exportDecision), input.text(.exportStatus),
              ],
              rows: decisions.map {
                ["\($0.number)", $0.text, input.text($0.status.stringKey)]
              })
          ]))
    }
    let actions =
      hasHistory
      ? changed(end.actions, since: start.actions, by: \.number)
      : full.actions.filter { $0.session == number }
    if !actions.isEmpty {
      sections.append(
        .init(
          heading: input.text(.uiActionsTitle),
          blocks: [
            .table(
              header: [
                input.text(.exportNumber), input.text(.exportAction), input.text(.exportWho),
                input.text(.exportDue), input.text(.exportDone),
              ],
              rows: actions.map { action in
                [
                  "\(action.number)", action.text, input.owner(of: action, in: end),
                  action.due ?? "", action.done ? input.text(.exportYes) : input.text(.exportNo),
                ]
              })
          ]))
    }
    let needs = moves.needs.map { move in
      input.organisationName(move.need.organisationID) + ": " + move.need.text + " · "
        + (move.to.map(input.statusWord) ?? "–")
    }
    if !needs.isEmpty {
      sections.append(.init(heading: input.text(.uiProjectionTitle), blocks: [.list(needs)]))
    }
    let topics = moves.topics.map { move in
      input.topicName(move.topic.id) + ": " + input.statusWord(move.from) + " → "
        + input.statusWord(move.to) + (move.agreement.map { " · " + $0 } ?? "")
    }
    if !topics.isEmpty {
      sections.append(.init(heading: input.text(.uiTopicsTitle), blocks: [.list(topics)]))
    }
    let rounds: [String] = moves.rounds.compactMap { number in
      guard end.dilemmaRounds.indices.contains(number - 1) else { return nil }
      let round = end.dilemmaRounds[number - 1]
      let title = input.content.dilemmas.card(round.cardID)?.title[input.language] ?? round.cardID
      return input.text(.uiRound, ["number": "\(number)"]) + ": " + title
        + (round.outcome.isEmpty ? "" : " · " + round.outcome)
    }
    if !rounds.isEmpty {
      sections.append(.init(heading: input.text(.exportDilemmaRounds), blocks: [.list(rounds)]))
    }
    return sections
  }

  /// The items of `later` that are new or read differently than in `earlier`, as they stand in
  /// `later`: a decision taken, or one whose status changed, in the session.
  static func changed<Item: Equatable>(
    _ later: [Item], since earlier: [Item], by number: KeyPath<Item, Int>
  ) -> [Item] {
    let before = Dictionary(
      earlier.map { ($0[keyPath: number], $0) }, uniquingKeysWith: { first, _ in first })
    return later.filter { before[$0[keyPath: number]] != $0 }
  }
}
