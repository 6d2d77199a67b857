import TafelCore

/// The selected participant's profile: a bar per colour with its letter, name and value, their
/// first and second colour, the keywords, and what drives them to collaborate. While scores are
/// edited, the edited bar is marked and its value shows as an input.
enum ProfileView {
  static func render(
    _ team: TeamSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let glyphs = context.glyphs
    let theme = context.theme
    if team.wall.privacyMode {
      let inside = grid.box(rect, glyphs: glyphs, theme: theme)
      grid.paragraph(
        context.text(.uiPrivacyProfile, [:], language), in: inside, style: theme.heading, indent: 1)
      return
    }
    guard let participant = team.selectedParticipant else {
      let inside = grid.box(rect, glyphs: glyphs, theme: theme)
      grid.paragraph(
        context.text(.uiSelectSomeone, [:], language), in: inside, style: theme.dim, indent: 1)
      return
    }
    let organisation = team.workshop.organisation(withID: participant.organisationID)?.name ?? ""
    let title = [participant.name, organisation, participant.role].filter { !$0.isEmpty }
      .concatenated(separator: glyphs.separator)
    let inside = grid.box(rect, title: title, glyphs: glyphs, theme: theme)
    guard inside.height > 0 else { return }
    let editor = team.editor.flatMap { $0.participantID == participant.id ? $0 : nil }
    var row = inside.height >= 12 ? 1 : 0
    for colour in DriveColour.allCases {
      BarRowView.render(
        colour: colour, value: Double(participant.scores[colour]),
        valueText: "\(participant.scores[colour])",
        at: Rect(x: inside.x + 1, y: inside.y + row, width: inside.width - 2, height: 1),
        into: &grid,
        context: context, language: language,
        editing: editor.map { $0.colour == colour ? $0 : nil } ?? nil)
      row += 1
    }
    row += 1
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    var lines = textLines(participant, width: body.width, context: context, language: language)
    if DisplayWidth.of(title) > rect.width - 4 {
      // The title is cut: organisation and role are read in full above the rest.
      let who = [organisation, participant.role].filter { !$0.isEmpty }
        .concatenated(separator: glyphs.separator)
      lines =
        TextWrap.lines(who, width: body.width).map { ($0, theme.heading) } + [("", theme.normal)]
        + lines
    }
    // What does not fit under the bars scrolls (J and K), so strengths and pitfalls are never
    // simply left out at 80×24.
    let area = Rect(
      x: body.x, y: body.y + row, width: body.width,
      height: max(0, body.height - row - (editor == nil ? 0 : 1)))
    let offset = min(team.profileScroll, max(0, lines.count - area.height))
    for (index, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
      grid.write(line.text, x: area.x, y: area.y + index, style: line.style, limit: area.width)
    }
    if lines.count > area.height, area.height > 0 {
      let more = context.text(
        .uiProfileScrollHint,
        [
          "shown": "\(offset + 1)–\(min(lines.count, offset + area.height))",
          "total": "\(lines.count)",
        ], language)
      grid.write(
        " " + more + " ", x: max(inside.x, inside.maxX - DisplayWidth.of(more) - 3),
        y: inside.maxY, style: theme.heading)
    }
    if editor != nil {
      let hint = context.text(.uiEditingHint, [:], language)
      grid.write(
        hint.truncated(toWidth: body.width, glyphs: glyphs), x: body.x, y: inside.maxY - 1,
        style: theme.dim)
    }
  }

