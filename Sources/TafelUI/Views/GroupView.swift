import TafelCore

/// The Group view: the group profile (mean and spread per colour, in the group's order, with what
/// dominates and what is missing), the steps at risk, who complements the group, and on the right
/// the pitfalls to test and what drives each colour to collaborate.
enum GroupView {
  static func render(
    _ group: GroupSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    // Privacy mode asks `Disclosure` what the wall may show: a group of one or two is not shown
    // at all, and nothing that puts a name to a profile.
    guard let analysis = shownAnalysis(group, context) else {
      renderTooSmall(group, in: rect, into: &grid, context: context)
      return
    }
    let leftWidth = rect.width >= 100 ? rect.width * 11 / 20 : rect.width / 2
    let (left, right) = rect.splitLeft(leftWidth)
    let notes =
      analysis.carriedAlone.count + analysis.rejections.count * 2 + (group.wall.privacyMode ? 2 : 0)
    let complementHeight = min(
      max(5, left.height - 14), 2 + min(analysis.complements.count, 5) + notes)
    let (profileRect, complementRect) = left.splitBottom(complementHeight)
    GroupProfilePane.render(group, analysis, in: profileRect, into: &grid, context: context)
    ComplementPane.render(group, analysis, in: complementRect, into: &grid, context: context)
    PitfallPane.render(group, analysis, in: right, into: &grid, context: context)
  }

  static func analysis(_ group: GroupSlice, _ context: RenderContext) -> GroupAnalysis {
    if let filter = group.organisationFilter {
      return GroupAnalysis(
        workshop: group.workshop, organisationID: filter, content: context.content)
    }
    return GroupAnalysis(workshop: group.workshop, content: context.content)
  }

  /// "rood +18, blauw +12": the colours on which someone is clearly high, and by how much.
  static func strengths(
    _ strengths: [GroupAnalysis.Complement.Strength], _ context: RenderContext,
    _ language: Language
  ) -> String {
    strengths.map {
      context.colourName($0.colour, language) + " +" + String(Int($0.pointsAbove.rounded()))
    }.joined(separator: ", ")
  }

  /// The analysis as the wall may show it, or nil when privacy mode hides this group.
  static func shownAnalysis(_ group: GroupSlice, _ context: RenderContext) -> GroupAnalysis? {
    let disclosure = Disclosure(isPrivate: group.wall.privacyMode)
    let full = analysis(group, context)
    if let filter = group.organisationFilter, full.profile.participantCount > 0,
      !disclosure.organisationsShown(in: group.workshop).contains(filter)
    {
      return nil
    }
    if full.profile.participantCount == 0 { return full }
    return disclosure.shown(full)
  }

  static func renderTooSmall(
    _ group: GroupSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let scope =
      group.organisationFilter.flatMap(group.workshop.organisation(withID:))?.name
      ?? context.text(.uiWholeRoom, [:], language)
    let count = analysis(group, context).profile.participantCount
    let title = context.text(.uiGroupProfile, ["scope": scope, "count": "\(count)"], language)
    let inside = grid.box(rect, title: title, glyphs: context.glyphs, theme: context.theme)
    guard !inside.isEmpty else { return }
    // Three or more and still hidden: shown, it would give a smaller delegation away.
    let reason: StringKey =
      Disclosure(isPrivate: group.wall.privacyMode).showsFigures(ofGroupOf: count)
      ? .privacyHiddenForOthersGroup : .privacyTooSmallGroup
    grid.paragraph(
      context.text(reason, [:], language), in: inside, from: 1, style: context.theme.heading,
      indent: 1)
  }

  static func names(_ colours: [DriveColour], _ context: RenderContext, _ language: Language)
    -> String
  {
    colours.isEmpty
      ? context.text(.reportNone, [:], language)
      : colours.map { context.colourName($0, language) }.joined(separator: ", ")
  }
}

