import TafelCore

/// The Team view: the participants grouped by organisation with their two-colour label, and beside
/// them the selected person's profile as bars.
enum TeamView {
  static func render(
    _ team: TeamSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let (listRect, profileRect) = split(rect)
    ParticipantListView.render(team, in: listRect, into: &grid, context: context)
    ProfileView.render(team, in: profileRect, into: &grid, context: context)
  }

  static func split(_ rect: Rect) -> (list: Rect, profile: Rect) {
    // Wide enough for a full name and a two-colour label at 80 columns; the profile gets the rest.
    let (list, profile) = rect.splitLeft(min(max(36, rect.width * 2 / 5), 48))
    return (list, profile)
  }
}

/// The list of participants, grouped under their organisation's name, scrolled so that the
/// selected person is always in view.
enum ParticipantListView {
  enum Row: Equatable {
    case organisation(Organisation)
    case participant(Participant)
  }

  static func rows(_ team: TeamSlice) -> [Row] {
    team.workshop.delegations(organisationFilter: team.organisationFilter)
      .flatMap { delegation -> [Row] in
        [.organisation(delegation.organisation)] + delegation.people.map { .participant($0) }
      }
  }

  /// The first row shown, so that the selected person stays in view.
  static func scrollOffset(_ rows: [Row], team: TeamSlice, height: Int) -> Int {
    let selectedRow =
      rows.firstIndex { row in
        if case .participant(let participant) = row {
          return participant.id == team.selectedParticipantID
        }
        return false
      } ?? 0
    return min(max(0, selectedRow - height / 2), max(0, rows.count - height))
  }

  /// The participant drawn at screen row `y` and column `x` of the Team view in `main`.
  static func participant(
    atRow y: Int, column x: Int, team: TeamSlice, in main: Rect, context: RenderContext
  ) -> String? {
    let inside = TeamView.split(main).list.inset(by: 1)
    guard x >= inside.x, x < inside.maxX, y >= inside.y, y < inside.maxY else { return nil }
    let rows = rows(team)
    let index = scrollOffset(rows, team: team, height: inside.height) + (y - inside.y)
    guard index < rows.count, case .participant(let participant) = rows[index] else { return nil }
    return participant.id
  }

  static func participantCount(_ rows: [Row]) -> Int {
    rows.reduce(0) { count, row in
      if case .participant = row { count + 1 } else { count }
    }
  }

  /// The display width of the longest two-colour label among the rows' participants. A label
  /// depends only on a person's first two colours, so each pair is measured once.
  static func widestLabel(_ rows: [Row], content: Content, language: Language) -> Int {
    let count = DriveColour.allCases.count
    var measured = [Bool](repeating: false, count: count * count)
    var widest = 0
    for case .participant(let participant) in rows {
      let profile = IndividualProfile(scores: participant.scores)
      let pair = profile.first.canonicalIndex * count + profile.second.canonicalIndex
      guard !measured[pair] else { continue }
      measured[pair] = true
      widest = max(widest, DisplayWidth.of(profile.label(content, in: language)))
    }
    return widest
  }

  static func render(
    _ team: TeamSlice, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    // The rows hold every visible participant: counted and measured from them, so the
    // delegations are worked out once per frame (a thousand people made that a fifth of it).
    let rows = rows(team)
    var title = context.text(.uiParticipants, ["count": "\(participantCount(rows))"], language)
    if let filter = team.organisationFilter,
      let organisation = team.workshop.organisation(withID: filter)
    {
      title += glyphs.separator + organisation.shortName
    }
    let inside = grid.box(rect, title: title, glyphs: glyphs, theme: theme)
    guard !inside.isEmpty else { return }
    if team.workshop.participants.isEmpty {
      grid.paragraph(
        context.text(.uiNoParticipants, [:], language), in: inside, style: theme.dim, indent: 1)
      return
    }
    let offset = scrollOffset(rows, team: team, height: inside.height)
    let labelWidth = min(
      widestLabel(rows, content: context.content, language: language), max(0, inside.width - 20))
    for (index, row) in rows.dropFirst(offset).prefix(inside.height).enumerated() {
      let y = inside.y + index
      switch row {
      case .organisation(let organisation):
        grid.write(
          " " + organisation.name, x: inside.x, y: y, style: theme.heading, limit: inside.width)
      case .participant(let participant):
        let isSelected = participant.id == team.selectedParticipantID
        let style = isSelected ? theme.selected : theme.normal
        if isSelected {
          grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: style)
        }
        let marker = isSelected ? "\(glyphs.pointer) " : "  "
        let label = IndividualProfile(scores: participant.scores).label(
          context.content, in: language)
        let nameWidth = inside.width - 4 - labelWidth - 1
        grid.write(
          " " + marker + team.displayName(participant).padded(toWidth: nameWidth, glyphs: glyphs),
          x: inside.x,
          y: y,
          style: style, limit: inside.width)
        // A person's two-colour label comes from their scores: not on the wall in privacy mode.
        if labelWidth > 0, !team.wall.privacyMode {
          grid.write(
            label.truncated(toWidth: labelWidth, glyphs: glyphs), x: inside.maxX - labelWidth - 1,
            y: y,
            style: style)
        }
      }
    }
  }
}
