extension Workshop {
  /// Problems in the sessions, decisions, actions and journal: numbers that repeat or point
  /// nowhere, dates that are no dates. The journal's changes themselves are history and are not
  /// judged; a change naming something gone changes nothing when replayed.
  func validateHistory() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    for (index, session) in sessions.enumerated() {
      let path: FieldPath = [.key("sessions"), .index(index)]
      if !Self.isCalendarDate(session.date) {
        problems.append(.init(.badDate(session.date), at: path.appending("date")))
      }
      problems += Self.lineProblems(session.title, at: path.appending("title"))
      if session.isOpen, index != sessions.count - 1 {
        problems.append(.init(.sessionStillOpen, at: path))
      }
    }
    var numbers = Set<Int>()
    for (index, decision) in decisions.enumerated() {
      let path: FieldPath = [.key("decisions"), .index(index)]
      if decision.number < 1 || !numbers.insert(decision.number).inserted {
        problems.append(.init(.badNumber(decision.number), at: path.appending("number")))
      }
      problems += sessionProblems(decision.session, at: path.appending("session"))
      if !Self.isCalendarDate(decision.date) {
        problems.append(.init(.badDate(decision.date), at: path.appending("date")))
      }
      if decision.text.isBlank { problems.append(.init(.emptyText, at: path.appending("text"))) }
    }
    let decisionNumbers = Set(decisions.map(\.number))
    for (index, decision) in decisions.enumerated() {
      if let replaced = decision.replaces, !decisionNumbers.contains(replaced) {
        problems.append(
          .init(.badNumber(replaced), at: [.key("decisions"), .index(index), .key("replaces")]))
      }
    }
    numbers = []
    for (index, action) in actions.enumerated() {
      let path: FieldPath = [.key("actions"), .index(index)]
      if action.number < 1 || !numbers.insert(action.number).inserted {
        problems.append(.init(.badNumber(action.number), at: path.appending("number")))
      }
      problems += sessionProblems(action.session, at: path.appending("session"))
      if let due = action.due, !Self.isCalendarDate(due) {
        problems.append(.init(.badDate(due), at: path.appending("due")))
      }
      if action.text.isBlank { problems.append(.init(.emptyText, at: path.appending("text"))) }
    }
    for (index, entry) in journal.enumerated() {
      problems += sessionProblems(
        entry.session, at: [.key("journal"), .index(index), .key("session")])
    }
    return problems
  }

  private func sessionProblems(_ number: Int?, at path: FieldPath) -> [ValidationProblem] {
    guard let number, !sessions.indices.contains(number - 1) else { return [] }
    return [.init(.badNumber(number), at: path)]
  }
}
