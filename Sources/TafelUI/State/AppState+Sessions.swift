import TafelCore

extension AppState {
  mutating func navigateSessions(_ action: Action) {
    switch action {
    case .stepSessionsSection(let delta):
      let all = SessionsSection.allCases
      let index = all.firstIndex(of: sessionsView.section) ?? 0
      sessionsView.section = all[((index + delta) % all.count + all.count) % all.count]
      sessionsView.cursor = 0
    case .moveSessionsCursor(let delta):
      let count = sessionsRows.count
      sessionsView.cursor = count == 0 ? 0 : min(max(0, sessionsView.cursor + delta), count - 1)
    default: break
    }
  }

  mutating func editSessions(_ action: Action) {
    guard mode == .browsing else { return }
    let row = selectedSessionsRow
    switch (action, row) {
    case (.activateSessionsRow, .session(let number)):
      sessionsView.focus = number
    case (.activateSessionsRow, .present(let id)):
      guard let number = focusedSession, let session = workshop.session(number) else { return }
      apply(.setPresent(session: number, participant: id, present: !session.present.contains(id)))
    case (.activateSessionsRow, .guests), (.startEditSessionsText, .guests):
      guard let number = focusedSession else { return }
      let guests = workshop.session(number)?.guests.joined(separator: ", ") ?? ""
      mode = .enteringText(TextEntry(purpose: .sessionGuests(number), text: guests))
    case (.activateSessionsRow, .decision(let number)),
      (.cycleDecisionStatus, .decision(let number)):
      guard let decision = workshop.decision(number) else { return }
      apply(.setDecisionStatus(decision: number, status: decision.status.next))
    case (.activateSessionsRow, .action(let number)):
      guard let item = workshop.action(number) else { return }
      apply(.setActionDone(action: number, done: !item.done))
    case (.startAddSessionsItem, _):
      switch sessionsView.section {
      case .sessions: startNewSession()
      case .decisions: mode = .enteringText(TextEntry(purpose: .newDecision))
      case .actions: mode = .enteringText(TextEntry(purpose: .newAction))
      }
    case (.startEditSessionsText, .session), (.startEditSessionsText, .present):
      guard let number = row.flatMap(sessionNumber) ?? focusedSession else { return }
      mode = .enteringText(
        TextEntry(purpose: .sessionTitle(number), text: workshop.session(number)?.title ?? ""))
    case (.startEditSessionsText, .decision(let number)):
      mode = .enteringText(
        TextEntry(purpose: .decisionText(number), text: workshop.decision(number)?.text ?? ""))
    case (.startEditSessionsText, .action(let number)):
      mode = .enteringText(
        TextEntry(purpose: .actionText(number), text: workshop.action(number)?.text ?? ""))
    case (.startEditSessionsDate, .session(let number)):
      mode = .enteringText(
        TextEntry(purpose: .sessionDate(number), text: workshop.session(number)?.date ?? ""))
    case (.startEditSessionsDate, .action(let number)):
      mode = .enteringText(
        TextEntry(purpose: .actionDue(number), text: workshop.action(number)?.due ?? ""))
    case (.startReviseDecision, .decision(let number)):
      mode = .enteringText(
        TextEntry(purpose: .reviseDecision(number), text: workshop.decision(number)?.text ?? ""))
    case (.chooseSessionsLink, .decision(let number)):
      mode = .picking(decisionTopicPicker(number))
    case (.chooseSessionsLink, .action(let number)):
      mode = .picking(actionOwnerPicker(number))
    case (.toggleSessionOpen, _):
      if let open = workshop.openSession {
        apply(.closeSession(session: open.number, at: now), undo: .none)
      } else if !workshop.sessions.isEmpty {
        apply(.reopenSession(session: workshop.sessions.count), undo: .none)
      }
    case (.requestRemoveAction, .action(let number)):
      mode = .confirmingRemoval(.action(number: number))
    default: break
    }
  }

  private func sessionNumber(_ row: SessionsRow) -> Int? {
    if case .session(let number) = row { number } else { nil }
  }

  /// A new session today, with the people present last time ticked (everyone, the first time):
  /// the room is mostly the same, and unticking is quicker than ticking fourteen names.
  private mutating func startNewSession() {
    mode = .enteringText(TextEntry(purpose: .newSession))
  }

