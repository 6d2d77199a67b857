extension ChangeWords {
  /// Who does an action, in words: a person's name, an organisation's, or "nobody yet".
  func owner(participant: String?, organisation: String?) -> String {
    if let participant { return name(participant) }
    if let organisation { return organisationName(organisation) }
    return say(.changeNobody)
  }

  func sessionMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .startSession(let session):
      return Message(
        .changeSessionStarted,
        ["number": "\(before.sessions.count + 1)", "title": orEmpty(session.title)])
    case .closeSession(let number, _):
      return Message(.changeSessionClosed, ["number": "\(number)"])
    case .reopenSession(let number):
      return Message(.changeSessionReopened, ["number": "\(number)"])
    case .setSessionTitle(let number, let title):
      return Message(
        .changeSessionTitle,
        [
          "number": "\(number)", "from": orEmpty(before.session(number)?.title ?? ""),
          "to": orEmpty(title),
        ])
    case .setSessionDate(let number, let date):
      return Message(
        .changeSessionDate,
        ["number": "\(number)", "from": before.session(number)?.date ?? "", "to": date])
    case .setPresent(let number, let id, let present):
      return Message(
        present ? .changePresent : .changeAbsent, ["name": name(id), "number": "\(number)"])
    case .setGuests(let number, let guests):
      return Message(
        .changeGuests,
        [
          "number": "\(number)",
          "guests": guests.isEmpty ? say(.changeNone) : guests.joined(separator: ", "),
        ])
    default: return decisionMessage(change)
    }
  }

  private func decisionMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .addDecision(let decision):
      return Message(
        .changeDecisionAdded, ["number": "\(decision.number)", "text": orEmpty(decision.text)])
    case .setDecisionText(let number, let text):
      return Message(.changeDecisionText, ["number": "\(number)", "text": orEmpty(text)])
    case .setDecisionStatus(let number, let status):
      return Message(
        .changeDecisionStatus,
        [
          "number": "\(number)",
          "from": say((before.decision(number)?.status ?? .proposal).stringKey),
          "to": say(status.stringKey),
        ])
    case .setDecisionTopic(let number, let topic):
      return Message(
        .changeDecisionTopic,
        ["number": "\(number)", "topic": topic.map(topicName) ?? say(.changeNone)])
    case .setDecisionRound(let number, let round):
      return Message(
        .changeDecisionRound,
        ["number": "\(number)", "round": round.map { "\($0)" } ?? say(.changeNone)])
    case .reviseDecision(let number, let revision):
      return Message(
        .changeDecisionRevised,
        ["number": "\(number)", "revision": "\(revision.number)", "text": orEmpty(revision.text)])
    default: return actionMessage(change)
    }
  }

  private func actionMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .addAction(let action):
      return Message(
        .changeActionAdded, ["number": "\(action.number)", "text": orEmpty(action.text)])
    case .setActionText(let number, let text):
      return Message(.changeActionText, ["number": "\(number)", "text": orEmpty(text)])
    case .setActionOwner(let number, let participant, let organisation):
      return Message(
        .changeActionOwner,
        ["number": "\(number)", "who": owner(participant: participant, organisation: organisation)])
    case .setActionDue(let number, let due):
      return Message(.changeActionDue, ["number": "\(number)", "due": due ?? say(.changeNoDate)])
    case .setActionDone(let number, let done):
      return Message(done ? .changeActionDone : .changeActionReopened, ["number": "\(number)"])
    case .removeAction(let number):
      return Message(.changeActionRemoved, ["number": "\(number)"])
    case .restore: return Message(.changeRestored)
    default: return Message(.changeNothing)
    }
  }
}

extension DecisionStatus {
  public var stringKey: StringKey {
    switch self {
    case .proposal: .decisionProposal
    case .decided: .decisionDecided
    case .pendingSupervisors: .decisionPendingSupervisors
    case .pendingConstituency: .decisionPendingConstituency
    case .revised: .decisionRevised
    case .withdrawn: .decisionWithdrawn
    }
  }
}
