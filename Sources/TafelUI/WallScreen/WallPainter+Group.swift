import TafelCore

/// The Group screen on the wall: the profile as bars with mean and spread, what dominates and
/// what is missing, the steps at risk; beside it (or below, on a narrow wall) the pitfalls as
/// questions for the room, then who complements the group.
extension WallPainter {
  mutating func drawGroup(_ group: GroupWall, in rect: Rect) {
    let scope = group.organisation ?? text(.uiWholeRoom)
    let title = text(.uiGroupProfile, ["scope": scope, "count": "\(group.participantCount)"])
    let row = heading(title, in: rect, from: 0, forceSmall: true)
    let rest = Rect(x: rect.x, y: rect.y + row, width: rect.width, height: rect.height - row)
    if let hidden = group.hidden {
      let reason: StringKey =
        hidden == .tooSmall ? .privacyTooSmallGroup : .privacyHiddenForOthersGroup
      let top = max(0, rest.height / 2 - 3)
      centredParagraph(text(reason), in: rest, from: top, style: theme.heading)
      return
    }
    guard group.participantCount > 0, !group.figures.isEmpty else {
      lines([WallLine(text: text(.wallNoParticipants), style: theme.dim)], in: rest)
      return
    }
    let wide = rest.width >= 110
    let (left, right) = wide ? rest.splitLeft(rest.width * 11 / 20) : (rest, rest)
    let used = drawFigures(group, in: left)
    let notes = groupNotes(group)
    if wide {
      let pane = Rect(x: right.x + 4, y: right.y, width: right.width - 4, height: right.height)
      lines(pitfallLines(group) + notes, in: pane)
      return
    }
    let below = Rect(
      x: rest.x, y: rest.y + used, width: rest.width, height: max(0, rest.height - used))
    lines(pitfallLines(group, short: true) + notes, in: below)
  }

  /// The bars, two rows high where the wall has room; returns the rows used with a gap.
  mutating func drawFigures(_ group: GroupWall, in rect: Rect) -> Int {
    let barRows = rect.height >= 26 ? 2 : 1
    let labelWidth = 4 + (group.figures.map { DisplayWidth.of(colourName($0.colour)) }.max() ?? 6)
    let status =
      [text(.reportStatusDominant), text(.reportStatusUnder)]
      .map(DisplayWidth.of).max() ?? 9
    let barWidth = max(6, rect.width - labelWidth - 10 - status - 2)
    var row = 0
    for figure in group.figures where row + barRows <= rect.height {
      let y = rect.y + row
      let colour = figure.colour
      grid.write(letter(colour), x: rect.x, y: y, style: theme.barLetter(colour))
      grid.write(colourName(colour), x: rect.x + 3, y: y, style: theme.normal)
      colourBar(
        colour, value: Double(figure.mean), x: rect.x + labelWidth, y: y, width: barWidth,
        rows: barRows)
      let x = rect.x + labelWidth + barWidth + 1
      grid.write("\(figure.mean)".leftPadded(3), x: x, y: y, style: theme.title)
      grid.write("±\(figure.spread)", x: x + 4, y: y, style: theme.dim)
      // On a narrow wall (the console's preview) the word gives way; the colour stays.
      if x + 9 + status > rect.maxX {
      } else if group.dominant.contains(colour) {
        grid.write(text(.reportStatusDominant), x: x + 9, y: y, style: theme.heading)
      } else if group.underRepresented.contains(colour) {
        grid.write(text(.reportStatusUnder), x: x + 9, y: y, style: theme.warning)
      }
      row += barRows + (barRows > 1 ? 1 : 0)
    }
    let steps = group.stepsAtRisk.map { step in
      WallLine(
        text: text(
          .reportStepAtRisk,
          ["step": step.name, "colours": step.colours.map(colourName).joined(separator: " + ")]),
        style: theme.warning)
    }
    if !steps.isEmpty, row < rect.height {
      row += 1
      row += lines(steps, in: rect, from: row)
    }
    return row + 1
  }

  /// "Om te toetsen": each pitfall's question, and on a wide wall its explanation and basis.
  func pitfallLines(_ group: GroupWall, short: Bool = false) -> [WallLine] {
    var result = [WallLine(text: text(.reportPitfalls), style: theme.title)]
    guard !group.pitfalls.isEmpty else {
      return result + [WallLine(text: text(.reportNoPitfalls), style: theme.normal)]
    }
    for pitfall in group.pitfalls {
      result.append(
        WallLine(
          text: pitfall.question, style: theme.heading, indent: 2, lead: "?",
          leadStyle: theme.heading))
      if !short {
        result.append(
          WallLine(
            text: pitfall.explanation + "  (" + text(pitfall.basis.stringKey) + ")",
            style: theme.normal, indent: 2))
        result.append(.gap(theme.normal))
      }
    }
    return result
  }

  /// Who complements the group, who carries a colour alone, which colours are rejected.
  func groupNotes(_ group: GroupWall) -> [WallLine] {
    var result: [WallLine] = []
    if !group.complements.isEmpty {
      result += [.gap(theme.normal), WallLine(text: text(.reportComplements), style: theme.title)]
      for complement in group.complements {
        let strengths = complement.strengths.map { colourName($0.colour) + " +\($0.points)" }
          .joined(separator: ", ")
        let label = complement.colours.map(colourName).joined(separator: "-")
        result.append(
          WallLine(
            text: [complement.name, label, strengths].joined(separator: glyphs.separator),
            style: theme.normal,
            indent: 2, lead: "·"))
      }
    }
    var others: [WallLine] = group.carriedAlone.map {
      WallLine(
        text: text(.reportCarriedAlone, ["person": $0.name, "colour": colourName($0.colour)]),
        style: theme.normal, indent: 2, lead: "·")
    }
    others += group.rejections.map {
      let colour = colourName($0.colour)
      return WallLine(
        text: context.content.strings.text(
          .reportRejectedBy,
          ["rejecting": "\($0.count)", "count": "\($0.outOf)", "colour": colour], in: language),
        style: theme.normal, indent: 2, lead: "·")
    }
    if !others.isEmpty { result += [.gap(theme.normal)] + others }
    return result
  }
}
