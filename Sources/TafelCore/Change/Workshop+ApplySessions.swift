extension Workshop {
  /// The session open now, with its number (from 1), if any.
  public var openSession: (number: Int, session: Session)? {
    guard let last = sessions.last, last.isOpen else { return nil }
    return (sessions.count, last)
  }

  public func session(_ number: Int) -> Session? {
    sessions.indices.contains(number - 1) ? sessions[number - 1] : nil
  }

  public func decision(_ number: Int) -> Decision? { decisions.first { $0.number == number } }

  public func action(_ number: Int) -> ActionItem? { actions.first { $0.number == number } }

  /// The number the next decision gets: one past the highest, so numbers run on.
  public var nextDecisionNumber: Int { (decisions.map(\.number).max() ?? 0) + 1 }

  public var nextActionNumber: Int { (actions.map(\.number).max() ?? 0) + 1 }

  private mutating func updateSession(_ number: Int, _ edit: (inout Session) -> Void) {
    guard sessions.indices.contains(number - 1) else { return }
    edit(&sessions[number - 1])
  }

  private mutating func updateDecision(_ number: Int, _ edit: (inout Decision) -> Void) {
    guard let index = decisions.firstIndex(where: { $0.number == number }) else { return }
    edit(&decisions[index])
  }

  private mutating func updateAction(_ number: Int, _ edit: (inout ActionItem) -> Void) {
    guard let index = actions.firstIndex(where: { $0.number == number }) else { return }
    edit(&actions[index])
  }

  mutating func applyToSessions(_ change: WorkshopChange) {
    switch change {
    case .startSession(let session):
      guard openSession == nil else { return }
      sessions.append(session)
    case .closeSession(let number, let time):
      updateSession(number) { $0.closedAt = time }
    case .reopenSession(let number):
      // Only the last session can be open: the journal's later changes belong to it.
      guard number == sessions.count else { return }
      updateSession(number) { $0.closedAt = nil }
    case .setSessionTitle(let number, let title): updateSession(number) { $0.title = title }
    case .setSessionDate(let number, let date): updateSession(number) { $0.date = date }
    case .setPresent(let number, let id, let present):
      let known = participants.contains { $0.id == id }
      let order = participants.map(\.id)
      updateSession(number) { session in
        var chosen = Set(session.present)
        if present {
          guard known else { return }
          chosen.insert(id)
        } else {
          chosen.remove(id)
        }
        // In the workshop's order, so the file does not change by the order of ticking; ids of
        // people removed since stay at the end, in their old order.
        let ordered = order.filter { chosen.contains($0) }
        let gone = session.present.filter { chosen.contains($0) && !ordered.contains($0) }
        session.present = ordered + gone
      }
    case .setGuests(let number, let guests): updateSession(number) { $0.guests = guests }
    default: applyToDecisions(change)
    }
  }

  private mutating func applyToDecisions(_ change: WorkshopChange) {
    switch change {
    case .addDecision(let decision):
      guard self.decision(decision.number) == nil, decision.number > 0 else { return }
      decisions.append(decision)
    case .setDecisionText(let number, let text): updateDecision(number) { $0.text = text }
    case .setDecisionStatus(let number, let status): updateDecision(number) { $0.status = status }
    case .setDecisionTopic(let number, let topic): updateDecision(number) { $0.topic = topic }
    case .setDecisionRound(let number, let round): updateDecision(number) { $0.round = round }
    case .reviseDecision(let number, let revision):
      guard decision(number) != nil, decision(revision.number) == nil, revision.number > 0
      else { return }
      updateDecision(number) { $0.status = .revised }
      var revision = revision
      revision.replaces = number
      decisions.append(revision)
    case .addAction(let action):
      guard self.action(action.number) == nil, action.number > 0 else { return }
      actions.append(action)
    case .setActionText(let number, let text): updateAction(number) { $0.text = text }
    case .setActionOwner(let number, let participant, let organisation):
      updateAction(number) { action in
        action.participant = participant
        action.organisation = participant == nil ? organisation : nil
      }
    case .setActionDue(let number, let due): updateAction(number) { $0.due = due }
    case .setActionDone(let number, let done): updateAction(number) { $0.done = done }
    case .removeAction(let number): actions.removeAll { $0.number == number }
    case .restore(let parts): restore(parts)
    default: break
    }
  }
}
