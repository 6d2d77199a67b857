import TafelCore

/// The timeline (issue 16): one session at a time, ←/→ to the one before or after. Left the
/// group profile as it stood at the end of that session, with what moved since the session
/// before and why; right the comfort needs and formalisation topics as they stood then, and what
/// moved in them.
enum TimelineView {
  static func render(
    _ points: [HistoryPoint], index: Int, privacy: Bool, impasse: ImpasseContent,
    deck: DilemmaDeck, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    guard points.indices.contains(index) else {
      let inside = grid.overlay(
        rect, title: context.text(.uiTimeline, [:], language), context: context)
      grid.paragraph(
        context.text(.uiTimelineEmpty, [:], language), in: inside.inset(by: 1), style: theme.dim)
      return
    }
    // Only this session and the one before: the rest of the timeline costs nothing per frame.
    let pair = Array(points[max(0, index - 1)...index])
    guard let step = TimelineStep.steps(pair, thresholds: context.content.rules.thresholds).last
    else { return }
    let point = step.point
    let title = context.text(
      .uiTimelineTitle,
      [
        "number": "\(point.number)", "count": "\(points.count)", "date": point.date,
        "title": point.title,
      ], language)
    let inside = grid.overlay(rect, title: title, context: context)
    guard !inside.isEmpty else { return }
    let (left, right) =
      inside.width >= 100
      ? inside.splitLeft(inside.width / 2) : (inside, Rect(x: 0, y: 0, width: 0, height: 0))
    var row = 0
    let body = Rect(x: left.x + 1, y: left.y, width: left.width - 2, height: left.height)
    let profile = step.profile
    if profile.participantCount >= 3 {
      row += grid.paragraph(
        context.text(.uiTimelineProfile, ["count": "\(profile.participantCount)"], language),
        in: body, from: row, style: theme.heading)
      for colour in profile.colourOrder where row < left.height {
        let figures = profile.figures(colour)
        let change = step.shift.map { $0.colours[colour.canonicalIndex].change } ?? 0
        let delta = abs(change.rounded()) >= 1 ? " (" + HistoryText.signed(change) + ")" : ""
        BarRowView.render(
          colour: colour, value: figures.mean, valueText: "\(Int(figures.mean.rounded()))",
          suffix: delta.padded(toWidth: 6, glyphs: context.glyphs),
          at: Rect(x: left.x, y: left.y + row, width: left.width - 1, height: 1), into: &grid,
          context: context, language: language, editing: nil)
        row += 1
      }
    } else {
      row += grid.paragraph(
        context.text(.privacyTooSmallGroup, [:], language), in: body, from: row, style: theme.dim)
    }
    row += 1
    var lines: [HistoryText.Line] = []
    if let shift = step.shift, index > 0 {
      lines.append(
        .init(text: context.text(.uiTimelineSince, [:], language), style: theme.heading))
      lines += HistoryText.shift(
        shift, earlier: points[index - 1].workshop, later: point.workshop, privacy: privacy,
        context: context)
    } else {
      lines.append(.init(text: context.text(.uiTimelineFirst, [:], language), style: theme.dim))
    }
    if let moves = step.moves {
      lines += HistoryText.moves(
        moves, workshop: point.workshop, impasse: impasse, deck: deck, context: context)
    }
    let standing = standingLines(point.workshop, impasse: impasse, context: context)
    if right.isEmpty {
      lines += [.init(text: "", style: theme.normal)] + standing
    } else {
      let rightBody = Rect(x: right.x + 1, y: right.y, width: right.width - 2, height: right.height)
      draw(standing, in: rightBody, from: 0, into: &grid)
    }
    draw(lines, in: body, from: row, into: &grid)
  }

  /// The comfort needs and topics as they stood: what was still open, what was agreed.
  static func standingLines(
    _ workshop: Workshop, impasse: ImpasseContent, context: RenderContext
  ) -> [HistoryText.Line] {
    let language = context.language
    let theme = context.theme
    var lines: [HistoryText.Line] = [
      .init(text: context.text(.uiProjectionTitle, [:], language), style: theme.heading)
    ]
    if workshop.comfortNeeds.isEmpty {
      lines.append(.init(text: context.text(.reportNone, [:], language), style: theme.dim))
    }
    for need in workshop.comfortNeeds {
      let organisation = workshop.organisation(withID: need.organisationID)?.shortName ?? ""
      lines.append(
        .init(
          text: organisation + ": " + need.text + " · "
            + context.text(need.status.stringKey, [:], language),
          style: need.status == .open ? theme.normal : theme.dim))
    }
    lines.append(.init(text: "", style: theme.normal))
    lines.append(.init(text: context.text(.uiTopicsTitle, [:], language), style: theme.heading))
    let recorded = workshop.topics.filter { $0.status != .open || !$0.agreement.isEmpty }
    if recorded.isEmpty {
      lines.append(.init(text: context.text(.reportNone, [:], language), style: theme.dim))
    }
    for topic in recorded {
      let name = impasse.topic(topic.id)?.name[language] ?? topic.title ?? topic.id
      lines.append(
        .init(
          text: name + " · " + context.text(topic.status.stringKey, [:], language),
          style: theme.normal))
      if !topic.agreement.isEmpty {
        lines.append(.init(text: topic.agreement, style: theme.dim, indent: 2))
      }
    }
    return lines
  }

  static func draw(
    _ lines: [HistoryText.Line], in rect: Rect, from start: Int, into grid: inout Grid
  ) {
    var row = start
    for line in lines where row < rect.height {
      row += max(
        1, grid.paragraph(line.text, in: rect, from: row, style: line.style, indent: line.indent))
    }
  }
}
