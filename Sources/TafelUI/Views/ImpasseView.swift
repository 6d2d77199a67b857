import TafelCore

/// The Impasse view: a row of section tabs, then the section: the signal and intervention
/// checklists, the comfort round, the formalisation tracker, the facilitation prompts or the
/// process phases.
enum ImpasseView {
  static func render(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let tabs = rect.splitTop(1).0
    let body = body(of: rect)
    renderTabs(impasse, in: tabs, into: &grid, context: context)
    if impasse.wall.screenIsPublic, let wall = publicSection(impasse) {
      // The checklists, prompts, phase notes and intake are the facilitator's: a screen the room
      // reads in privacy mode shows these sections as the wall does.
      var painter = WallPainter(
        grid: grid, context: context,
        page: WallPage(
          language: context.language, title: impasse.workshop.title,
          phase: impasse.workshop.phase, projector: true, privacy: true, screen: .impasse(wall)))
      painter.drawImpasse(wall, in: body.inset(by: 1))
      grid = painter.grid
      return
    }
    switch impasse.wall.impasseSection {
    case .signals, .prompts: ChecklistView.render(impasse, in: body, into: &grid, context: context)
    case .comfort:
      switch impasse.wall.comfortView {
      case .list: ComfortListView.render(impasse, in: body, into: &grid, context: context)
      case .projection(let index):
        ComfortProjectionView.render(
          impasse, organisationIndex: index, in: body, into: &grid, context: context)
      case .overview: ComfortOverviewView.render(impasse, in: body, into: &grid, context: context)
      }
    case .formalisation:
      if let card = impasse.wall.legalForm {
        LegalFormCardView.render(impasse, card: card, in: body, into: &grid, context: context)
      } else {
        TopicListView.render(impasse, in: body, into: &grid, context: context)
      }
    case .phases: PhaseListView.render(impasse, in: body, into: &grid, context: context)
    }
  }

  /// Below the section tabs.
  static func body(of rect: Rect) -> Rect { rect.splitTop(1).1 }

  /// The sections that hold only the facilitator's material, as the wall shows them.
  static func publicSection(_ impasse: ImpasseSlice) -> ImpasseWall? {
    switch impasse.wall.impasseSection {
    case .signals: .signals
    case .prompts: .prompts
    case .phases: .phases(current: impasse.workshop.phase)
    case .comfort, .formalisation: nil
    }
  }

  static func sectionName(_ section: ImpasseSection, _ context: RenderContext, _ language: Language)
    -> String
  {
    let key: StringKey =
      switch section {
      case .signals: .uiSectionSignals
      case .comfort: .uiSectionComfort
      case .formalisation: .uiSectionFormalisation
      case .prompts: .uiSectionPrompts
      case .phases: .uiSectionPhases
      }
    return context.text(key, [:], language)
  }

  static func renderTabs(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    var x = rect.x + 1
    for section in ImpasseSection.allCases {
      let name = " " + sectionName(section, context, context.language) + " "
      let style =
        section == impasse.wall.impasseSection ? context.theme.selected : context.theme.normal
      guard x + DisplayWidth.of(name) < rect.maxX else { break }
      x += grid.write(name, x: x, y: rect.y, style: style) + 1
    }
  }

  /// The lines of a list pane and which of them is the cursor's, drawn scrolled so the cursor
  /// stays in view.
  static func renderLines(
    _ lines: [(text: String, style: Style, row: Int?)], cursor: Int, in rect: Rect,
    into grid: inout Grid, context: RenderContext
  ) {
    guard !rect.isEmpty else { return }
    let cursorLine = lines.firstIndex { $0.row == cursor } ?? 0
    let lastCursorLine = lines.lastIndex { $0.row == cursor } ?? cursorLine
    var offset = min(max(0, cursorLine - rect.height / 2), max(0, lines.count - rect.height))
    // A selected item of several lines is shown whole where it fits, else from its start.
    offset = min(max(offset, lastCursorLine - rect.height + 1), cursorLine)
    for (index, line) in lines.dropFirst(offset).prefix(rect.height).enumerated() {
      let y = rect.y + index
      var style = line.style
      if line.row == cursor, line.row != nil {
        style = context.theme.selected
        grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
      }
      grid.write(line.text, x: rect.x, y: y, style: style, limit: rect.width)
    }
  }

  /// A list box on the left and, where the window is wide enough, a detail box on the right.
  static func split(_ rect: Rect) -> (list: Rect, detail: Rect?) {
    guard rect.width >= 100 else { return (rect, nil) }
    let (list, detail) = rect.splitLeft(rect.width * 11 / 20)
    return (list, detail)
  }
}

