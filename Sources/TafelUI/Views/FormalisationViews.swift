import TafelCore

/// The formalisation topics with their status, and beside them the selected topic's question,
/// its agreement and the comfort needs that point at it.
enum TopicListView {
  static func statusWord(_ status: TopicStatus, _ context: RenderContext, _ language: Language)
    -> String
  { context.text(status.stringKey, [:], language) }

  static func render(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let (listRect, detailRect) = ImpasseView.split(rect)
    let inside = grid.box(
      listRect, title: context.text(.uiTopicsTitle, [:], language), glyphs: context.glyphs,
      theme: theme)
    let topics = impasse.allTopics
    let nameWidth = min(
      28,
      topics.map {
        DisplayWidth.of(ComfortStatusText.topicName($0.id, impasse, context.language) ?? $0.id)
      }.max() ?? 0)
    var lines: [(text: String, style: Style, row: Int?)] = []
    for (row, topic) in topics.enumerated() {
      let name = ComfortStatusText.topicName(topic.id, impasse, context.language) ?? topic.id
      let status = "[" + statusWord(topic.status, context, language) + "]"
      lines.append(
        (
          " " + name.padded(toWidth: nameWidth, glyphs: context.glyphs) + "  " + status,
          topic.status == .agreed ? theme.good : theme.normal, row
        ))
      if detailRect == nil, !topic.agreement.isEmpty {
        lines.append(("   " + topic.agreement, theme.dim, nil))
      }
    }
    lines.append(("", theme.normal, nil))
    lines.append((" " + context.text(.uiLegalFormsHint, [:], language), theme.dim, nil))
    ImpasseView.renderLines(
      lines, cursor: impasse.cursor, in: inside, into: &grid, context: context)
    if let detailRect {
      renderDetail(impasse, in: detailRect, boxed: true, into: &grid, context: context)
    } else {
      // Narrow: the selected topic's question, agreement and needs go under the list.
      let top = lines.count + 1
      let below = Rect(
        x: inside.x, y: inside.y + top, width: inside.width, height: max(0, inside.height - top))
      renderDetail(impasse, in: below, boxed: false, into: &grid, context: context)
    }
  }

  static func renderDetail(
    _ impasse: ImpasseSlice, in rect: Rect, boxed: Bool, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    guard case .topic(let id)? = impasse.selectedImpasseRow,
      let topic = impasse.allTopics.first(where: { $0.id == id })
    else {
      if boxed { grid.box(rect, glyphs: context.glyphs, theme: theme) }
      return
    }
    let title = ComfortStatusText.topicName(id, impasse, context.language) ?? id
    let inside = boxed ? grid.box(rect, title: title, glyphs: context.glyphs, theme: theme) : rect
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    var row = 0
    if let question = impasse.impasseContent.topic(id)?.question[language] {
      row += grid.paragraph(question, in: body, style: theme.heading) + 1
    }
    let agreement =
      topic.agreement.isEmpty ? context.text(.uiNoAgreement, [:], language) : topic.agreement
    row +=
      grid.paragraph(
        context.text(.uiAgreement, ["text": agreement], language), in: body, from: row,
        style: theme.normal) + 1
    let needs = impasse.workshop.comfortNeeds.filter { $0.topicID == id }
    row += grid.paragraph(
      context.text(.uiNeedsForTopic, ["count": "\(needs.count)"], language), in: body, from: row,
      style: theme.heading)
    for need in needs where row < body.height {
      let owner = impasse.workshop.organisation(withID: need.organisationID)?.shortName ?? ""
      row += grid.bulleted(
        owner + ": " + need.text, bullet: ComfortStatusText.symbol(need.status, context.glyphs),
        in: body, from: row, style: theme.normal)
    }
  }
}

/// A reference card for one legal form: what it means for liability, exit and resources.
enum LegalFormCardView {
  static func render(
    _ impasse: ImpasseSlice, card: Int, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let cards = impasse.impasseContent.legalForms
    guard cards.indices.contains(card) else { return }
    let form = cards[card]
    let title = form.name[language] + "  (\(card + 1) / \(cards.count))"
    let inside = grid.box(rect, title: title, glyphs: context.glyphs, theme: theme)
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    var row = grid.paragraph(form.summary[language], in: body, style: theme.heading) + 1
    let parts: [(StringKey, String)] = [
      (.uiLegalLiability, form.liability[language]), (.uiLegalExit, form.exit[language]),
      (.uiLegalResources, form.resources[language]), (.uiLegalFitsWhen, form.fitsWhen[language]),
    ]
    for (key, text) in parts where row < body.height {
      row += grid.paragraph(
        context.text(key, [:], language), in: body, from: row, style: theme.heading)
      row += grid.paragraph(text, in: body, from: row, style: theme.normal, indent: 2) + 1
    }
    if row < body.height {
      grid.paragraph(
        context.text(.uiLegalDisclaimer, [:], language), in: body, from: body.height - 1,
        style: theme.dim)
    }
  }
}

