import TafelCore

/// The dilemma game on the wall: the deck before the first round, a role-play card, or the round:
/// its number, stage and timer, the card's title, then per stage the situation and options, how
/// many are in (never who), the reveal split by first colour where the page carries it, or the
/// discussion with its questions and outcome.
extension WallPainter {
  mutating func drawDilemma(_ dilemma: DilemmaWall, in rect: Rect) {
    switch dilemma {
    case .intro(let deck, let cards, let minutes):
      let top = max(0, rect.height / 2 - 5)
      var row = top + heading(deck, in: rect, from: top, maxLines: 2)
      row += lines(
        [
          WallLine(
            text: text(
              .wallDilemmaIntro,
              ["cards": count(.countCards, cards), "minutes": count(.countMinutes, minutes)]),
            style: theme.heading)
        ], in: rect, from: row)
    case .rolePlay(let card, let number, let total):
      drawRolePlay(card, number: number, of: total, in: rect)
    case .round(let round):
      drawRound(round, in: rect)
    }
  }

  mutating func drawRolePlay(
    _ card: DilemmaWall.RolePlay, number: Int, of total: Int, in rect: Rect
  ) {
    let colour = context.content.colour(card.colour)
    grid.write(
      text(.uiRolePlay).uppercased() + "  \(number) / \(total)", x: rect.x, y: rect.y,
      style: theme.dim)
    var row = 2
    row += heading(card.title, in: rect, from: row, maxLines: 2)
    let play = text(
      .uiPlayAs, ["colour": colour.name[language], "role": colour.role[language]])
    row += lines(
      [
        WallLine(
          text: play, style: theme.barLetter(card.colour), indent: 4,
          lead: colour.letter[language]),
        .gap(theme.normal),
        WallLine(text: card.brief, style: theme.normal),
        .gap(theme.normal),
        WallLine(
          text: text(
            .uiKeywords, ["keywords": colour.keywords[language].joined(separator: glyphs.separator)]
          ),
          style: theme.dim),
      ], in: rect, from: row)
  }

  mutating func drawRound(_ round: DilemmaWall.Round, in rect: Rect) {
    let stageKey: StringKey =
      switch round.stage {
      case .card: .stageCard
      case .collecting: .stageCollecting
      case .reveal: .stageReveal
      case .discussion: .stageDiscussion
      }
    let seconds = round.timer.remainingSeconds
    let clock = TimerText.format(Double(seconds))
    let smallTimer = big ? 0 : DisplayWidth.of(clock) + 4
    grid.write(
      text(.uiRound, ["number": "\(round.number)"]).uppercased() + glyphs.separator
        + text(stageKey), x: rect.x, y: rect.y, style: theme.dim, limit: rect.width - smallTimer)
    var timerStyle = seconds <= 60 ? theme.warning : theme.title
    if !round.timer.running, seconds > 60 { timerStyle = theme.dim }
    var row = 2
    let timerWidth: Int
    if big {
      timerWidth = BigText.width(clock)
      BigText.render(
        clock, at: rect.maxX - timerWidth, y: rect.y + row, width: timerWidth, into: &grid,
        style: timerStyle, glyphs: glyphs)
    } else {
      let timer = (glyphs == .unicode ? "⏱ " : "") + clock
      timerWidth = DisplayWidth.of(timer)
      grid.write(timer, x: rect.maxX - timerWidth, y: rect.y, style: timerStyle)
    }
    let titleRect = Rect(
      x: rect.x, y: rect.y, width: rect.width - (big ? timerWidth + 4 : 0), height: rect.height)
    let used = heading(round.title, in: titleRect, from: row, maxLines: size.height >= 34 ? 2 : 1)
    row += big ? max(used, BigText.height + 2) : used
    let rest = Rect(x: rect.x, y: rect.y + row, width: rect.width, height: rect.height - row)
    switch round.stage {
    case .card(let situation):
      lines(
        [WallLine(text: situation, style: theme.normal), .gap(theme.normal)]
          + optionLines(round.options), in: rest)
    case .collecting(let answered, let total):
      drawCollecting(round, answered: answered, of: total, in: rest)
    case .reveal(let results): drawReveal(results, in: rest)
    case .discussion(let counts, let questions, let outcome):
      drawDiscussion(round, counts: counts, questions: questions, outcome: outcome, in: rest)
    }
  }

  func optionLines(_ options: [String]) -> [WallLine] {
    options.enumerated().map { index, option in
      WallLine(
        text: option, style: theme.normal, indent: 5, lead: " " + DilemmaView.optionLetter(index),
        leadStyle: theme.heading)
    }
  }

