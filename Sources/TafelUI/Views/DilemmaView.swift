import TafelCore

/// The dilemma game on the wall: the round and its timer, then per stage the card, the count of
/// choices (hidden until the reveal), the reveal with its split by first colour, or the
/// discussion. In projector mode the title and the timer are block letters.
enum DilemmaView {
  static func render(
    _ dilemma: DilemmaSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let body = inset(rect)
    if let index = dilemma.wall.rolePlay {
      RolePlayView.render(dilemma, index: index, in: body, into: &grid, context: context)
      return
    }
    guard let round = dilemma.currentRound, let card = dilemma.currentCard else {
      renderIntro(dilemma, in: body, into: &grid, context: context)
      return
    }
    var row = renderTop(dilemma, round, card, in: body, into: &grid, context: context)
    let rest = Rect(
      x: body.x, y: body.y + row, width: body.width, height: max(0, body.height - row))
    switch round.stage {
    case .card: row = CardStageView.render(dilemma, card, in: rest, into: &grid, context: context)
    case .collecting:
      CollectingStageView.render(dilemma, round, card, in: rest, into: &grid, context: context)
    case .reveal:
      RevealStageView.render(dilemma, round, card, in: rest, into: &grid, context: context)
    case .discussion:
      DiscussionStageView.render(dilemma, round, card, in: rest, into: &grid, context: context)
    }
  }

  /// Where the card picker opens: over the whole view during a round, inside the margins over
  /// the introduction.
  static func cardPickerArea(_ dilemma: DilemmaSlice, in rect: Rect) -> Rect {
    guard dilemma.currentRound != nil, dilemma.currentCard != nil else { return inset(rect) }
    return rect
  }

  static func inset(_ rect: Rect) -> Rect {
    Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 1)
  }

  static func renderIntro(
    _ dilemma: DilemmaSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let deck = dilemma.dilemmaDeck
    var row = 1
    if dilemma.wall.projectorMode {
      row +=
        BigText.render(
          deck.deck.title[language], at: rect.x, y: rect.y + row, width: rect.width, into: &grid,
          style: context.theme.title, glyphs: context.glyphs) + 1
    } else {
      row +=
        grid.paragraph(deck.deck.title[language], in: rect, from: row, style: context.theme.title)
        + 1
    }
    let text = context.text(
      .uiDilemmaIntro,
      [
        "cards": context.content.strings.count(.countCards, deck.cards.count, in: language),
        "minutes": context.content.strings.count(
          .countMinutes, deck.deck.roundMinutes, in: language),
      ],
      language)
    grid.paragraph(text, in: rect, from: row, style: context.theme.normal)
  }

  /// "RONDE 3" and the timer, then the card's title; returns the rows used.
  static func renderTop(
    _ dilemma: DilemmaSlice, _ round: DilemmaRound, _ card: DilemmaCard, in rect: Rect,
    into grid: inout Grid,
    context: RenderContext
  ) -> Int {
    let language = context.language
    let theme = context.theme
    let number = dilemma.workshop.dilemmaRounds.count
    let remaining = round.timer.remaining(at: dilemma.clockSeconds)
    let clock = TimerText.format(remaining)
    var timerStyle = remaining <= 60 ? theme.warning : theme.heading
    if !round.timer.isRunning, remaining > 60 { timerStyle = theme.dim }
    let roundText = context.text(.uiRound, ["number": "\(number)"], language).uppercased()
    let stageText = context.text(stageKey(round.stage), [:], language)
    grid.write(
      roundText + context.glyphs.separator + stageText, x: rect.x, y: rect.y, style: theme.dim)
    var row = 1
    if dilemma.wall.projectorMode {
      let timerWidth = BigText.width(clock)
      BigText.render(
        clock, at: rect.maxX - timerWidth, y: rect.y + row, width: timerWidth, into: &grid,
        style: timerStyle, glyphs: context.glyphs)
      let titleWidth = rect.width - timerWidth - 3
      let used = BigText.render(
        card.title[language], at: rect.x, y: rect.y + row, width: titleWidth, into: &grid,
        style: theme.title, glyphs: context.glyphs)
      row += max(used, BigText.height) + 1
    } else {
      let timerText = (context.glyphs == .unicode ? "⏱ " : "") + clock
      grid.write(timerText, x: rect.maxX - DisplayWidth.of(timerText), y: rect.y, style: timerStyle)
      grid.write(
        card.title[language], x: rect.x, y: rect.y + row, style: theme.title, limit: rect.width)
      row += 2
    }
    return row
  }

  static func stageKey(_ stage: RoundStage) -> StringKey {
    switch stage {
    case .card: .stageCard
    case .collecting: .stageCollecting
    case .reveal: .stageReveal
    case .discussion: .stageDiscussion
    }
  }

  static func optionLetter(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }

  /// The options, lettered A to D, wrapped under their text; returns the rows used.
  @discardableResult
  static func renderOptions(
    _ card: DilemmaCard, _ language: Language, in rect: Rect, from row: Int, into grid: inout Grid,
    context: RenderContext
  ) -> Int {
    var used = 0
    for (index, option) in card.options.enumerated() where row + used < rect.height {
      grid.write(
        " " + optionLetter(index), x: rect.x, y: rect.y + row + used, style: context.theme.heading)
      used += grid.paragraph(
        option[language], in: rect, from: row + used, style: context.theme.normal, indent: 5)
    }
    return used
  }
}

