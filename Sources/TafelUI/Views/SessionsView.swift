import TafelCore

/// The Sessions screen: the sessions with who was present, the decision list and the action
/// list. Wide windows show all three, the part in use with its cursor; narrow ones the part in
/// use, ←/→ to the others.
enum SessionsView {
  typealias Line = (text: String, style: Style, row: Int?)

  static func render(
    _ slice: SessionsSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    guard rect.width >= 100 else {
      let title = SessionsSection.allCases.map { section in
        let name = sectionName(section, context)
        return section == slice.view.section ? "[" + name + "]" : name
      }.joined(separator: context.glyphs.separator)
      let inside = grid.box(rect, title: title, glyphs: context.glyphs, theme: context.theme)
      renderSection(slice.view.section, slice, active: true, in: inside, into: &grid, context)
      return
    }
    let (left, right) = rect.splitLeft(rect.width * 2 / 5)
    let (top, bottom) = right.splitTop(right.height * 11 / 20)
    for (section, area) in [
      (SessionsSection.sessions, left), (.decisions, top), (.actions, bottom),
    ] {
      let active = section == slice.view.section
      let inside = grid.box(
        area, title: sectionName(section, context), glyphs: context.glyphs, theme: context.theme,
        titleStyle: active ? context.theme.selected : nil)
      renderSection(section, slice, active: active, in: inside, into: &grid, context)
    }
  }

  static func sectionName(_ section: SessionsSection, _ context: RenderContext) -> String {
    let key: StringKey =
      switch section {
      case .sessions: .uiSessionsTitle
      case .decisions: .uiDecisionsTitle
      case .actions: .uiActionsTitle
      }
    return context.text(key, [:], context.language)
  }

  private static func renderSection(
    _ section: SessionsSection, _ slice: SessionsSlice, active: Bool, in rect: Rect,
    into grid: inout Grid, _ context: RenderContext
  ) {
    let body = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
    let lines: [Line] =
      switch section {
      case .sessions: sessionLines(slice, width: body.width, context)
      case .decisions: decisionLines(slice, width: body.width, context)
      case .actions: actionLines(slice, width: body.width, context)
      }
    ImpasseView.renderLines(
      lines, cursor: active ? slice.view.cursor : -1, in: body, into: &grid, context: context)
  }

  static func sessionLines(_ slice: SessionsSlice, width: Int, _ context: RenderContext) -> [Line] {
    let theme = context.theme
    let language = context.language
    let workshop = slice.workshop
    guard !workshop.sessions.isEmpty else {
      return TextWrap.lines(context.text(.uiNoSessions, [:], language), width: width - 2).map {
        (" " + $0, theme.dim, nil)
      }
    }
    var lines: [Line] = []
    for (index, session) in workshop.sessions.enumerated() {
      let number = index + 1
      let marker = number == slice.focusedSession ? String(context.glyphs.pointer) : " "
      let state = context.text(session.isOpen ? .uiSessionOpen : .uiSessionClosed, [:], language)
      let head = marker + pad("\(number)", 3) + session.date + "  "
      let room = max(4, width - DisplayWidth.of(head) - DisplayWidth.of(state) - 2)
      lines.append(
        (
          head + session.title.padded(toWidth: room, glyphs: context.glyphs) + " " + state,
          session.isOpen ? theme.heading : theme.normal, index
        ))
    }
    guard let focus = slice.focusedSession, let session = workshop.session(focus) else {
      return lines
    }
    lines.append(("", theme.normal, nil))
    let present = Set(session.present)
    lines.append(
      (
        " "
          + context.text(
            .uiPresentAt,
            [
              "number": "\(focus)",
              "present": "\(workshop.participants.filter { present.contains($0.id) }.count)",
              "total": "\(workshop.participants.count)",
            ], language), theme.heading, nil
      ))
    var row = workshop.sessions.count
    for person in workshop.participants {
      let organisation = workshop.organisation(withID: person.organisationID)?.shortName ?? ""
      let tick = present.contains(person.id) ? "[x] " : "[ ] "
      lines.append(
        (
          " " + tick + slice.displayName(person) + context.glyphs.separator + organisation,
          present.contains(person.id) ? theme.normal : theme.dim, row
        ))
      row += 1
    }
    let guests =
      session.guests.isEmpty
      ? context.text(.uiNoGuests, [:], language)
      : context.text(.uiGuests, ["guests": session.guests.joined(separator: ", ")], language)
    for (index, line) in TextWrap.lines(guests, width: width - 2).enumerated() {
      lines.append(((index == 0 ? " " : "   ") + line, theme.normal, row))
    }
    return lines
  }

  static func decisionLines(_ slice: SessionsSlice, width: Int, _ context: RenderContext) -> [Line]
  {
    let theme = context.theme
    let language = context.language
    let workshop = slice.workshop
    guard !workshop.decisions.isEmpty else {
      return TextWrap.lines(context.text(.uiNoDecisions, [:], language), width: width - 2).map {
        (" " + $0, theme.dim, nil)
      }
    }
    let statusWidth = 17
    let indent = 5 + statusWidth
    var lines: [Line] = []
    for (row, decision) in workshop.decisions.enumerated() {
      let style: Style =
        switch decision.status {
        case .decided: theme.good
        case .revised, .withdrawn: theme.dim
        default: theme.normal
        }
      let status = shortStatus(decision.status, context).padded(
        toWidth: statusWidth, glyphs: context.glyphs)
      let text = TextWrap.lines(decision.text, width: max(8, width - indent - 1))
      for (index, line) in text.enumerated() {
        let head = index == 0 ? pad("\(decision.number)", 4, right: true) + " " + status : ""
        lines.append((head.padded(toWidth: indent, glyphs: context.glyphs) + line, style, row))
      }
      let meta = decisionMeta(decision, workshop, slice.impasseContent, context)
      for line in TextWrap.lines(meta, width: max(8, width - indent - 1)) {
        lines.append((String(repeating: " ", count: indent) + line, theme.dim, row))
      }
    }
    return lines
  }

