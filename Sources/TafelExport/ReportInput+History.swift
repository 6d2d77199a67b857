import TafelCore

/// The decision list and the action list as rows of text, for every report format alike. Decisions and actions are said in the room, so both audiences get them; an
/// anonymous report names a person who has an action as "participant 3", an organisation by name.
extension ReportInput {
  struct Table {
    var title: String
    var header: [String]
    var rows: [[String]]
  }

  /// The running lists after the sessions' minutes (`sessionMinutes`).
  var historyTables: [Table] {
    [decisionsTable, actionsTable].compactMap { $0 }
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
          "\(action.number)", action.session.map { "\($0)" } ?? "", action.text,
          owner(of: action),
          action.due ?? "", action.done ? text(.exportYes) : text(.exportNo),
        ]
      })
  }

  /// Who does an action, as this report names them: anonymous, a person is "participant 3" by
  /// their place in the workshop now; someone no longer in it (`moment` is the workshop when the
  /// action was written down, which may still have them) is named only in a report with names.
  func owner(of action: ActionItem, in moment: Workshop? = nil) -> String {
    if let id = action.participant {
      if anonymous {
        return workshop.participants.firstIndex { $0.id == id }.map {
          text(.exportParticipantNumber, ["number": "\($0 + 1)"])
        } ?? text(.presentRemoved)
      }
      let person =
        workshop.participants.first { $0.id == id }
        ?? moment?.participants.first { $0.id == id }
      return person?.name ?? text(.presentRemoved)
    }
    if let id = action.organisation {
      return (workshop.organisation(withID: id) ?? moment?.organisation(withID: id))?.name ?? id
    }
    return ""
  }
}