  /// Commits text typed on the Sessions screen. A date that is no date keeps the field open.
  mutating func commitSessionsText(_ entry: TextEntry) {
    let text = entry.field.value.trimmingCharacters(in: .whitespaces)
    switch entry.purpose {
    case .newSession:
      mode = .browsing
      // Closing the one still open first: only the last session can be open.
      if let open = workshop.openSession {
        apply(.closeSession(session: open.number, at: now), undo: .none)
      }
      let present =
        workshop.sessions.last?.present ?? workshop.participants.map(\.id)
      let session = Session(
        date: today, title: text,
        present: present.filter { id in
          workshop.participants.contains { $0.id == id }
        }, startedAt: now)
      apply(.startSession(session: session), undo: .none)
      sessionsView.focus = nil
      sessionsView.cursor = max(0, workshop.sessions.count - 1)
      // What happened since last time is how the meeting opens.
      if workshop.sessions.count >= 2 { openSinceLastTime(session: workshop.sessions.count) }
    case .sessionTitle(let number):
      mode = .browsing
      apply(.setSessionTitle(session: number, title: text))
    case .sessionDate(let number):
      guard let date = SessionDates.calendarDate(text) else { return }
      mode = .browsing
      apply(.setSessionDate(session: number, date: date))
    case .sessionGuests(let number):
      mode = .browsing
      let guests = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      apply(.setGuests(session: number, guests: guests))
    case .newDecision, .reviseDecision:
      guard !text.isEmpty else { return }
      mode = .browsing
      let open = workshop.openSession
      let decision = Decision(
        number: workshop.nextDecisionNumber, session: open?.number,
        date: open?.session.date ?? today, text: text)
      if case .reviseDecision(let old) = entry.purpose {
        var revision = decision
        // A revision keeps what the old one was about and where it stood.
        revision.topic = workshop.decision(old)?.topic
        revision.round = workshop.decision(old)?.round
        revision.status = workshop.decision(old)?.status == .proposal ? .proposal : .decided
        apply(.reviseDecision(decision: old, revision: revision))
      } else {
        apply(.addDecision(decision: decision))
      }
      sessionsView.cursor = max(0, workshop.decisions.count - 1)
    case .decisionText(let number):
      guard !text.isEmpty else { return }
      mode = .browsing
      apply(.setDecisionText(decision: number, text: text))
    case .newAction:
      guard !text.isEmpty else { return }
      mode = .browsing
      let number = workshop.nextActionNumber
      apply(
        .addAction(
          action: ActionItem(number: number, session: workshop.openSession?.number, text: text)))
      sessionsView.cursor = max(0, workshop.actions.count - 1)
      // Who does it comes straight after what.
      mode = .picking(actionOwnerPicker(number))
    case .actionText(let number):
      guard !text.isEmpty else { return }
      mode = .browsing
      apply(.setActionText(action: number, text: text))
    case .actionDue(let number):
      if text.isEmpty {
        mode = .browsing
        apply(.setActionDue(action: number, due: nil))
        return
      }
      guard let date = SessionDates.calendarDate(text) else { return }
      mode = .browsing
      apply(.setActionDue(action: number, due: date))
    default: break
    }
  }

  func decisionTopicPicker(_ number: Int) -> Picker {
    let options =
      [Picker.Option(id: nil, label: "")]
      + allTopics.map { topic in
        Picker.Option(
          id: topic.id,
          label: impasseContent.topic(topic.id)?.name[language] ?? topic.title ?? topic.id)
      }
    return Picker(
      purpose: .decisionTopic(number: number), options: options,
      selectedID: workshop.decision(number)?.topic)
  }

  /// Every organisation, then everyone by name: an action is for a whole party or a person.
  /// Organisations come first so that typing a party's name finds the party, not its first
  /// delegate (whose line names the party too).
  func actionOwnerPicker(_ number: Int) -> Picker {
    let item = workshop.action(number)
    let options =
      [Picker.Option(id: nil, label: "")]
      + workshop.organisations.map { Picker.Option(id: "o:" + $0.id, label: $0.name) }
      + workshop.participants.map { person in
        let organisation = workshop.organisation(withID: person.organisationID)?.shortName ?? ""
        return Picker.Option(id: "p:" + person.id, label: person.name + " (" + organisation + ")")
      }
    let selected = item?.participant.map { "p:" + $0 } ?? item?.organisation.map { "o:" + $0 }
    return Picker(purpose: .actionOwner(number: number), options: options, selectedID: selected)
  }

  mutating func commitSessionsPick(_ purpose: Picker.Purpose, _ option: Picker.Option) {
    switch purpose {
    case .decisionTopic(let number):
      apply(.setDecisionTopic(decision: number, topic: option.id))
    case .actionOwner(let number):
      let id = option.id ?? ""
      let participant = id.hasPrefix("p:") ? String(id.dropFirst(2)) : nil
      let organisation = id.hasPrefix("o:") ? String(id.dropFirst(2)) : nil
      apply(.setActionOwner(action: number, participant: participant, organisation: organisation))
    default: break
    }
  }

  mutating func removeAction(_ number: Int) {
    mode = .browsing
    apply(.removeAction(action: number))
    sessionsView.cursor = min(sessionsView.cursor, max(0, sessionsRows.count - 1))
  }
}

extension TextEntry.Purpose {
  var isSessionsText: Bool {
    switch self {
    case .newSession, .sessionTitle, .sessionDate, .sessionGuests, .newDecision, .decisionText,
      .reviseDecision, .newAction, .actionText, .actionDue:
      true
    default: false
    }
  }
}

extension DecisionStatus {
  /// The next status for `s`; revised is reached only by revising.
  var next: DecisionStatus {
    let cycle: [DecisionStatus] = [
      .proposal, .decided, .pendingSupervisors, .pendingConstituency, .withdrawn,
    ]
    return cycle[((cycle.firstIndex(of: self) ?? -1) + 1) % cycle.count]
  }
}

/// Dates as a facilitator types them: 2026-03-09, or the Dutch 9-3-2026 and 09-03-2026.
enum SessionDates {
  static func calendarDate(_ text: String) -> String? {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
      .map(String.init)
    guard parts.count == 3, parts.allSatisfy({ Int($0) != nil }) else { return nil }
    let (year, month, day) =
      parts[0].count == 4 ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
    guard year.count == 4, let monthNumber = Int(month), let dayNumber = Int(day) else {
      return nil
    }
    let date = year + "-" + twoDigits(monthNumber) + "-" + twoDigits(dayNumber)
    return Workshop.isCalendarDate(date) ? date : nil
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