/// The phases of alliance formation: the current one marked, and the selected one's
/// description, questions and notes.
enum PhaseListView {
  static func render(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let (listRect, detailRect) = ImpasseView.split(rect)
    let inside = grid.box(
      listRect, title: context.text(.uiSectionPhases, [:], language), glyphs: context.glyphs,
      theme: theme)
    // Narrow: the list takes the top, the selected row's details the bottom.
    var listArea = inside
    var detail = detailRect
    if detail == nil, inside.height >= 16 {
      let (top, bottom) = inside.splitBottom(inside.height / 2)
      listArea = top
      detail = bottom
    }
    let hasDetail = detail != nil
    var lines: [(text: String, style: Style, row: Int?)] = []
    var intakeHeading = false
    for (row, item) in impasse.impasseRows.enumerated() {
      switch item {
      case .phase(let phase):
        var text = " " + context.text(phase.stringKey, [:], language)
        if phase == impasse.workshop.phase {
          text +=
            "  " + context.glyphs.pointer.description + " "
            + context.text(.uiCurrentPhase, [:], language)
        }
        lines.append((text, phase == impasse.workshop.phase ? theme.heading : theme.normal, row))
      case .intake(let organisationID, let field):
        if !intakeHeading {
          lines += [
            ("", theme.normal, nil),
            (" " + context.text(.uiIntakeTitle, [:], language), theme.heading, nil),
          ]
          intakeHeading = true
        }
        if field == IntakeField.allCases.first {
          let name = impasse.workshop.organisation(withID: organisationID)?.name ?? organisationID
          lines.append(("  " + name, theme.heading, nil))
        }
        let value = impasse.workshop.intakeNotes[organisationID]?[field] ?? ""
        let text = intakeLabel(field, context, language) + ": " + (value.isEmpty ? "–" : value)
        let style = value.isEmpty ? theme.dim : theme.normal
        if row == impasse.cursor, !hasDetail {
          // Without a detail area the selected note is read whole in the list: it wraps under
          // its label, and the list scrolls to keep it in view.
          let wrapped = TextWrap.lines(text, width: max(10, inside.width - 6))
          for (index, line) in wrapped.enumerated() {
            lines.append(((index == 0 ? "    " : "      ") + line, style, row))
          }
        } else {
          // Others take one line, marked where they go on (the detail shows the selected one).
          let line = "    " + text.truncated(toWidth: inside.width - 4, glyphs: context.glyphs)
          lines.append((line, style, row))
        }
      default: continue
      }
    }
    ImpasseView.renderLines(
      lines, cursor: impasse.cursor, in: listArea, into: &grid, context: context)
    if let detail {
      renderDetail(impasse, in: detail, boxed: detailRect != nil, into: &grid, context: context)
    }
  }

  static func intakeLabel(_ field: IntakeField, _ context: RenderContext, _ language: Language)
    -> String
  {
    let key: StringKey =
      switch field {
      case .willingness: .uiIntakeWillingness
      case .addedValue: .uiIntakeAddedValue
      case .showstoppers: .uiIntakeShowstoppers
      }
    return context.text(key, [:], language)
  }

  static func renderDetail(
    _ impasse: ImpasseSlice, in rect: Rect, boxed: Bool, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let phase: ProcessPhase
    var intake: (organisationID: String, field: IntakeField)?
    switch impasse.selectedImpasseRow {
    case .phase(let selected): phase = selected
    case .intake(let organisationID, let field):
      phase = .intake
      intake = (organisationID, field)
    default: return
    }
    guard let content = impasse.impasseContent.phase(phase) else { return }
    let inside =
      boxed
      ? grid.box(rect, title: content.name[language], glyphs: context.glyphs, theme: theme) : rect
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    var row = 0
    if let intake, let value = impasse.workshop.intakeNotes[intake.organisationID]?[intake.field],
      !value.isEmpty
    {
      // The selected note first and whole: this is where a long one is read.
      let name =
        impasse.workshop.organisation(withID: intake.organisationID)?.name ?? intake.organisationID
      row += grid.paragraph(
        name + context.glyphs.separator + intakeLabel(intake.field, context, language), in: body,
        style: theme.heading)
      row += grid.paragraph(value, in: body, from: row, style: theme.normal) + 1
    }
    row +=
      grid.paragraph(content.description[language], in: body, from: row, style: theme.heading) + 1
    for prompt in content.prompts[language] where row < body.height {
      row += grid.bulleted(prompt, in: body, from: row, style: theme.normal)
    }
    guard case .phase = impasse.selectedImpasseRow else { return }
    row += 1
    let notes =
      impasse.workshop.phaseNotes[phase.rawValue] ?? context.text(.uiNoNotes, [:], language)
    grid.paragraph(
      context.text(.uiNote, ["note": notes], language), in: body, from: row, style: theme.normal)
  }
}
