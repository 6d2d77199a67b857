import TafelCore

/// One comfort need as a participant typed it on their phone, as the facilitator's queue shows
/// it: the text, for which organisation, from whom.
public struct ComfortQueueEntry: Equatable, Sendable {
  public var id: String
  public var participantID: String
  public var organisationID: String
  public var text: String

  public init(id: String, participantID: String, organisationID: String, text: String) {
    self.id = id
    self.participantID = participantID
    self.organisationID = organisationID
    self.text = text
  }
}

/// The comfort proposals waiting for the facilitator (issue 15), who takes each on, edits it or
/// sets it aside. An overlay on the facilitator's screen only, and never part of `WallView`; in
/// projector mode, when this screen is what the room sees, it shows that proposals wait but not
/// what they say or who sent them.
enum ComfortQueueView {
  static func render(
    _ entries: [ComfortQueueEntry], cursor: Int, workshop: Workshop, wall: WallState,
    in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let title = context.text(.uiComfortQueueTitle, ["count": "\(entries.count)"], language)
    let inside = grid.overlay(rect, title: title, context: context)
    guard inside.width > 4, inside.height > 0 else { return }
    let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
    var row = grid.paragraph(
      context.text(.uiComfortQueueNotOnWall, [:], language), in: body, style: theme.dim)
    row += 1
    if wall.projectorMode {
      _ = grid.paragraph(
        context.text(.uiComfortQueueHidden, [:], language), in: body, from: row,
        style: theme.normal)
      return
    }
    guard !entries.isEmpty else {
      _ = grid.paragraph(
        context.text(.uiComfortQueueEmpty, [:], language), in: body, from: row,
        style: theme.normal)
      return
    }
    let blocks = entries.map {
      lines(of: $0, workshop: workshop, wall: wall, width: body.width, context: context)
    }
    let cursor = min(max(0, cursor), entries.count - 1)
    for index in firstShown(blocks, cursor: cursor, rows: body.height - row)..<blocks.count {
      guard row < body.height else { break }
      let selected = index == cursor
      for (offset, line) in blocks[index].enumerated() where row < body.height {
        let marker = selected && offset == 0 ? String(context.glyphs.pointer) + " " : "  "
        let style = offset == 0 ? (selected ? theme.selected : theme.heading) : theme.normal
        grid.write(
          (offset == 0 ? marker : "    ") + line, x: body.x, y: body.y + row, style: style,
          limit: body.width)
        row += 1
      }
      row += 1
    }
  }

  /// The heading (organisation and sender) and the text wrapped under it.
  static func lines(
    of entry: ComfortQueueEntry, workshop: Workshop, wall: WallState, width: Int,
    context: RenderContext
  ) -> [String] {
    let organisation = workshop.organisation(withID: entry.organisationID)?.name ?? ""
    // Someone removed from the workshop since: the organisation alone says enough.
    let heading =
      workshop.participants.first { $0.id == entry.participantID }.map {
        context.text(
          .uiComfortQueueFrom, ["organisation": organisation, "name": wall.displayName($0)],
          context.language)
      } ?? organisation
    return [heading] + TextWrap.lines(entry.text, width: max(1, width - 4))
  }

  /// The first entry to draw so that the cursor's entry fits below the entries before it.
  static func firstShown(_ blocks: [[String]], cursor: Int, rows: Int) -> Int {
    var first = 0
    func height(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 + blocks[$1].count + 1 } }
    while first < cursor, height(first...cursor) > rows { first += 1 }
    return first
  }
}
