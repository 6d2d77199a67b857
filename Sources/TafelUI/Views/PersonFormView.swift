import TafelCore

/// The person form, over the profile: name, role, organisation and its type, then per colour the
/// drive score with its bar and the rejection score. The field being edited is marked and shows
/// its value as an input; the list beside it follows every change.
enum PersonFormView {
  static func render(
    _ workshop: Workshop, _ form: PersonForm, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    guard
      let participant = workshop.participants.first(where: { $0.id == form.participantID })
    else { return }
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    grid.fill(rect, style: theme.normal)
    let inside = grid.box(
      rect, title: context.text(.uiFormTitle, ["name": participant.name], language),
      glyphs: glyphs, theme: theme)
    guard inside.height > 0, inside.width > 20 else { return }
    let organisation = workshop.organisation(withID: participant.organisationID)
    let labels: [StringKey] = [.uiFormName, .uiFormRole, .uiFormOrganisation, .uiFormKind]
    let widest = labels.map { DisplayWidth.of(context.text($0, [:], language)) }.max() ?? 0
    let labelWidth = min(widest + 3, inside.width / 2)
    var row = 0
    func line(_ field: PersonForm.Field, _ label: StringKey, _ value: String) {
      guard row < inside.height else { return }
      let y = inside.y + row
      let isCurrent = form.field == field
      grid.write(
        (isCurrent ? String(glyphs.pointer) : " ") + " "
          + context.text(label, [:], language).padded(toWidth: labelWidth - 2, glyphs: glyphs),
        x: inside.x, y: y, style: isCurrent ? theme.heading : theme.normal)
      let x = inside.x + labelWidth + 1
      let room = inside.maxX - x - 1
      if isCurrent, field == .name || field == .role {
        renderText(form.text, x: x, y: y, room: room, into: &grid, theme: theme)
      } else if isCurrent {
        grid.write(
          "‹ " + value.truncated(toWidth: room - 4, glyphs: glyphs) + " ›", x: x, y: y,
          style: theme.input)
      } else {
        grid.write(value.truncated(toWidth: room, glyphs: glyphs), x: x, y: y, style: theme.normal)
      }
      row += 1
    }
    line(.name, .uiFormName, participant.name)
    line(.role, .uiFormRole, participant.role)
    line(.organisation, .uiFormOrganisation, organisation?.name ?? "")
    let kind = organisation.map { context.text($0.kind.stringKey, [:], language) } ?? ""
    line(.organisationKind, .uiFormKind, kind)
    // Always there, so the rows below do not move when the cursor passes.
    if organisation != nil, row < inside.height {
      grid.write(
        context.text(.uiFormKindNote, [:], language), x: inside.x + 2, y: inside.y + row,
        style: theme.dim, limit: inside.width - 3)
      row += 1
    }
    row += 1
    renderScores(form, participant, in: inside, from: &row, into: &grid, context: context)
    // The keys, at the bottom where there is room.
    var hint = context.text(.uiFormHint, [:], language)
    if case .rejection = form.field {
      hint = context.text(.uiFormRejectionHint, [:], language) + glyphs.separator + hint
    }
    let lines = TextWrap.lines(hint, width: inside.width - 1)
    if row + lines.count < inside.height {
      for (index, text) in lines.enumerated() {
        grid.write(
          text, x: inside.x + 1, y: inside.maxY - lines.count + index, style: theme.dim)
      }
    }
  }

  private static func renderScores(
    _ form: PersonForm, _ participant: Participant, in inside: Rect,
    from row: inout Int, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    let rejectionWidth = max(
      9, DisplayWidth.of(context.text(.uiFormRejection, [:], language)),
      DisplayWidth.of(context.text(.uiFormNotMeasured, [:], language)))
    let rejectionX = inside.maxX - rejectionWidth - 1
    guard row < inside.height else { return }
    grid.write(
      "  " + context.text(.uiFormScores, [:], language), x: inside.x, y: inside.y + row,
      style: theme.heading)
    grid.write(
      context.text(.uiFormRejection, [:], language), x: rejectionX, y: inside.y + row,
      style: theme.heading)
    row += 1
    for colour in DriveColour.allCases where row < inside.height {
      let y = inside.y + row
      let scoreEdited = form.field == .score(colour)
      let rejectionEdited = form.field == .rejection(colour)
      var editor: ScoreEditor?
      if scoreEdited {
        var current = ScoreEditor(participantID: participant.id)
        current.colour = colour
        current.typed = form.typed
        editor = current
      }
      BarRowView.render(
        colour: colour, value: Double(participant.scores[colour]),
        valueText: "\(participant.scores[colour])",
        at: Rect(x: inside.x, y: y, width: rejectionX - inside.x - 1, height: 1), into: &grid,
        context: context, language: language, editing: editor)
      let rejection = participant.rejection.map { "\($0[colour])" }
      let shown: String
      if rejectionEdited {
        shown = "[" + (form.typed ?? rejection ?? "—").padded(toWidth: 3, glyphs: glyphs) + "]"
      } else {
        shown = rejection.map { " " + $0.leftPadded(3) } ?? " " + "—".leftPadded(3)
      }
      if rejectionEdited { grid.write(String(glyphs.pointer), x: rejectionX - 1, y: y) }
      grid.write(
        shown, x: rejectionX, y: y, style: rejectionEdited ? theme.input : theme.normal)
      row += 1
    }
    if participant.rejection == nil, row < inside.height {
      grid.write(
        context.text(.uiFormRejection, [:], language) + ": "
          + context.text(.uiFormNotMeasured, [:], language),
        x: inside.x + 2, y: inside.y + row, style: theme.dim, limit: inside.width - 2)
      row += 1
    }
  }