/// mm:ss for the round timer; "-m:ss" once time is up, so the room sees how far over it is.
enum TimerText {
  static func format(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let sign = whole < 0 ? "-" : ""
    let value = abs(whole)
    let minutes = value / 60
    let rest = value % 60
    return sign + (minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
  }
}

enum CardStageView {
  @discardableResult
  static func render(
    _ dilemma: DilemmaSlice, _ card: DilemmaCard, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) -> Int {
    let language = context.language
    var row = grid.paragraph(card.situation[language], in: rect, style: context.theme.normal) + 1
    row += DilemmaView.renderOptions(
      card, language, in: rect, from: row, into: &grid, context: context)
    return row
  }
}

enum CollectingStageView {
  static func render(
    _ dilemma: DilemmaSlice, _ round: DilemmaRound, _ card: DilemmaCard, in rect: Rect,
    into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let people = dilemma.workshop.participants
    let showsList = !dilemma.countingHands && !dilemma.wall.projectorMode && rect.width >= 70
    let (left, right) =
      showsList ? rect.splitLeft(rect.width - 30) : (rect, Rect(x: 0, y: 0, width: 0, height: 0))
    var row =
      DilemmaView.renderOptions(card, language, in: left, from: 0, into: &grid, context: context)
      + 1
    let total = round.tally(optionCount: card.options.count).reduce(0, +)
    let status: String
    if dilemma.countingHands {
      status = context.text(.uiHandsCounted, ["count": "\(total)"], language)
    } else {
      status = context.text(
        .uiChoicesIn, ["count": "\(round.choices.count)", "total": "\(people.count)"], language)
    }
    row += grid.paragraph(status, in: left, from: row, style: theme.heading)
    grid.paragraph(
      context.text(.uiHiddenUntilReveal, [:], language), in: left, from: row, style: theme.dim)
    guard showsList, !right.isEmpty else { return }
    // Who has chosen, never what: the wall must not give the choices away before the reveal.
    let inside = grid.box(
      right, title: context.text(.uiWhoChose, [:], language), glyphs: context.glyphs, theme: theme)
    let offset = min(
      max(0, dilemma.participantCursor - inside.height / 2),
      max(0, people.count - inside.height))
    for (index, person) in people.enumerated().dropFirst(offset).prefix(inside.height) {
      let y = inside.y + index - offset
      let mark = round.choices[person.id] != nil ? "✓ " : "  "
      let style = index == dilemma.participantCursor ? theme.selected : theme.normal
      grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: style)
      grid.write(
        " " + mark + dilemma.displayName(person), x: inside.x, y: y, style: style,
        limit: inside.width
      )
    }
  }
}