enum GroupProfilePane {
  static func render(
    _ group: GroupSlice, _ analysis: GroupAnalysis, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let profile = analysis.profile
    let scope =
      group.organisationFilter.flatMap(group.workshop.organisation(withID:))?.name
      ?? context.text(.uiWholeRoom, [:], language)
    let title = context.text(
      .uiGroupProfile, ["scope": scope, "count": "\(profile.participantCount)"], language)
    let inside = grid.box(rect, title: title, glyphs: context.glyphs, theme: theme)
    guard !inside.isEmpty else { return }
    guard profile.participantCount > 0 else {
      grid.paragraph(
        context.text(.reportNoParticipants, [:], language), in: inside, style: theme.dim, indent: 1)
      return
    }
    let tagWidth = max(
      DisplayWidth.of(context.text(.reportStatusDominant, [:], language)),
      DisplayWidth.of(context.text(.reportStatusUnder, [:], language)))
    var row = 0
    for colour in profile.colourOrder {
      let figures = profile.figures(colour)
      let tag: String
      switch figures.status {
      case .dominant: tag = context.text(.reportStatusDominant, [:], language)
      case .underRepresented: tag = context.text(.reportStatusUnder, [:], language)
      case .balanced: tag = ""
      }
      let spread = "±" + "\(Int(figures.spread.rounded()))"
      BarRowView.render(
        colour: colour, value: figures.mean, valueText: "\(Int(figures.mean.rounded()))",
        suffix: spread.padded(toWidth: 4, glyphs: context.glyphs) + " "
          + tag.padded(toWidth: tagWidth, glyphs: context.glyphs),
        at: Rect(x: inside.x, y: inside.y + row, width: inside.width - 1, height: 1), into: &grid,
        context: context, language: language, editing: nil)
      row += 1
    }
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    // The bars already stand in the group's order; where rows are short, the spelled-out order
    // and the blank line give way to what is missing and the steps at risk.
    let roomy = inside.height >= 6 + 5 + analysis.stepsAtRisk.count
    if roomy { row += 1 }
    var lines: [(String, Style)] = []
    if roomy {
      lines.append(
        (
          context.text(.reportGroupLogic, [:], language) + ": "
            + GroupView.names(profile.colourOrder, context, language), theme.normal
        ))
    }
    lines += [
      (
        context.text(.reportDominant, [:], language) + ": "
          + GroupView.names(profile.dominant, context, language), theme.normal
      ),
      (
        context.text(.reportUnderRepresented, [:], language) + ": "
          + GroupView.names(profile.underRepresented, context, language), theme.normal
      ),
    ]
    for (line, style) in lines where row < inside.height {
      row += grid.paragraph(line, in: body, from: row, style: style)
    }
    for step in analysis.stepsAtRisk where row < inside.height {
      let colours = step.colours.map { context.colourName($0, language) }.joined(separator: " + ")
      row += grid.paragraph(
        context.text(
          .reportStepAtRisk, ["step": step.name[language], "colours": colours], language), in: body,
        from: row, style: theme.warning)
      let explanation = TextWrap.lines(step.atRisk[language], width: body.width - 2)
      // The explanation only when it fits whole and leaves room for the other steps' titles.
      if row + explanation.count + analysis.stepsAtRisk.count <= inside.height {
        row += grid.paragraph(
          step.atRisk[language], in: body, from: row, style: theme.dim, indent: 2)
      }
    }
  }
}

enum ComplementPane {
  static func render(
    _ group: GroupSlice, _ analysis: GroupAnalysis, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    let inside = grid.box(
      rect, title: context.text(.reportComplements, [:], language), glyphs: glyphs, theme: theme)
    guard !inside.isEmpty else { return }
    let people = Dictionary(uniqueKeysWithValues: group.workshop.participants.map { ($0.id, $0) })
    let width = inside.width - 2
    var notes: [(String, Style)] = []
    if group.wall.privacyMode {
      notes.append((context.text(.privacyNoNames, [:], language), theme.dim))
    }
    for carried in analysis.carriedAlone {
      let name = people[carried.participantID].map(group.displayName) ?? carried.participantID
      notes.append(
        (
          context.text(
            .reportCarriedAlone,
            ["person": name, "colour": context.colourName(carried.colour, language)], language),
          theme.normal
        ))
    }
    for rejection in analysis.rejections {
      notes.append(
        (
          context.text(
            .reportRejectedBy,
            [
              "colour": context.colourName(rejection.colour, language),
              "rejecting": "\(rejection.count)", "count": "\(rejection.outOf)",
            ], language), theme.warning
        ))
      // Whose behaviour the irritation will meet: the people with the colour first or second.
      let carriers = rejection.carriers.compactMap { people[$0].map(group.displayName) }
      if !carriers.isEmpty {
        notes.append(
          (
            context.text(
              .reportRejectedCarriers,
              [
                "colour": context.colourName(rejection.colour, language),
                "people": carriers.joined(separator: ", "),
              ], language), theme.normal
          ))
      }
    }
    var noteLines: [(String, Style)] = []
    for (note, style) in notes {
      let wrapped = TextWrap.lines(note, width: width)
      noteLines += wrapped.enumerated().map {
        ($0.offset == 0 ? $0.element : "  " + $0.element, style)
      }
    }
    // The notes (a colour carried alone, a colour many reject) matter more than the fifth name.
    let room = max(1, inside.height - noteLines.count)
    let shown = analysis.complements.prefix(min(5, room)).filter { $0.score > 0 }
    let nameWidth = min(
      20, shown.compactMap { people[$0.participantID].map { DisplayWidth.of($0.name) } }.max() ?? 0)
    let strongTexts = shown.map {
      context.text(
        .uiStrongOn, ["colours": GroupView.strengths($0.strengths, context, language)], language)
    }
    let widest = strongTexts.map { DisplayWidth.of($0) }.max() ?? 0
    let fitsWords = 2 + nameWidth + 2 + widest <= width
    let fitsLabel = 2 + nameWidth + 2 + 14 + widest <= width
    var lines: [(String, Style)] = []
    for (complement, strongText) in zip(shown, strongTexts) {
      guard let person = people[complement.participantID] else { continue }
      let star = complement.firstColourIsWeak ? "* " : "  "
      var line = star + group.displayName(person).padded(toWidth: nameWidth, glyphs: glyphs) + "  "
      if fitsLabel, !group.wall.privacyMode {
        let label = IndividualProfile(scores: person.scores).label(context.content, in: language)
        line += label.padded(toWidth: 13, glyphs: glyphs) + " "
      }
      lines.append(
        (
          line
            + (fitsWords
              ? strongText : GroupView.strengths(complement.strengths, context, language)),
          theme.normal
        ))
    }
    lines += noteLines
    for (index, (line, style)) in lines.prefix(inside.height).enumerated() {
      grid.write(line, x: inside.x + 1, y: inside.y + index, style: style, limit: width)
    }
  }
}