  /// Session, date, what it replaces or was replaced by, its topic and round.
  static func decisionMeta(
    _ decision: Decision, _ workshop: Workshop, _ content: ImpasseContent, _ context: RenderContext
  ) -> String {
    let language = context.language
    var parts: [String] = []
    if let session = decision.session {
      parts.append(context.text(.uiDecisionSession, ["number": "\(session)"], language))
    }
    parts.append(decision.date)
    if let replaced = decision.replaces {
      parts.append(context.text(.uiDecisionReplaces, ["number": "\(replaced)"], language))
    }
    if let later = workshop.decisions.first(where: { $0.replaces == decision.number }) {
      parts.append(context.text(.uiDecisionReplacedBy, ["number": "\(later.number)"], language))
    }
    if let topic = decision.topic {
      let name =
        content.topic(topic)?.name[language] ?? workshop.topics.first { $0.id == topic }?.title
        ?? topic
      parts.append(context.text(.uiDecisionTopic, ["topic": name], language))
    }
    if let round = decision.round {
      parts.append(context.text(.uiDecisionRound, ["number": "\(round)"], language))
    }
    return parts.joined(separator: context.glyphs.separator)
  }

  static func shortStatus(_ status: DecisionStatus, _ context: RenderContext) -> String {
    let key: StringKey =
      switch status {
      case .pendingSupervisors: .decisionShortPendingSupervisors
      case .pendingConstituency: .decisionShortPendingConstituency
      default: status.stringKey
      }
    return context.text(key, [:], context.language)
  }

  static func actionLines(_ slice: SessionsSlice, width: Int, _ context: RenderContext) -> [Line] {
    let theme = context.theme
    let language = context.language
    let workshop = slice.workshop
    guard !workshop.actions.isEmpty else {
      return TextWrap.lines(context.text(.uiNoActions, [:], language), width: width - 2).map {
        (" " + $0, theme.dim, nil)
      }
    }
    let indent = 9
    var lines: [Line] = []
    for (row, action) in workshop.actions.enumerated() {
      let overdue =
        !action.done && (action.due.map { !slice.today.isEmpty && $0 < slice.today } ?? false)
      let tick = action.done ? "[x] " : "[ ] "
      for (index, line) in TextWrap.lines(action.text, width: max(8, width - indent - 1))
        .enumerated()
      {
        let head = index == 0 ? pad("\(action.number)", 4, right: true) + " " + tick : ""
        lines.append(
          (
            head.padded(toWidth: indent, glyphs: context.glyphs) + line,
            action.done ? theme.dim : theme.normal, row
          ))
      }
      var meta = [owner(action, slice, context)]
      if let due = action.due { meta.append(context.text(.uiActionDue, ["date": due], language)) }
      if action.done { meta.append(context.text(.uiActionDone, [:], language)) }
      if overdue { meta.append(context.text(.uiActionOverdue, [:], language)) }
      let text = meta.joined(separator: context.glyphs.separator)
      for line in TextWrap.lines(text, width: max(8, width - indent - 1)) {
        lines.append(
          (String(repeating: " ", count: indent) + line, overdue ? theme.warning : theme.dim, row))
      }
    }
    return lines
  }

  /// Who does it: a person as the wall may name them, an organisation, or nobody yet.
  static func owner(_ action: ActionItem, _ slice: SessionsSlice, _ context: RenderContext)
    -> String
  {
    if let id = action.participant {
      return slice.workshop.participants.first { $0.id == id }.map(slice.displayName)
        ?? context.text(.presentRemoved, [:], context.language)
    }
    if let id = action.organisation {
      return slice.workshop.organisation(withID: id)?.name ?? id
    }
    return context.text(.uiNoOne, [:], context.language)
  }

  private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let room = String(repeating: " ", count: max(0, width - text.count))
    return right ? room + text : text + room
  }
}

/// The prompt line's question while a session's, decision's or action's text is typed.
enum SessionsPrompt {
  static func text(_ purpose: TextEntry.Purpose, _ state: AppState, _ context: RenderContext)
    -> String
  {
    let language = state.language
    let workshop = state.workshop
    switch purpose {
    case .newSession: return context.text(.uiPromptNewSession, [:], language)
    case .sessionTitle(let number):
      return context.text(.uiPromptSessionTitle, ["number": "\(number)"], language)
    case .sessionDate(let number):
      return context.text(.uiPromptSessionDate, ["number": "\(number)"], language)
    case .sessionGuests(let number):
      return context.text(.uiPromptGuests, ["number": "\(number)"], language)
    case .newDecision:
      return context.text(
        .uiPromptNewDecision, ["number": "\(workshop.nextDecisionNumber)"], language)
    case .decisionText(let number):
      return context.text(.uiPromptDecisionText, ["number": "\(number)"], language)
    case .reviseDecision(let number):
      return context.text(
        .uiPromptReviseDecision,
        ["number": "\(number)", "revision": "\(workshop.nextDecisionNumber)"], language)
    case .newAction:
      return context.text(.uiPromptNewAction, ["number": "\(workshop.nextActionNumber)"], language)
    case .actionText(let number):
      return context.text(.uiPromptActionText, ["number": "\(number)"], language)
    case .actionDue(let number):
      return context.text(.uiPromptActionDue, ["number": "\(number)"], language)
    default: return ""
    }
  }
}
