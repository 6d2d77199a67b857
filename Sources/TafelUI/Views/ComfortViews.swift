import TafelCore

/// How the comfort round's statuses look: a symbol (so they read without colour) and a word.
enum ComfortStatusText {
  static func symbol(_ status: ComfortStatus, _ glyphs: Glyphs) -> String {
    let unicode = glyphs == .unicode
    switch status {
    case .open: return unicode ? "○" : "o"
    case .addressed: return unicode ? "◐" : "~"
    case .agreed: return unicode ? "●" : "*"
    }
  }

  static func word(_ status: ComfortStatus, _ context: RenderContext, _ language: Language)
    -> String
  { context.text(status.stringKey, [:], language) }

  static func askedOf(_ need: ComfortNeed, _ impasse: ImpasseSlice, _ context: RenderContext)
    -> String
  {
    guard !need.askedOf.isEmpty else { return context.text(.uiAskedOfAll, [:], context.language) }
    let names = need.askedOf.compactMap { impasse.workshop.organisation(withID: $0)?.shortName }
    return context.text(.uiAskedOf, ["names": names.joined(separator: ", ")], context.language)
  }

  static func topicName(
    _ id: String?, _ impasse: ImpasseSlice, _ language: Language
  ) -> String? {
    guard let id else { return nil }
    if let standard = impasse.impasseContent.topic(id) { return standard.name[language] }
    return impasse.workshop.topics.first { $0.id == id }?.title
  }
}

/// Every organisation with the comfort it needs, for typing the answers in.
enum ComfortListView {
  static func render(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    let open = impasse.workshop.comfortNeeds.filter { $0.status != .agreed }.count
    let needs = impasse.workshop.comfortNeeds.count
    let title =
      needs == 0
      ? context.text(.uiComfortTitleNone, [:], language)
      : context.text(.uiComfortTitle, ["open": "\(open)", "count": "\(needs)"], language)
    let inside = grid.box(rect, title: title, glyphs: glyphs, theme: theme)
    guard !inside.isEmpty else { return }
    var lines: [(text: String, style: Style, row: Int?)] = []
    for (row, item) in impasse.impasseRows.enumerated() {
      switch item {
      case .organisation(let id):
        let name = impasse.workshop.organisation(withID: id)?.name ?? id
        if row > 0 { lines.append(("", theme.normal, nil)) }
        lines.append((" " + name, theme.heading, row))
        if !impasse.workshop.comfortNeeds.contains(where: { $0.organisationID == id }) {
          lines.append(("   " + context.text(.uiNoNeeds, [:], language), theme.dim, nil))
        }
      case .need(let id):
        guard let need = impasse.need(id) else { continue }
        var details = [
          ComfortStatusText.word(need.status, context, language),
          ComfortStatusText.askedOf(need, impasse, context),
        ]
        if let topic = ComfortStatusText.topicName(need.topicID, impasse, context.language) {
          details.append(topic)
        }
        let text = need.text + "  (" + details.joined(separator: glyphs.separator) + ")"
        for (index, line) in TextWrap.lines(text, width: inside.width - 5).enumerated() {
          let prefix =
            index == 0 ? "   " + ComfortStatusText.symbol(need.status, glyphs) + " " : "     "
          lines.append((prefix + line, theme.normal, row))
        }
      default: continue
      }
    }
    ImpasseView.renderLines(
      lines, cursor: impasse.cursor, in: inside, into: &grid, context: context)
  }
}