enum RevealStageView {
  static func render(
    _ dilemma: DilemmaSlice, _ round: DilemmaRound, _ card: DilemmaCard, in rect: Rect,
    into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let tally = round.tally(optionCount: card.options.count)
    let most = max(1, tally.max() ?? 1)
    let people = Dictionary(uniqueKeysWithValues: dilemma.workshop.participants.map { ($0.id, $0) })
    let barWidth = max(4, min(30, rect.width / 3))
    var row = 0
    for (index, option) in card.options.enumerated() where row < rect.height {
      let y = rect.y + row
      grid.write(" " + DilemmaView.optionLetter(index), x: rect.x, y: y, style: theme.heading)
      grid.bar(
        value: Double(tally[index]) / Double(most) * 100, x: rect.x + 4, y: y, width: barWidth,
        style: theme.heading, glyphs: context.glyphs)
      grid.write(
        "\(tally[index])".leftPadded(3), x: rect.x + 5 + barWidth, y: y, style: theme.title)
      // The split by first colour: which drives chose this option. In privacy mode only when no
      // colour in it stands for one or two people.
      var x = rect.x + 10 + barWidth
      var split: [DriveColour: Int] = [:]
      for (id, choice) in round.choices where choice == index {
        if let person = people[id] {
          split[IndividualProfile(scores: person.scores).first, default: 0] += 1
        }
      }
      let shownSplit = Disclosure(isPrivate: dilemma.wall.privacyMode).colourSplit(split)
      if shownSplit == nil, x + 10 < rect.maxX {
        x += grid.write(
          context.text(.privacyTooSmall, [:], language) + " ", x: x, y: y, style: theme.dim,
          limit: rect.maxX - x)
      }
      for colour in DriveColour.allCases {
        let count = shownSplit?[colour] ?? 0
        guard count > 0, x + 8 < rect.maxX else { continue }
        x += grid.write(
          context.letter(colour, language) + " ", x: x, y: y, style: theme.barLetter(colour))
        x += grid.write(
          String(repeating: context.glyphs.full, count: min(count, 6)) + " ", x: x, y: y,
          style: theme.bar(colour))
      }
      if index < round.handCounts.count, round.handCounts[index] > 0, x + 10 < rect.maxX {
        grid.write(
          context.text(.uiHands, ["count": "\(round.handCounts[index])"], language), x: x, y: y,
          style: theme.dim)
      }
      row += 1
      row += grid.paragraph(option[language], in: rect, from: row, style: theme.dim, indent: 4)
    }
  }
}

enum DiscussionStageView {
  static func render(
    _ dilemma: DilemmaSlice, _ round: DilemmaRound, _ card: DilemmaCard, in rect: Rect,
    into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let tally = round.tally(optionCount: card.options.count)
    let countWidth = tally.map { String($0).count }.max() ?? 1
    // The room discusses options, not letters: each with its count and its text.
    var row = 0
    for (index, option) in card.options.enumerated() where row < rect.height {
      let bullet = DilemmaView.optionLetter(index) + " " + "\(tally[index])".leftPadded(countWidth)
      grid.write(bullet, x: rect.x, y: rect.y + row, style: theme.heading)
      row += grid.paragraph(
        option[language], in: rect, from: row, style: theme.normal,
        indent: DisplayWidth.of(bullet) + 2)
    }
    row += 1
    for question in card.questions[language] where row < rect.height {
      row += grid.bulleted(question, bullet: "?", in: rect, from: row, style: theme.heading)
    }
    row += 1
    // The round's notes are the facilitator's: not on a screen the room reads in privacy mode.
    if !dilemma.wall.screenIsPublic {
      let notes = round.notes.isEmpty ? context.text(.uiNoNotes, [:], language) : round.notes
      row += grid.paragraph(
        context.text(.uiNote, ["note": notes], language), in: rect, from: row, style: theme.normal)
    }
    let outcome = round.outcome.isEmpty ? context.text(.uiNoOutcome, [:], language) : round.outcome
    grid.paragraph(
      context.text(.uiOutcome, ["outcome": outcome], language), in: rect, from: row,
      style: theme.title)
  }
}