  /// The options, then how many are in, large: "7 van 12". Never who, never what.
  mutating func drawCollecting(
    _ round: DilemmaWall.Round, answered: Int, of total: Int?, in rect: Rect
  ) {
    let status =
      total.map { text(.wallAnsweredOf, ["count": "\(answered)", "total": "\($0)"]) }
      ?? count(.wallHandsCounted, answered)
    let caption = text(total == nil ? .wallHandsCaption : .wallChoicesCaption)
    let options = optionLines(round.options)
    let optionRows = height(of: options, width: rect.width)
    var statusRows = big && fitsBig(status, width: rect.width, maxLines: 1) ? BigText.height : 1
    // The options stay up while people choose; the count gives way to plain letters first.
    if optionRows + statusRows + 3 > rect.height { statusRows = 1 }
    var row = 0
    if optionRows + statusRows + 3 <= rect.height {
      row += lines(options, in: rect) + 1
    }
    let top = max(row, row + (rect.height - row - statusRows - 2) / 2)
    if statusRows > 1 {
      let width = BigText.width(status)
      BigText.render(
        status, at: rect.x + (rect.width - width) / 2, y: rect.y + top, width: width,
        into: &grid, style: theme.title, glyphs: glyphs)
    } else {
      var style = theme.title
      style.bold = true
      centred(status, y: rect.y + top, in: rect, style: style)
    }
    if top + statusRows + 1 < rect.height {
      centred(caption, y: rect.y + top + statusRows + 1, in: rect, style: theme.dim)
    }
  }

  /// Each option's count as a bar, and beside it who chose it by first colour, where shown.
  mutating func drawReveal(_ results: [DilemmaWall.Result], in rect: Rect) {
    let most = max(1, results.map(\.count).max() ?? 1)
    let barWidth = max(6, min(40, rect.width / 3))
    let spacing = rect.height >= results.count * 4 ? 1 : 0
    var row = 0
    for (index, result) in results.enumerated() where row < rect.height {
      let y = rect.y + row
      grid.write(" " + DilemmaView.optionLetter(index), x: rect.x, y: y, style: theme.heading)
      grid.bar(
        value: Double(result.count) / Double(most) * 100, x: rect.x + 4, y: y, width: barWidth,
        style: theme.heading, glyphs: glyphs)
      grid.write(
        "\(result.count)".leftPadded(3), x: rect.x + 5 + barWidth, y: y, style: theme.title)
      var x = rect.x + 11 + barWidth
      if let split = result.byColour {
        for part in split where x + 6 < rect.maxX {
          x += grid.write(
            letter(part.colour) + " ", x: x, y: y, style: theme.barLetter(part.colour))
          x += grid.write(
            String(repeating: glyphs.full, count: min(part.count, 12)) + "  ", x: x, y: y,
            style: theme.bar(part.colour))
        }
      } else if result.count - result.hands > 0 {
        x += grid.write(
          text(.privacyTooSmall) + "  ", x: x, y: y, style: theme.dim, limit: rect.maxX - x)
      }
      if result.hands > 0, x + 8 < rect.maxX {
        grid.write(
          context.content.strings.text(.uiHands, ["count": "\(result.hands)"], in: language),
          x: x, y: y, style: theme.dim)
      }
      row += 1
      row += lines(
        [WallLine(text: result.option, style: theme.normal, indent: 4)], in: rect, from: row)
      row += spacing
    }
  }

  mutating func drawDiscussion(
    _ round: DilemmaWall.Round, counts: [Int], questions: [String], outcome: String?,
    in rect: Rect
  ) {
    let width = counts.map { String($0).count }.max() ?? 1
    var result: [WallLine] = round.options.enumerated().map { index, option in
      let lead =
        DilemmaView.optionLetter(index) + " "
        + "\(index < counts.count ? counts[index] : 0)".leftPadded(width)
      return WallLine(
        text: option, style: theme.normal, indent: DisplayWidth.of(lead) + 2, lead: lead,
        leadStyle: theme.heading)
    }
    if !questions.isEmpty {
      result.append(.gap(theme.normal))
      result += questions.map {
        WallLine(text: $0, style: theme.heading, indent: 2, lead: "?", leadStyle: theme.heading)
      }
    }
    if let outcome {
      result += [
        .gap(theme.normal),
        WallLine(text: text(.uiOutcome, ["outcome": outcome]), style: theme.title),
      ]
    }
    lines(result, in: rect)
  }
}