/// The checklists of a section, each under its title: ticked items with the time they were
/// ticked and their note. Interventions that answer ticked signals say so.
enum ChecklistView {
  static func render(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let (listRect, detailRect) = ImpasseView.split(rect)
    let inside = grid.box(
      listRect, title: ImpasseView.sectionName(impasse.wall.impasseSection, context, language),
      glyphs: context.glyphs, theme: theme)
    let ids =
      impasse.wall.impasseSection == .signals
      ? ["signals", "interventions"] : ["under-organised", "foundations", "appreciative"]
    let ticked = Set(
      impasse.workshop.checklistMarks.filter { $0.value.isTicked }.keys.compactMap {
        key -> String? in
        key.hasPrefix("signals/") ? String(key.dropFirst("signals/".count)) : nil
      })
    var lines: [(text: String, style: Style, row: Int?)] = []
    var row = 0
    for list in ids.compactMap({ impasse.impasseContent.checklist($0) }) {
      if !lines.isEmpty { lines.append(("", theme.normal, nil)) }
      lines.append((" " + list.title[language], theme.heading, nil))
      for line in TextWrap.lines(list.intro[language], width: inside.width - 2) {
        lines.append((" " + line, theme.dim, nil))
      }
      for item in list.items {
        let mark = impasse.workshop.checklistMarks[ChecklistMark.key(list: list.id, item: item.id)]
        let box = mark?.isTicked == true ? "[x] " : "[ ] "
        var text = item.text[language]
        let answered = (item.signals ?? []).filter { ticked.contains($0) }.count
        if answered > 0 {
          text +=
            context.glyphs.separator
            + context.text(.uiMatchesSignals, ["count": "\(answered)"], language)
        }
        // Whole items, wrapped under their box: nothing is cut off on the wall.
        for (index, line) in TextWrap.lines(text, width: inside.width - 5).enumerated() {
          lines.append(
            (
              (index == 0 ? " " + box : "     ") + line,
              answered > 0 ? theme.heading : theme.normal, row
            ))
        }
        if let note = mark?.note, !note.isEmpty, detailRect == nil {
          lines.append(("      " + note, theme.dim, nil))
        }
        row += 1
      }
    }
    ImpasseView.renderLines(
      lines, cursor: impasse.cursor, in: inside, into: &grid, context: context)
    if let detailRect { renderDetail(impasse, in: detailRect, into: &grid, context: context) }
  }

  static func renderDetail(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    guard case .checkItem(let listID, let itemID)? = impasse.selectedImpasseRow,
      let list = impasse.impasseContent.checklist(listID),
      let item = list.items.first(where: { $0.id == itemID })
    else {
      grid.box(rect, glyphs: context.glyphs, theme: theme)
      return
    }
    let inside = grid.box(rect, title: list.title[language], glyphs: context.glyphs, theme: theme)
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    var row = grid.paragraph(item.text[language], in: body, style: theme.heading)
    let mark = impasse.workshop.checklistMarks[ChecklistMark.key(list: listID, item: itemID)]
    if let tickedAt = mark?.tickedAt {
      row += grid.paragraph(
        context.text(.uiTickedAt, ["time": Timestamps.shortTime(tickedAt)], language), in: body,
        from: row, style: theme.dim)
    }
    if let note = mark?.note, !note.isEmpty {
      row += 1
      row += grid.paragraph(
        context.text(.uiNote, ["note": note], language), in: body, from: row, style: theme.normal)
    }
    let related = relatedItems(impasse, list: listID, item: item, language: context.language)
    if !related.isEmpty {
      row += 1
      let heading: StringKey = listID == "signals" ? .uiAnsweredBy : .uiAnswers
      row += grid.paragraph(
        context.text(heading, [:], language), in: body, from: row, style: theme.heading)
      for text in related where row < body.height {
        row += grid.bulleted(text, in: body, from: row, style: theme.normal)
      }
    }
  }

  /// The interventions that answer a signal, or the signals an intervention answers.
  static func relatedItems(
    _ impasse: ImpasseSlice, list: String, item: ChecklistItem, language: Language
  ) -> [String] {
    let signals = impasse.impasseContent.checklist("signals")?.items ?? []
    let interventions = impasse.impasseContent.checklist("interventions")?.items ?? []
    switch list {
    case "signals":
      return interventions.filter { ($0.signals ?? []).contains(item.id) }.map { $0.text[language] }
    case "interventions":
      return signals.filter { (item.signals ?? []).contains($0.id) }.map { $0.text[language] }
    default: return []
    }
  }
}

/// Timestamps as the screen shows them.
enum Timestamps {
  /// "2026-11-25T14:32:10+01:00" as "14:32"; anything else as it is.
  static func shortTime(_ iso: String) -> String {
    guard let t = iso.firstIndex(of: "T") else { return iso }
    let time = iso[iso.index(after: t)...]
    return time.count >= 5 ? String(time.prefix(5)) : iso
  }
}