  static func renderText(
    _ field: TextField, x: Int, y: Int, room: Int, into grid: inout Grid, theme: Theme
  ) {
    var column = x
    let characters = field.text
    let start = max(0, min(field.cursor, characters.count) - room + 1)
    for (index, character) in characters.enumerated().dropFirst(start) {
      guard column < x + room - 1 else { break }
      let style = index == field.cursor ? theme.cursor : theme.input
      column += grid.write(String(character), x: column, y: y, style: style)
    }
    if field.cursor >= characters.count { grid.write(" ", x: column, y: y, style: theme.cursor) }
  }
}

/// A list to choose from, over the view, with the typed search above it.
enum PickerView {
  static func render(
    _ workshop: Workshop, _ picker: Picker, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let title: String =
      switch picker.purpose {
      case .needTopic(let id):
        context.text(
          .uiPickNeedTopic, ["need": workshop.comfortNeeds.first { $0.id == id }?.text ?? ""],
          language)
      case .newNeedOrganisation: context.text(.uiPickNeedOrganisation, [:], language)
      case .actionOwner(let number):
        context.text(.uiPickActionOwner, ["number": "\(number)"], language)
      case .decisionTopic(let number):
        context.text(.uiPickDecisionTopic, ["number": "\(number)"], language)
      }
    let matches = picker.matches
    let width = min(rect.width - 4, 64)
    let height = min(rect.height, max(matches.count, 1) + 3)
    let area = Rect(
      x: rect.x + (rect.width - width) / 2, y: rect.y + 1, width: width,
      height: min(height, rect.height - 1))
    grid.fill(area, style: theme.normal)
    let inside = grid.box(area, title: title, glyphs: context.glyphs, theme: theme)
    guard inside.height > 1 else { return }
    let search = " " + context.text(.uiPickerFilter, [:], language) + " "
    let x = inside.x + grid.write(search, x: inside.x, y: inside.y, style: theme.heading)
    PersonFormView.renderText(
      picker.filter, x: x, y: inside.y, room: inside.maxX - x, into: &grid, theme: theme)
    let list = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
    guard !matches.isEmpty else {
      grid.write(
        " " + context.text(.uiPickNothing, [:], language), x: list.x, y: list.y, style: theme.dim,
        limit: list.width)
      return
    }
    // The cursor stays in view however long the list.
    let first = min(max(0, picker.cursor - list.height + 1), max(0, matches.count - list.height))
    for (offset, option) in matches.dropFirst(first).prefix(list.height).enumerated() {
      let index = first + offset
      let style = index == picker.cursor ? theme.selected : theme.normal
      let none: StringKey = {
        if case .actionOwner = picker.purpose { .uiNoOne } else { .uiNoTopic }
      }()
      let label = option.id == nil ? context.text(none, [:], language) : option.label
      grid.fill(Rect(x: list.x, y: list.y + offset, width: list.width, height: 1), style: style)
      grid.write(" " + label, x: list.x, y: list.y + offset, style: style, limit: list.width)
    }
  }
}

/// Why an import was refused: every reason, bad rows by line.
enum ImportProblemsView {
  static func render(
    _ problems: ImportProblems, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let theme = context.theme
    let width = rect.width - 4
    let needed = problems.lines.reduce(2) { $0 + TextWrap.lines($1, width: width - 5).count }
    let area = Rect(
      x: rect.x + 2, y: rect.y + 1, width: width, height: min(needed, rect.height - 2))
    grid.fill(area, style: theme.normal)
    let inside = grid.box(
      area, title: context.text(.uiImportProblemsTitle, ["path": problems.path], context.language),
      glyphs: context.glyphs, theme: theme, titleStyle: theme.warning)
    var row = 0
    for (index, line) in problems.lines.enumerated() {
      let wrapped = TextWrap.lines(line, width: inside.width - 3)
      // The last row says how many more there are, when not all fit.
      if row + wrapped.count > inside.height - (index == problems.lines.count - 1 ? 0 : 1) {
        let rest = problems.lines.count - index
        grid.write(
          " " + context.glyphs.ellipsis + " +\(rest)", x: inside.x, y: inside.maxY - 1,
          style: theme.dim)
        break
      }
      for (offset, text) in wrapped.enumerated() {
        grid.write(
          (offset == 0 ? " · " : "   ") + text, x: inside.x, y: inside.y + row, style: theme.normal,
          limit: inside.width)
        row += 1
      }
    }
  }
}