  /// The profile's text under the bars, wrapped to `width`: first and second colour, keywords,
  /// why they collaborate, strengths and pitfalls, with a blank line between the parts.
  static func textLines(
    _ participant: Participant, width: Int, context: RenderContext, language: Language
  ) -> [(text: String, style: Style)] {
    let theme = context.theme
    let glyphs = context.glyphs
    let profile = IndividualProfile(scores: participant.scores)
    let first = context.content.colour(profile.first)
    let second = context.content.colour(profile.second)
    let order = context.text(
      .uiFirstThen,
      [
        "first": first.name[language], "firstRole": first.role[language],
        "second": second.name[language],
        "secondRole": second.role[language],
      ], language)
    let keywords = context.text(
      .uiKeywords,
      [
        "keywords": (first.keywords[language] + second.keywords[language].prefix(2)).concatenated(
          separator: glyphs.separator)
      ], language)
    // Strengths and pitfalls of both colours: people who share a first colour still differ.
    func twoEach(_ lists: (ColourContent) -> Localized<[String]>) -> String {
      var items: [String] = []
      for item in lists(first)[language].prefix(2) + lists(second)[language].prefix(2)
      where !items.contains(item) {
        items.append(item)
      }
      return items.concatenated(separator: glyphs.separator)
    }
    let strengths = context.text(.uiStrengths, ["items": twoEach(\.strengths)], language)
    let pitfalls = context.text(.uiColourPitfalls, ["items": twoEach(\.pitfalls)], language)
    // What each of the first two colours brings and wants from collaboration.
    let collaboration = [first, second].map { colour in
      colour.brings.map { brings in
        context.text(
          .uiBringsWants,
          [
            "colour": colour.name[language], "brings": brings[language],
            "wants": colour.wants?[language] ?? "",
          ], language)
      } ?? colour.whyCollaborate[language]
    }
    let parts: [[(String, Style)]] = [
      [(order, theme.heading), (keywords, theme.normal)],
      [(context.text(.uiWhyCollaborate, [:], language), theme.heading)]
        + collaboration.map { ($0, theme.normal) },
      [(strengths, theme.normal), (pitfalls, theme.normal)],
    ]
    var lines: [(text: String, style: Style)] = []
    for part in parts {
      if !lines.isEmpty { lines.append(("", theme.normal)) }
      for (text, style) in part {
        lines += TextWrap.lines(text, width: width).map { ($0, style) }
      }
    }
    return lines
  }
}

/// One bar line: letter, colour name, bar, value. The letter and name make a bar readable without
/// colour; an edited bar is marked and shows its value as an input.
enum BarRowView {
  static let maximumBarWidth = 64

  static func render(
    colour: DriveColour, value: Double, valueText: String, suffix: String = "", at rect: Rect,
    into grid: inout Grid, context: RenderContext, language: Language, editing: ScoreEditor?
  ) {
    let theme = context.theme
    let glyphs = context.glyphs
    guard rect.width > 10 else { return }
    let isEdited = editing != nil
    let nameWidth = rect.width >= 40 ? 9 : 0
    var x = rect.x
    let marker = isEdited ? String(glyphs.pointer) : " "
    x += grid.write(marker, x: x, y: rect.y, style: theme.heading)
    x += grid.write(
      context.letter(colour, language).padded(toWidth: 3, glyphs: glyphs), x: x, y: rect.y,
      style: theme.barLetter(colour))
    if nameWidth > 0 {
      x += grid.write(
        context.colourName(colour, language).padded(toWidth: nameWidth, glyphs: glyphs), x: x,
        y: rect.y, style: theme.normal)
    }
    let valueWidth = 5 + DisplayWidth.of(suffix)
    // On a very wide screen a bar stretched across it puts its value far from its end; past
    // this width the bar stops growing and the value stays beside it.
    let barWidth = min(rect.maxX - x - valueWidth - 1, Self.maximumBarWidth)
    let valueX = x + barWidth + 1
    grid.bar(
      value: value, x: x, y: rect.y, width: barWidth, style: theme.bar(colour), glyphs: glyphs)
    let shown =
      isEdited
      ? "[" + (editing?.typed ?? valueText).padded(toWidth: 3, glyphs: glyphs) + "]"
      : " " + valueText.leftPadded(3) + " "
    grid.write(
      shown, x: valueX, y: rect.y, style: isEdited ? theme.input : theme.normal)
    if !suffix.isEmpty {
      grid.write(suffix, x: valueX + 5, y: rect.y, style: theme.normal)
    }
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
  }
}
