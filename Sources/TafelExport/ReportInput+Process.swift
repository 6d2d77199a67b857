import TafelCore

/// The whole process in one report: every session in order with its minutes, as
/// `tafel export --session N` gives them, each replayed once from the journal.
extension ReportInput {
  struct SessionMinutes {
    var number: Int
    /// "Sessie 2 · 2026-02-09 · Belangen".
    var heading: String
    var sections: [Minutes.Section]
  }

  var sessionMinutes: [SessionMinutes] {
    let sessions = workshop.sessions
    guard !sessions.isEmpty else { return [] }
    let ends = workshop.sessionEnds
    return sessions.enumerated().map { index, session in
      let number = index + 1
      let heading = [
        text(.exportSessionMeta, ["number": "\(number)", "date": session.date]), session.title,
      ].filter { !$0.isEmpty }.joined(separator: " · ")
      return SessionMinutes(
        number: number, heading: heading,
        sections: MinutesBuilder.sections(
          ofSession: number, from: index > 0 ? ends[index - 1] : workshop.emptied,
          to: ends[index], self))
    }
  }

  /// Whether the report is about a process (sessions, decisions or actions), so a CSV export
  /// gives its minutes rather than the participants' list (`ProcessCSV`).
  var hasProcess: Bool {
    guard !participantList else { return false }
    return !workshop.sessions.isEmpty || !workshop.decisions.isEmpty || !workshop.actions.isEmpty
  }
}
