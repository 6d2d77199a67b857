import TafelCore

/// "Sinds vorige keer" (issue 16): what changed since the last session ended, shown when a
/// session starts and again with `v` on the Sessions screen. Decisions, actions, comfort needs
/// and topics, people and the group profile, each part only when something moved; what does not
/// fit scrolls, and the last row says how much more there is.
///
/// On a screen the room can see (`WallState.screenIsPublic`) it keeps to the wall's rule: first
/// names, people counted rather than named beside the profile, and no one's scores.
enum SinceLastTimeView {
  static func render(
    _ since: SinceLastTime?, scroll: Int, state: AppState, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    guard let since else {
      let inside = grid.overlay(
        rect, title: context.text(.scopeSinceLastTime, [:], language), context: context)
      grid.paragraph(
        context.text(.uiSinceNoEarlier, [:], language), in: inside.inset(by: 1), style: theme.dim)
      return
    }
    let title = context.text(
      .uiSinceTitle,
      [
        "from": "\(since.earlier.number)", "fromDate": since.earlier.date,
        "to": "\(since.later.number)", "toDate": since.later.date,
      ], language)
    let inside = grid.overlay(rect, title: title, context: context)
    guard inside.width > 4, inside.height > 0 else { return }
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    let rows = self.rows(
      lines(since, public: state.wall.screenIsPublic, state: state, context: context),
      width: body.width)
    let top = min(max(0, scroll), max(0, rows.count - body.height))
    var shown = Array(rows.dropFirst(top).prefix(body.height))
    let rest = rows.count - top - shown.count
    if rest > 0, !shown.isEmpty {
      shown[shown.count - 1] = HistoryText.Line(
        text: context.text(.uiSinceMore, ["count": "\(rest + 1)"], language), style: theme.dim)
    }
    for (offset, row) in shown.enumerated() {
      grid.write(
        row.text, x: body.x + row.indent, y: body.y + offset, style: row.style,
        limit: body.width - row.indent)
    }
  }

  /// The lines wrapped to `width`, one per screen row, each keeping its style and indent.
  static func rows(_ lines: [HistoryText.Line], width: Int) -> [HistoryText.Line] {
    lines.flatMap { line -> [HistoryText.Line] in
      guard !line.text.isEmpty else { return [line] }
      return TextWrap.lines(line.text, width: max(1, width - line.indent)).map {
        HistoryText.Line(text: $0, style: line.style, indent: line.indent)
      }
    }
  }

  /// Everything that moved, by part; a part with nothing in it is left out.
  static func lines(
    _ since: SinceLastTime, public isPublic: Bool, state: AppState, context: RenderContext
  ) -> [HistoryText.Line] {
    let language = context.language
    let theme = context.theme
    let workshop = since.later.workshop
    var parts: [[HistoryText.Line]] = []

    var decisions: [HistoryText.Line] = []
    for move in since.decisions {
      let decision = move.decision
      var text = decision.text
      if let replaced = decision.replaces {
        text += " (" + context.text(.uiDecisionReplaces, ["number": "\(replaced)"], language) + ")"
      }
      let status = SessionsView.shortStatus(decision.status, context)
      let line =
        move.from.map { from in
          context.text(
            .uiSinceDecisionMoved,
            [
              "number": "\(decision.number)", "from": SessionsView.shortStatus(from, context),
              "to": status, "text": text,
            ], language)
        }
        ?? context.text(
          .uiSinceDecisionNew, ["number": "\(decision.number)", "status": status, "text": text],
          language)
      decisions.append(
        .init(text: line, style: decision.status == .decided ? theme.good : theme.normal))
    }
    if !decisions.isEmpty {
      parts.append(
        [.init(text: context.text(.uiDecisionsTitle, [:], language), style: theme.heading)]
          + decisions)
    }

    var actions: [HistoryText.Line] = []
    for action in since.due {
      let overdue = since.isOverdue(action)
      actions.append(
        .init(
          text: context.text(
            overdue ? .uiSinceActionOverdue : .uiSinceActionDue,
            [
              "number": "\(action.number)", "date": action.due ?? "", "text": action.text,
              "owner": owner(action, workshop, isPublic: isPublic, state: state, context),
            ], language), style: overdue ? theme.warning : theme.normal))
    }
    for action in since.done {
      actions.append(
        .init(
          text: context.text(
            .uiSinceActionDone,
            [
              "number": "\(action.number)", "text": action.text,
              "owner": owner(action, workshop, isPublic: isPublic, state: state, context),
            ], language), style: theme.dim))
    }
    if !actions.isEmpty {
      parts.append(
        [.init(text: context.text(.uiActionsTitle, [:], language), style: theme.heading)] + actions)
    }

    let moves = HistoryText.moves(
      since.moves, workshop: workshop, impasse: state.impasseContent, deck: state.dilemmaDeck,
      context: context)
    if !moves.isEmpty {
      parts.append(
        [.init(text: context.text(.uiSinceComfort, [:], language), style: theme.heading)] + moves)
    }

    var people: [HistoryText.Line] = []
    func names(_ list: [Participant]) -> String {
      list.map { isPublic ? state.wall.displayName($0) : $0.name }.joined(separator: ", ")
    }
    if !since.moves.addedPeople.isEmpty {
      people.append(
        .init(
          text: context.text(.uiSinceAdded, ["names": names(since.moves.addedPeople)], language),
          style: theme.normal))
    }
    if !since.moves.removedPeople.isEmpty {
      people.append(
        .init(
          text: context.text(
            .uiSinceRemoved, ["names": names(since.moves.removedPeople)], language),
          style: theme.normal))
    }
    let shift = since.shift(thresholds: context.content.rules.thresholds)
    if !shift.isEmpty {
      people += HistoryText.shift(
        shift, earlier: since.earlier.workshop, later: workshop, privacy: isPublic,
        context: context,
        presence: .init(
          joined: .uiSinceCame, left: .uiSinceAway, counted: .uiSinceCameAwayCount,
          named: Set(since.moves.addedPeople.map(\.id))))
    }
    if !people.isEmpty {
      parts.append(
        [.init(text: context.text(.uiSincePeople, [:], language), style: theme.heading)] + people)
    }

    guard !parts.isEmpty else {
      return [
        .init(
          text: context.text(.uiSinceNothing, ["number": "\(since.earlier.number)"], language),
          style: theme.dim)
      ]
    }
    return parts.enumerated().flatMap { index, part in
      index == 0 ? part : [.init(text: "", style: theme.normal)] + part
    }
  }

  /// Who does an action: a person (by first name on a screen the room sees), an organisation,
  /// or nobody yet.
  static func owner(
    _ action: ActionItem, _ workshop: Workshop, isPublic: Bool, state: AppState,
    _ context: RenderContext
  ) -> String {
    if let id = action.participant {
      return workshop.participants.first { $0.id == id }.map {
        isPublic ? state.wall.displayName($0) : $0.name
      } ?? context.text(.presentRemoved, [:], context.language)
    }
    if let id = action.organisation {
      return workshop.organisation(withID: id)?.shortName ?? id
    }
    return context.text(.uiNoOne, [:], context.language)
  }
}