/// One organisation's needs, large, for the wall: "vertragen om te versnellen".
enum ComfortProjectionView {
  static func render(
    _ impasse: ImpasseSlice, organisationIndex: Int, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    let organisations = impasse.workshop.organisations
    guard organisations.indices.contains(organisationIndex) else { return }
    let organisation = organisations[organisationIndex]
    let body = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 1)
    let counter = "\(organisationIndex + 1) / \(organisations.count)  PgDn"
    grid.write(
      context.text(.uiProjectionTitle, [:], language), x: body.x, y: body.y, style: theme.dim)
    grid.write(counter, x: body.maxX - DisplayWidth.of(counter), y: body.y, style: theme.dim)
    var row = 2
    if impasse.wall.projectorMode {
      row +=
        BigText.render(
          organisation.name, at: body.x, y: body.y + row, width: body.width, into: &grid,
          style: theme.title, glyphs: glyphs) + 1
    } else {
      // A band over the name in capitals: it reads from the back of the room.
      let band = String(
        repeating: glyphs.full, count: min(body.width, max(20, DisplayWidth.of(organisation.name))))
      grid.write(band, x: body.x, y: body.y + row, style: theme.title)
      grid.write(
        organisation.name.uppercased(), x: body.x, y: body.y + row + 1, style: theme.title,
        limit: body.width)
      row += 3
    }
    row += grid.paragraph(
      context.text(.uiProjectionQuestion, [:], language), in: body, from: row, style: theme.heading)
    row += 1
    let needs = impasse.workshop.comfortNeeds.filter { $0.organisationID == organisation.id }
    if needs.isEmpty {
      grid.paragraph(
        context.text(.uiNoNeedsProjected, [:], language), in: body, from: row, style: theme.dim)
    }
    for (number, need) in needs.enumerated() where row < body.height {
      let status =
        ComfortStatusText.symbol(need.status, glyphs) + " "
        + ComfortStatusText.word(need.status, context, language)
      let statusWidth = DisplayWidth.of(status)
      let lines = TextWrap.lines("\(number + 1). " + need.text, width: body.width - statusWidth - 3)
      for (index, line) in lines.enumerated() where row < body.height {
        grid.write(index == 0 ? line : "   " + line, x: body.x, y: body.y + row, style: theme.title)
        if index == 0 {
          let style = need.status == .agreed ? theme.good : theme.normal
          grid.write(status, x: body.maxX - statusWidth, y: body.y + row, style: style)
        }
        row += 1
      }
      row += 1
    }
  }
}

/// All needs by formalisation topic and status, with what is still open.
enum ComfortOverviewView {
  static func render(
    _ impasse: ImpasseSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    let needs = impasse.workshop.comfortNeeds
    let open = needs.filter { $0.status == .open }.count
    let title = context.text(.uiOverviewTitle, ["open": "\(open)"], language)
    let inside = grid.box(rect, title: title, glyphs: glyphs, theme: theme)
    var lines: [(String, Style)] = []
    let groups: [(String, [ComfortNeed])] =
      impasse.allTopics.map { topic in
        (
          ComfortStatusText.topicName(topic.id, impasse, context.language) ?? topic.id,
          needs.filter { $0.topicID == topic.id }
        )
      } + [(context.text(.uiNoTopic, [:], language), needs.filter { $0.topicID == nil })]
    for (name, members) in groups where !members.isEmpty {
      let counts = ComfortStatus.allCases.map { status in
        "\(members.filter { $0.status == status }.count) "
          + ComfortStatusText.word(status, context, language)
      }
      lines.append(
        (" " + name + "  (" + counts.joined(separator: glyphs.separator) + ")", theme.heading))
      for need in members.sorted(by: { $0.status.rawValue < $1.status.rawValue }) {
        let owner = impasse.workshop.organisation(withID: need.organisationID)?.shortName ?? ""
        let style = need.status == .open ? theme.warning : theme.normal
        lines.append(
          (
            "   " + ComfortStatusText.symbol(need.status, glyphs) + " " + owner + ": " + need.text,
            style
          ))
      }
    }
    if lines.isEmpty {
      lines.append((" " + context.text(.uiNoNeedsAtAll, [:], language), theme.dim))
    }
    for (index, (line, style)) in lines.prefix(inside.height).enumerated() {
      grid.write(line, x: inside.x, y: inside.y + index, style: style, limit: inside.width)
    }
  }
}

/// Ticking which organisations a need is asked of; none ticked means all the others.
enum OrganisationChoiceView {
  static func render(
    _ impasse: ImpasseSlice, _ choice: AppState.OrganisationChoice, in rect: Rect,
    into grid: inout Grid,
    context: RenderContext
  ) {
    let organisations = impasse.workshop.organisations.filter {
      $0.id != impasse.need(choice.needID)?.organisationID
    }
    let width = min(rect.width - 4, 60)
    let height = min(rect.height, organisations.count + 4)
    let area = Rect(
      x: rect.x + (rect.width - width) / 2, y: rect.y + 1, width: width, height: height)
    grid.fill(area, style: context.theme.normal)
    let inside = grid.box(
      area, title: context.text(.uiChooseAskedOf, [:], context.language), glyphs: context.glyphs,
      theme: context.theme)
    for (index, organisation) in organisations.enumerated() where index < inside.height {
      let box = choice.chosen.contains(organisation.id) ? "[x] " : "[ ] "
      let style = index == choice.cursor ? context.theme.selected : context.theme.normal
      grid.fill(
        Rect(x: inside.x, y: inside.y + index, width: inside.width, height: 1), style: style)
      grid.write(
        " " + box + organisation.name, x: inside.x, y: inside.y + index, style: style,
        limit: inside.width)
    }
  }
}
