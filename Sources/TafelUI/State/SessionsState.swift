import TafelCore

/// The parts of the Sessions screen: the sessions with who is present, the decision list and the
/// action list. ←/→ move between them.
public enum SessionsSection: String, CaseIterable, Sendable {
  case sessions, decisions, actions
}

/// One selectable row of the Sessions screen.
public enum SessionsRow: Equatable, Sendable {
  case session(Int)
  /// A participant's tick for the session in focus.
  case present(participantID: String)
  case guests
  case decision(Int)
  case action(Int)
}

/// Where the facilitator is on the Sessions screen: theirs alone, not the room's.
public struct SessionsViewState: Equatable, Sendable {
  public var section: SessionsSection = .sessions
  public var cursor = 0
  /// The session whose presence is shown and ticked; nil means the open one, else the last.
  public var focus: Int?

  public init() {}
}

extension AppState {
  /// The session whose presence the screen shows: the one chosen with ⏎, else the open one,
  /// else the last.
  public var focusedSession: Int? {
    if let focus = sessionsView.focus, workshop.session(focus) != nil { return focus }
    return workshop.sessions.isEmpty ? nil : workshop.sessions.count
  }

  /// The rows of the section on screen, in order.
  public var sessionsRows: [SessionsRow] {
    switch sessionsView.section {
    case .sessions:
      var rows = workshop.sessions.indices.map { SessionsRow.session($0 + 1) }
      if focusedSession != nil {
        rows += workshop.participants.map { .present(participantID: $0.id) }
        rows.append(.guests)
      }
      return rows
    case .decisions: return workshop.decisions.map { .decision($0.number) }
    case .actions: return workshop.actions.map { .action($0.number) }
    }
  }

  public var selectedSessionsRow: SessionsRow? {
    let rows = sessionsRows
    return rows.indices.contains(sessionsView.cursor) ? rows[sessionsView.cursor] : nil
  }

  /// Today as the clock gives it, yyyy-mm-dd; empty before the first tick.
  var today: String { String(now.prefix(10)) }
}
