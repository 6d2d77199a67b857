import TafelCore

/// The Impasse screen on the wall: the comfort round (every organisation, one organisation
/// large, or all needs by topic), the formalisation topics, a legal-form card, the phases. The
/// facilitator's own sections (signals, prompts) show the room the workshop's title and nothing
/// more.
extension WallPainter {
  mutating func drawImpasse(_ impasse: ImpasseWall, in rect: Rect) {
    switch impasse {
    case .signals, .prompts: drawResting(in: rect)
    case .comfortList(let organisations): drawComfortList(organisations, in: rect)
    case .comfortProjection(let organisation, let number, let total):
      drawComfortProjection(organisation, number: number, of: total, in: rect)
    case .comfortOverview(let topics): drawComfortOverview(topics, in: rect)
    case .formalisation(let topics): drawTopics(topics, in: rect)
    case .legalForm(let card, let number, let total):
      drawLegalForm(card, number: number, of: total, in: rect)
    case .phases(let current): drawPhases(current, in: rect)
    }
  }

  /// While the facilitator works on something of their own: the title, large and centred.
  mutating func drawResting(in rect: Rect) {
    let top = max(0, rect.height / 2 - 4)
    if big, fitsBig(page.title, width: rect.width, maxLines: 2) {
      let lines = page.title.split(separator: " ").reduce(into: [String]()) { lines, word in
        if let last = lines.last, BigText.width(last + " " + word) <= rect.width {
          lines[lines.count - 1] = last + " " + word
        } else {
          lines.append(String(word))
        }
      }
      for (index, line) in lines.enumerated() {
        let width = BigText.width(line)
        BigText.render(
          line, at: rect.x + (rect.width - width) / 2, y: rect.y + top + index * 6, width: width,
          into: &grid, style: theme.title, glyphs: glyphs)
      }
      return
    }
    var style = theme.title
    style.bold = true
    centredParagraph(page.title, in: rect, from: top, style: style)
  }

  func symbol(_ status: ComfortStatus) -> String { ComfortStatusText.symbol(status, glyphs) }

  func askedOf(_ need: ImpasseWall.Need) -> String {
    need.askedOf.isEmpty
      ? text(.uiAskedOfAll) : text(.uiAskedOf, ["names": need.askedOf.joined(separator: ", ")])
  }

  func needStyle(_ status: ComfortStatus) -> Style {
    status == .agreed ? theme.good : theme.normal
  }

  mutating func drawComfortList(
    _ organisations: [ImpasseWall.ComfortOrganisation], in rect: Rect
  ) {
    let needs = organisations.flatMap(\.needs)
    let open = needs.filter { $0.status != .agreed }.count
    let title =
      needs.isEmpty
      ? text(.uiComfortTitleNone)
      : text(.uiComfortTitle, ["open": "\(open)", "count": "\(needs.count)"])
    let row = heading(title, in: rect, from: 0, forceSmall: true)
    var result: [WallLine] = []
    var previousHadNeeds = false
    for organisation in organisations {
      // A blank row sets off an organisation with needs; the empty ones stand one under another.
      if !result.isEmpty, !organisation.needs.isEmpty || previousHadNeeds {
        result.append(.gap(theme.normal))
      }
      previousHadNeeds = !organisation.needs.isEmpty
      guard !organisation.needs.isEmpty else {
        result.append(
          WallLine(
            text: organisation.name + glyphs.separator + text(.uiNoNeedsProjected),
            style: theme.dim))
        continue
      }
      result.append(WallLine(text: organisation.name, style: theme.title))
      for need in organisation.needs {
        result.append(
          WallLine(
            text: need.text + glyphs.separator + askedOf(need) + glyphs.separator
              + text(need.status.stringKey),
            style: needStyle(need.status), indent: 4, lead: "  " + symbol(need.status)))
      }
    }
    lines(result, in: rect, from: row)
  }

  /// One organisation's needs, large: "vertragen om te versnellen".
  mutating func drawComfortProjection(
    _ organisation: ImpasseWall.ComfortOrganisation, number: Int, of total: Int, in rect: Rect
  ) {
    let counter = "\(number) / \(total)"
    grid.write(
      text(.uiProjectionTitle), x: rect.x, y: rect.y, style: theme.dim,
      limit: rect.width - DisplayWidth.of(counter) - 2)
    grid.write(
      counter, x: rect.maxX - DisplayWidth.of(counter), y: rect.y, style: theme.dim)
    var row = 2
    row += heading(organisation.name, in: rect, from: row, maxLines: 2)
    row += lines(
      [WallLine(text: text(.uiProjectionQuestion), style: theme.heading), .gap(theme.normal)],
      in: rect, from: row)
    guard !organisation.needs.isEmpty else {
      lines([WallLine(text: text(.uiNoNeedsProjected), style: theme.dim)], in: rect, from: row)
      return
    }
    let statusWidth =
      ComfortStatus.allCases.map { DisplayWidth.of(text($0.stringKey)) }.max() ?? 10
    let textRect = Rect(
      x: rect.x, y: rect.y, width: rect.width - statusWidth - 4, height: rect.height)
    let spacing = rect.height - row >= organisation.needs.count * 3 ? 1 : 0
    for (index, need) in organisation.needs.enumerated() where row < rect.height {
      let y = rect.y + row
      let rows = height(
        of: [WallLine(text: need.text, style: theme.normal, indent: 5)], width: textRect.width)
      // A need that would be cut is left for a "…": half a need and its status mislead.
      guard row + rows <= rect.height else {
        grid.write(glyphs.ellipsis, x: rect.x, y: y, style: theme.dim)
        break
      }
      row += lines(
        [
          WallLine(
            text: need.text, style: needStyle(need.status), indent: 5,
            lead: " \(index + 1).".leftPadded(4), leadStyle: theme.heading)
        ], in: textRect, from: row)
      grid.write(
        symbol(need.status) + " " + text(need.status.stringKey), x: textRect.maxX + 2, y: y,
        style: need.status == .open ? theme.warning : needStyle(need.status))
      row += spacing
    }
  }

