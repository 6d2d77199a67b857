import TafelCore

/// The sessions, the decision list and the action list as rows of text, for every report
/// format alike. Decisions and actions are said in the room, so both audiences get them; an
/// anonymous report names a person who has an action as "participant 3", an organisation by name.
extension ReportInput {
  struct Table {
    var title: String
    var header: [String]
    var rows: [[String]]
  }

  var historyTables: [Table] {
    [sessionsTable, decisionsTable, actionsTable].compactMap { $0 }
  }

  var sessionsTable: Table? {
    let sessions = workshop.sessions
    guard !sessions.isEmpty else { return nil }
    let known = Set(workshop.participants.map(\.id))
    return Table(
      title: text(.uiSessionsTitle),
      header: [
        text(.exportNumber), text(.exportDate), text(.exportTitle), text(.exportPresent),
        text(.exportGuests),
      ],
      rows: sessions.enumerated().map { index, session in
        let present = workshop.participants.filter { session.present.contains($0.id) }
        let gone = session.present.filter { !known.contains($0) }.count
        var names =
          anonymous
          ? "\(present.count + gone)" : present.map { name(of: $0) }.joined(separator: ", ")
        if !anonymous, gone > 0 {
          names += (names.isEmpty ? "" : ", ") + text(.exportRemovedPeople, ["count": "\(gone)"])
        }
        return [
          "\(index + 1)", session.date, session.title, names,
          anonymous ? "\(session.guests.count)" : session.guests.joined(separator: ", "),
        ]
      })
  }

  var decisionsTable: Table? {
    let decisions = workshop.decisions
    guard !decisions.isEmpty else { return nil }
    return Table(
      title: text(.uiDecisionsTitle),
      header: [
        text(.exportNumber), text(.exportSession), text(.exportDate), text(.exportDecision),
        text(.exportStatus),
        text(.exportRemark),
      ],
      rows: decisions.map { decision in
        var remarks: [String] = []
        if let replaced = decision.replaces {
          remarks.append(text(.uiDecisionReplaces, ["number": "\(replaced)"]))
        }
        if let later = decisions.first(where: { $0.replaces == decision.number }) {
          remarks.append(text(.uiDecisionReplacedBy, ["number": "\(later.number)"]))
        }
        if let topic = decision.topic {
          remarks.append(text(.uiDecisionTopic, ["topic": topicName(topic)]))
        }
        if let round = decision.round {
          remarks.append(text(.uiDecisionRound, ["number": "\(round)"]))
        }
        return [
          "\(decision.number)", decision.session.map { "\($0)" } ?? "", decision.date,
          decision.text, text(decision.status.stringKey), remarks.joined(separator: "; "),
        ]
      })
  }

  var actionsTable: Table? {
    let actions = workshop.actions
    guard !actions.isEmpty else { return nil }
    return Table(
      title: text(.uiActionsTitle),
      header: [
        text(.exportNumber), text(.exportSession), text(.exportAction), text(.exportWho),
        text(.exportDue),
        text(.exportDone),
      ],
      rows: actions.map { action in
        [
          "\(action.number)", action.session.map { "\($0)" } ?? "", action.text, owner(of: action),
          action.due ?? "", action.done ? text(.exportYes) : text(.exportNo),
        ]
      })
  }

  func owner(of action: ActionItem) -> String {
    if let id = action.participant {
      return workshop.participants.first { $0.id == id }.map(name(of:)) ?? text(.presentRemoved)
    }
    if let id = action.organisation { return organisationName(id) }
    return ""
  }
}
