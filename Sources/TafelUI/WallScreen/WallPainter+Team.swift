import TafelCore

/// The Team screen on the wall: the delegations with their people in as many columns as the
/// wall needs, and beside them the selected person's profile where the page carries one.
extension WallPainter {
  mutating func drawTeam(_ team: TeamWall, in rect: Rect) {
    let people = team.peopleCount
    let title =
      team.organisation.map { $0 + " (\(people))" } ?? text(.uiParticipants, ["count": "\(people)"])
    let row = heading(title, in: rect, from: 0, forceSmall: true)
    guard people > 0 else {
      lines([WallLine(text: text(.wallNoParticipants), style: theme.dim)], in: rect, from: row)
      return
    }
    let area = Rect(x: rect.x, y: rect.y + row, width: rect.width, height: rect.height - row)
    // People not sent are more than the wall could show: they only make the list overflow.
    let unsent = team.unsent ?? 0
    let spacious = entries(team.delegations, gaps: true)
    let compact = entries(team.delegations, gaps: false)
    guard let profile = team.profile else {
      let capacity = max(1, area.width / WallFit.columnWidth) * area.height
      drawEntries(
        spacious.count + unsent <= capacity ? spacious : compact, unsent: unsent, in: area)
      return
    }
    let listWidth = area.width >= 110 ? area.width * 2 / 5 : area.width / 2 - 1
    let (left, right) = area.splitLeft(listWidth)
    let profileRect = Rect(x: right.x + 3, y: right.y, width: right.width - 3, height: right.height)
    if spacious.count + unsent <= left.height {
      drawEntries(spacious, in: left)
    } else if compact.count + unsent <= left.height {
      drawEntries(compact, in: left)
    } else {
      // The room is looking at one person: their profile across the wall beats a cut list.
      drawProfile(profile, in: area)
      return
    }
    drawProfile(profile, in: profileRect)
  }

  typealias TeamEntry = (text: String, style: Style, colours: [DriveColour]?, selected: Bool)

  /// The list's rows: each delegation's name over its people, with a blank row between
  /// delegations where asked.
  func entries(_ delegations: [TeamWall.Delegation], gaps: Bool) -> [TeamEntry] {
    var entries: [TeamEntry] = []
    for delegation in delegations where !delegation.people.isEmpty {
      if gaps, !entries.isEmpty { entries.append(("", theme.normal, nil, false)) }
      entries.append((delegation.organisation, theme.heading, nil, false))
      for person in delegation.people {
        entries.append((person.name, theme.normal, person.colours ?? [], person.selected))
      }
    }
    return entries
  }

  /// The list, flowed into columns of at least `WallFit.columnWidth` cells; what does not fit
  /// is counted, with the `unsent` people after the list.
  mutating func drawEntries(_ entries: [TeamEntry], unsent: Int = 0, in rect: Rect) {
    guard rect.height > 0 else { return }
    let total = entries.count + unsent
    let columnsNeeded = (total + rect.height - 1) / rect.height
    let columns = max(1, min(columnsNeeded, rect.width / WallFit.columnWidth))
    let columnWidth = rect.width / columns
    let capacity = columns * rect.height
    for (index, entry) in entries.prefix(capacity).enumerated() {
      let column = index / rect.height
      let x = rect.x + column * columnWidth
      let y = rect.y + index % rect.height
      let width = columnWidth - 2
      if total > capacity, index == capacity - 1 {
        let hidden = entries.dropFirst(index).filter { $0.colours != nil }.count + unsent
        grid.write(glyphs.ellipsis + " +\(hidden)", x: x, y: y, style: theme.dim)
        break
      }
      guard let colours = entry.colours else {
        grid.write(entry.text, x: x, y: y, style: entry.style, limit: width)
        continue
      }
      let label = colours.map(colourName).joined(separator: "-")
      let labelWidth = DisplayWidth.of(label)
      let nameRoom = labelWidth > 0 && width - labelWidth >= 14 ? width - labelWidth - 2 : width
      let style = entry.selected ? theme.selected : theme.normal
      if entry.selected { grid.fill(Rect(x: x, y: y, width: width, height: 1), style: style) }
      grid.write(
        "  " + entry.text.truncated(toWidth: nameRoom - 2, glyphs: glyphs), x: x, y: y,
        style: style, limit: nameRoom)
      if nameRoom < width, let first = colours.first {
        grid.write(
          label, x: x + width - labelWidth, y: y,
          style: entry.selected ? style : theme.barLetter(first))
      }
    }
  }

  /// A person's six bars, highest first, with their first two colours and roles in words.
  mutating func drawProfile(_ profile: TeamWall.Profile, in rect: Rect) {
    var row = heading(profile.name, in: rect, from: 0, forceSmall: rect.height < 20)
    let detail = [profile.organisation, profile.role].filter { !$0.isEmpty }
      .joined(separator: glyphs.separator)
    row +=
      lines(
        [WallLine(text: detail, style: theme.normal), .gap(theme.normal)], in: rect,
        from: row - 1) - 1
    let order = IndividualProfile(scores: profile.scores).colourOrder
    let barRows = rect.height - row >= 18 ? 2 : 1
    let labelWidth = 4 + (order.map { DisplayWidth.of(colourName($0)) }.max() ?? 6)
    let barWidth = max(4, rect.width - labelWidth - 6)
    for colour in order where row + barRows <= rect.height {
      let y = rect.y + row
      grid.write(letter(colour), x: rect.x, y: y, style: theme.barLetter(colour))
      grid.write(colourName(colour), x: rect.x + 3, y: y, style: theme.normal)
      let value = profile.scores[colour]
      colourBar(
        colour, value: Double(value), x: rect.x + labelWidth, y: y, width: barWidth, rows: barRows)
      grid.write(
        "\(value)".leftPadded(3), x: rect.x + labelWidth + barWidth + 2, y: y, style: theme.title)
      row += barRows + (barRows > 1 ? 1 : 0)
    }
    guard order.count >= 2, row < rect.height else { return }
    let first = context.content.colour(order[0])
    let second = context.content.colour(order[1])
    lines(
      [
        .gap(theme.normal),
        WallLine(
          text: text(
            .uiFirstThen,
            [
              "first": first.name[language], "firstRole": first.role[language],
              "second": second.name[language], "secondRole": second.role[language],
            ]), style: theme.heading),
      ], in: rect, from: row)
  }
}