  mutating func drawComfortOverview(_ topics: [ImpasseWall.ComfortTopic], in rect: Rect) {
    let open = topics.flatMap(\.needs).filter { $0.status == .open }.count
    let row = heading(
      text(.uiOverviewTitle, ["open": "\(open)"]), in: rect, from: 0, forceSmall: true)
    guard !topics.isEmpty else {
      lines([WallLine(text: text(.uiNoNeedsAtAll), style: theme.dim)], in: rect, from: row)
      return
    }
    var result: [WallLine] = []
    for topic in topics {
      if !result.isEmpty { result.append(.gap(theme.normal)) }
      result.append(WallLine(text: topic.topic ?? text(.uiNoTopic), style: theme.title))
      for need in topic.needs {
        result.append(
          WallLine(
            text: need.organisation + ": " + need.text,
            style: need.status == .open ? theme.warning : needStyle(need.status), indent: 4,
            lead: "  " + symbol(need.status)))
      }
    }
    lines(result, in: rect, from: row)
  }

  mutating func drawTopics(_ topics: [ImpasseWall.Topic], in rect: Rect) {
    let row = heading(text(.uiTopicsTitle), in: rect, from: 0)
    let statusWidth =
      TopicStatus.allCases.map { DisplayWidth.of(text($0.stringKey)) }.max() ?? 10
    var result: [WallLine] = []
    for topic in topics {
      let status = text(topic.status.stringKey).padded(toWidth: statusWidth, glyphs: glyphs)
      result.append(
        WallLine(
          text: topic.name, style: topic.status == .agreed ? theme.good : theme.heading,
          indent: statusWidth + 3, lead: status,
          leadStyle: topic.status == .open ? theme.dim : theme.heading))
      if !topic.agreement.isEmpty {
        result.append(
          WallLine(
            text: text(.uiAgreement, ["text": topic.agreement]), style: theme.normal,
            indent: statusWidth + 3))
      }
    }
    lines(result, in: rect, from: row)
  }

  mutating func drawLegalForm(
    _ card: ImpasseWall.LegalForm, number: Int, of total: Int, in rect: Rect
  ) {
    let counter = "\(number) / \(total)"
    grid.write(counter, x: rect.maxX - DisplayWidth.of(counter), y: rect.y, style: theme.dim)
    let titleRect = Rect(
      x: rect.x, y: rect.y, width: rect.width - DisplayWidth.of(counter) - 2, height: rect.height)
    var row = heading(card.name, in: titleRect, from: 0, maxLines: 1)
    row += lines(
      [WallLine(text: card.summary, style: theme.heading), .gap(theme.normal)], in: rect, from: row)
    let (disclaimerRest, disclaimerRow) = rect.splitBottom(1)
    let sections: [(StringKey, String)] = [
      (.uiLegalLiability, card.liability), (.uiLegalExit, card.exit),
      (.uiLegalResources, card.resources), (.uiLegalFitsWhen, card.fitsWhen),
    ]
    let labelWidth = sections.map { DisplayWidth.of(text($0.0)) }.max() ?? 16
    let result = sections.flatMap { key, value in
      [
        WallLine(
          text: value, style: theme.normal, indent: labelWidth + 3, lead: text(key),
          leadStyle: theme.title),
        WallLine.gap(theme.normal),
      ]
    }
    lines(result, in: disclaimerRest, from: row)
    grid.write(
      text(.uiLegalDisclaimer), x: disclaimerRow.x, y: disclaimerRow.y, style: theme.dim,
      limit: disclaimerRow.width)
  }

  /// The four phases of alliance formation, the current one marked.
  mutating func drawPhases(_ current: ProcessPhase, in rect: Rect) {
    var row = heading(text(current.stringKey), in: rect, from: 0)
    for (index, phase) in ProcessPhase.allCases.enumerated() where row < rect.height {
      let isCurrent = phase == current
      let name = "\(index + 1). " + text(phase.stringKey)
      let style = isCurrent ? theme.selected : theme.normal
      let marked = isCurrent ? "  " + glyphs.pointer.description + " " + text(.uiCurrentPhase) : ""
      grid.write(" " + name + " ", x: rect.x + 2, y: rect.y + row, style: style)
      grid.write(
        marked, x: rect.x + 4 + DisplayWidth.of(name), y: rect.y + row, style: theme.heading)
      row += rect.height >= 16 ? 2 : 1
    }
  }
}