enum CardPickerView {
  static func render(
    _ dilemma: DilemmaSlice, cursor: Int, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let cards = dilemma.dilemmaDeck.cards
    let used = dilemma.playedCardIDs
    let inside = grid.overlay(
      rect, title: context.text(.uiChooseCard, [:], language), context: context)
    let offset = min(max(0, cursor - inside.height / 2), max(0, cards.count - inside.height))
    for (index, card) in cards.enumerated().dropFirst(offset).prefix(inside.height) {
      let y = inside.y + index - offset
      let style = index == cursor ? context.theme.selected : context.theme.normal
      grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: style)
      let mark = used.contains(card.id) ? "✓ " : "  "
      grid.write(
        " " + mark + card.title[language], x: inside.x, y: y, style: style, limit: inside.width)
    }
  }
}

enum RoundHistoryView {
  static func render(
    _ dilemma: DilemmaSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let inside = grid.overlay(
      rect, title: context.text(.uiRoundHistory, [:], language), context: context)
    var row = 0
    for (number, round) in dilemma.workshop.dilemmaRounds.enumerated() where row < inside.height {
      guard let card = dilemma.dilemmaDeck.card(round.cardID) else { continue }
      let tally = round.tally(optionCount: card.options.count)
      let counts = card.options.indices.map { DilemmaView.optionLetter($0) + " \(tally[$0])" }
        .joined(separator: " ")
      let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
      row += grid.paragraph(
        "\(number + 1). " + card.title[language] + "  (" + counts + ")", in: body, from: row,
        style: context.theme.heading)
      if !round.outcome.isEmpty {
        row += grid.paragraph(
          round.outcome, in: body, from: row, style: context.theme.normal, indent: 3)
      }
    }
  }
}

/// A role-play card, large: the situation and the colour to play it from.
enum RolePlayView {
  static func render(
    _ dilemma: DilemmaSlice, index: Int, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let cards = dilemma.dilemmaDeck.rolePlays
    guard cards.indices.contains(index) else { return }
    let card = cards[index]
    let colour = context.content.colour(card.colour)
    let counter =
      context.text(.uiRolePlay, [:], language).uppercased() + "  \(index + 1) / \(cards.count)"
    grid.write(counter, x: rect.x, y: rect.y, style: context.theme.dim)
    var row = 2
    if dilemma.wall.projectorMode {
      row +=
        BigText.render(
          card.title[language], at: rect.x, y: rect.y + row, width: rect.width, into: &grid,
          style: context.theme.title, glyphs: context.glyphs) + 1
    } else {
      grid.write(
        card.title[language], x: rect.x, y: rect.y + row, style: context.theme.title,
        limit: rect.width)
      row += 2
    }
    let play = context.text(
      .uiPlayAs, ["colour": colour.name[language], "role": colour.role[language]], language)
    grid.write(
      colour.letter[language] + " ", x: rect.x, y: rect.y + row,
      style: context.theme.barLetter(card.colour))
    row +=
      grid.paragraph(
        play, in: rect, from: row, style: context.theme.barLetter(card.colour), indent: 3) + 1
    row +=
      grid.paragraph(card.brief[language], in: rect, from: row, style: context.theme.normal) + 1
    let keywords = colour.keywords[language].joined(separator: context.glyphs.separator)
    grid.paragraph(
      context.text(.uiKeywords, ["keywords": keywords], language), in: rect, from: row,
      style: context.theme.dim)
  }
}
