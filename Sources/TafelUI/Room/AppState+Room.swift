import Foundation
import TafelCore

extension AppState {
  /// The room's actions: the facilitator's keys and what the server and the phones ask.
  mutating func runRoom(_ action: Action) {
    switch action {
    case .toggleRoom: toggleRoom()
    case .releaseClaim: releaseSelectedClaim()
    case .toggleOwnProfiles:
      room.ownProfileAllowed.toggle()
      notice = Message(room.ownProfileAllowed ? .roomOwnProfilesOn : .roomOwnProfilesOff)
    case .room(let request): take(request)
    default: break
    }
  }

  private mutating func toggleRoom() {
    switch room.status {
    case .closed:
      guard !isReadOnly else {
        notice = Message(.roomReadOnly)
        return
      }
      room.status = .opening
      notice = Message(.roomOpening)
    case .opening, .open:
      // A closed room forgets who had which phone: the tokens are worth nothing from now on.
      room.status = .closed
      room.claims = [:]
      notice = Message(.roomClosed)
    }
  }

  /// The person the facilitator points at: the cursor while choices are collected, else the
  /// Team list's selection.
  private var pointedParticipant: Participant? {
    if wall.screen == .dilemma, currentRound?.stage == .collecting {
      let people = workshop.participants
      return people.indices.contains(dilemma.participantCursor)
        ? people[dilemma.participantCursor] : nil
    }
    return selectedParticipant
  }

  private mutating func releaseSelectedClaim() {
    guard let person = pointedParticipant else { return }
    let name = displayName(person)
    if room.claims.removeValue(forKey: person.id) == nil {
      notice = Message(.roomNotClaimed, ["name": name])
    } else {
      notice = Message(.roomReleased, ["name": name])
    }
  }

  private mutating func take(_ request: RoomAction) {
    switch request {
    case .opened(let url, let code):
      // Closed again before the server was up: the server sees that and stops.
      guard room.status == .opening else { return }
      room.status = .open(url: url, code: code)
      wall.showsJoin = true
      notice = Message(.roomOpened, ["url": url, "code": code])
    case .failedToOpen(let reason):
      guard room.status == .opening else { return }
      room.status = .closed
      notice = Message(.roomOpenFailed, ["reason": reason])
    case .claim(let ticket, let participant, let token):
      room.record(ticket, claim(participant, token: token))
    case .release(let ticket, let token):
      guard room.isOpen else { return room.record(ticket, .refused(.roomClosed)) }
      guard let participant = room.participant(holding: token) else {
        return room.record(ticket, .refused(.unknownToken))
      }
      room.claims[participant] = nil
      room.record(ticket, .accepted())
    case .answer(let ticket, let token, let round, let option):
      room.record(ticket, answer(token: token, round: round, option: option))
    case .propose(let ticket, let token, let text):
      room.record(ticket, propose(token: token, text: text))
    }
  }

  private mutating func claim(_ participant: String, token: String) -> RoomResult {
    guard room.isOpen else { return .refused(.roomClosed) }
    guard !isReadOnly else { return .refused(.readOnly) }
    guard workshop.participants.contains(where: { $0.id == participant }) else {
      return .refused(.unknownParticipant)
    }
    if let held = room.claims[participant] {
      // The same phone asking again (a retry after a lost answer) holds it already.
      return RoomToken.equal(held.token, token) ? .accepted() : .refused(.alreadyClaimed)
    }
    guard RoomToken.isWellFormed(token) else { return .refused(.unknownToken) }
    room.claims[participant] = RoomClaim(token: token)
    return .accepted()
  }

  /// One choice per person per round: the round's choices are kept by person, so a second
  /// answer from the same phone replaces the first and counts once. Only the current round,
  /// only while it collects, only for the person the token belongs to.
  private mutating func answer(token: String, round: Int, option: Int) -> RoomResult {
    guard room.isOpen else { return .refused(.roomClosed) }
    guard let participant = room.participant(holding: token) else {
      return .refused(.unknownToken)
    }
    guard !isReadOnly else { return .refused(.readOnly) }
    guard round == workshop.dilemmaRounds.count, currentRound?.stage == .collecting,
      let card = currentCard
    else { return .refused(.roundNotCollecting) }
    guard card.options.indices.contains(option) else { return .refused(.noSuchOption) }
    // Not an undo step: the facilitator's Ctrl-Z must not take back a participant's answer.
    guard apply(.setChoice(round: round, participant: participant, option: option), undo: .none)
    else { return .refused(.readOnly) }
    room.phoneAnswers[participant] = PhoneAnswer(round: round, option: option)
    return .accepted()
  }

  /// Whether the comfort round is up: the Impasse view's comfort part, as the room sees it.
  public var comfortRoundIsUp: Bool {
    wall.screen == .impasse && wall.impasseSection == .comfort
  }

  private mutating func propose(token: String, text: String) -> RoomResult {
    guard room.isOpen else { return .refused(.roomClosed) }
    guard let participant = room.participant(holding: token),
      let person = workshop.participants.first(where: { $0.id == participant })
    else { return .refused(.unknownToken) }
    guard comfortRoundIsUp else { return .refused(.comfortClosed) }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, trimmed.count <= RoomState.proposalLimit,
      TextSafety.firstControlCharacter(in: trimmed) == nil
    else { return .refused(.badText) }
    let waiting = room.comfortQueue.filter {
      $0.participantID == participant && status(of: $0) == .waiting
    }
    guard waiting.count < RoomState.proposalsPerPerson else {
      return .refused(.tooManyProposals)
    }
    room.proposalsMade += 1
    let id = "p\(room.proposalsMade)"
    room.comfortQueue.append(
      ComfortProposal(
        id: id, participantID: participant, organisationID: person.organisationID, text: trimmed))
    return .accepted(id: id)
  }

  /// The facilitator keying a choice for a person overrules what their phone said: from then on
  /// the phone's answer is no longer one to keep.
  mutating func forgetPhoneAnswer(overwrittenBy action: Action) {
    guard !room.phoneAnswers.isEmpty, !dilemma.countingHands else { return }
    switch action {
    case .choose, .clearChoice:
      let people = workshop.participants
      if people.indices.contains(dilemma.participantCursor) {
        room.phoneAnswers[people[dilemma.participantCursor].id] = nil
      }
    default: break
    }
  }

  /// After any action: claims of people no longer in the workshop end, and answers a phone was
  /// told are in stay in. An undo (or Esc out of a person's form) puts back the workshop as it
  /// was before the facilitator's edit, without what phones answered meanwhile; those answers
  /// are applied again here, as the game's progress is (`keepingGameProgress`).
  mutating func keepRoomInStep(after action: Action) {
    if !room.claims.isEmpty {
      let present = Set(workshop.participants.map(\.id))
      if room.claims.keys.contains(where: { !present.contains($0) }) {
        room.claims = room.claims.filter { present.contains($0.key) }
      }
    }
    guard !room.phoneAnswers.isEmpty, !isReadOnly else { return }
    let round = workshop.dilemmaRounds.count
    guard let current = currentRound else { return }
    let present = Set(workshop.participants.map(\.id))
    for (participant, answer) in room.phoneAnswers.sorted(by: { $0.key < $1.key })
    where answer.round == round && present.contains(participant)
      && current.choices[participant] != answer.option
    {
      apply(.setChoice(round: round, participant: participant, option: answer.option), undo: .none)
    }
  }
}
