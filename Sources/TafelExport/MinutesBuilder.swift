import TafelCore

/// The minutes of one session, decided once from the model (`Minutes` writes them as HTML,
/// Markdown or CSV): who was present, the decisions and actions of that session, what moved in
/// the comfort round and the formalisation topics, and the dilemma rounds played. The workshop
/// is replayed from its journal to the session's start and end, so the minutes of session 2
/// read the same after session 5.
public enum MinutesBuilder {
  public static func session(_ number: Int, of input: ReportInput) -> Minutes? {
    let full = input.workshop
    guard full.sessions.indices.contains(number - 1) else { return nil }
    let session = full.sessions[number - 1]
    let end = session.isOpen ? full.withoutJournal : full.replayed(throughSession: number)
    let start = number > 1 ? full.replayed(throughSession: number - 1) : full.emptied
    let endInput = input.about(end)
    let moves = WorkshopMoves(from: start, to: end)
    var sections: [Minutes.Section] = []
    let people = end.participants.filter { session.present.contains($0.id) }
    let removed = session.present.filter { Forgetting.isRemovedKey($0) }.count
    var present =
      input.anonymous
      ? ["\(people.count + removed)"]
      : people.map { endInput.name(of: $0) }
        + Array(repeating: input.text(.forgetRemovedParticipant), count: removed)
    if present.isEmpty { present = [input.text(.uiNoOne)] }
    var presence: [Minutes.Block] = [.paragraph(present.joined(separator: ", "))]
    if !session.guests.isEmpty, !input.anonymous {
      presence.append(
        .paragraph(input.text(.uiGuests, ["guests": session.guests.joined(separator: ", ")])))
    }
    sections.append(.init(heading: input.text(.exportParticipants), blocks: presence))
    let decisions = full.decisions.filter { $0.session == number }
    if !decisions.isEmpty {
      sections.append(
        .init(
          heading: input.text(.uiDecisionsTitle),
          blocks: [
            .table(
              header: ["#", input.text(.exportNote), input.text(.exportStatus)],
              rows: decisions.map { ["\($0.number)", $0.text, input.text($0.status.stringKey)] })
          ]))
    }
    let actions = full.actions.filter { $0.session == number }
    if !actions.isEmpty {
      sections.append(
        .init(
          heading: input.text(.uiActionsTitle),
          blocks: [
            .table(
              header: ["#", input.text(.exportNote), "", ""],
              rows: actions.map { action in
                let who =
                  action.participant.map { id in
                    input.anonymous || Forgetting.isRemovedKey(id)
                      ? input.text(.forgetRemovedParticipant)
                      : end.participants.first { $0.id == id }.map(endInput.name(of:)) ?? id
                  } ?? action.organisation.map(input.organisationName) ?? ""
                return ["\(action.number)", action.text, who, action.due ?? ""]
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
    return Minutes(
      title: full.title + " · " + session.title,
      meta: input.text(.exportSessionMeta, ["number": "\(number)", "date": session.date]),
      banner: input.forFacilitator ? input.text(.exportForFacilitatorBanner) : nil,
      language: input.language, sections: sections)
  }
}