/// The pitfalls as questions with their explanation, what the facilitators can do and the basis;
/// then what drives each colour to collaborate. Scrolls when it does not fit.
enum PitfallPane {
  static func lines(
    _ group: GroupSlice, _ analysis: GroupAnalysis, width: Int, context: RenderContext
  ) -> [(String, Style)] {
    let language = context.language
    let theme = context.theme
    var lines: [(String, Style)] = []
    /// Wrapped lines; `hanging` indents every line after the first, as under "? ".
    func add(_ text: String, _ style: Style, indent: Int = 0, hanging: Int = 0) {
      let pad = String(repeating: " ", count: indent)
      let wrapped = TextWrap.lines(text, width: width - indent - hanging)
      lines += wrapped.enumerated().map { index, line in
        (pad + (index == 0 ? "" : String(repeating: " ", count: hanging)) + line, style)
      }
    }
    if analysis.pitfalls.isEmpty { add(context.text(.reportNoPitfalls, [:], language), theme.dim) }
    let people = Dictionary(
      uniqueKeysWithValues: group.workshop.participants.map { ($0.id, group.displayName($0)) })
    for pitfall in analysis.pitfalls {
      let arguments = pitfall.arguments(
        colourName: { context.colourName($0, language) }, personName: { people[$0] ?? $0 })
      let rule = pitfall.rule
      add(
        "? " + UIStrings.fill(rule.question[language], with: arguments), theme.heading, hanging: 2)
      add(
        UIStrings.fill(rule.title[language], with: arguments) + ": "
          + UIStrings.fill(rule.explanation[language], with: arguments), theme.normal, indent: 2)
      if !group.wall.screenIsPublic {
        add(
          context.text(.reportFacilitatorMoves, [:], language) + ": "
            + UIStrings.fill(rule.facilitatorMoves[language], with: arguments), theme.normal,
          indent: 2)
      }
      add("(" + context.text(rule.basis.stringKey, [:], language) + ")", theme.dim, indent: 2)
      lines.append(("", theme.normal))
    }
    add(context.text(.uiDrivesToCollaborate, [:], language), theme.heading)
    for colour in context.content.colours {
      add(
        colour.letter[language] + " " + colour.name[language] + ": "
          + colour.whyCollaborate[language], theme.normal, indent: 0)
    }
    return lines
  }

  static func render(
    _ group: GroupSlice, _ analysis: GroupAnalysis, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let language = context.language
    let inside = grid.box(
      rect, title: context.text(.reportPitfalls, [:], language), glyphs: context.glyphs,
      theme: context.theme)
    guard !inside.isEmpty else { return }
    let all = lines(group, analysis, width: inside.width - 2, context: context)
    let offset = min(group.groupScroll, max(0, all.count - inside.height))
    for (index, (line, style)) in all.dropFirst(offset).prefix(inside.height).enumerated() {
      grid.write(line, x: inside.x + 1, y: inside.y + index, style: style, limit: inside.width - 2)
    }
    if all.count > inside.height {
      let more = context.text(
        .uiScrollHint,
        [
          "shown": "\(offset + 1)–\(min(all.count, offset + inside.height))",
          "total": "\(all.count)",
        ], language)
      grid.write(
        " " + more + " ", x: max(inside.x, inside.maxX - DisplayWidth.of(more) - 3), y: inside.maxY,
        style: context.theme.dim)
    }
  }
}
