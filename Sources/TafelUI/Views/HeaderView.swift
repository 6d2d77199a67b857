import TafelCore

/// The top line: Tafel and the workshop's title, the phase, the save state and the clock.
enum HeaderView {
  static func render(
    _ workshop: Workshop, _ saveStatus: SaveStatus, _ wall: WallState, walls: Int = 0,
    in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let theme = context.theme
    let language = context.language
    grid.fill(rect, style: theme.header)
    let phaseName = context.text(workshop.phase.stringKey, [:], language)
    let save = saveText(saveStatus, context)
    // The facilitator must see at a glance that the wall shows first names only.
    var privacy =
      wall.privacyMode ? context.text(.uiPrivacy, [:], language).uppercased() + "   " : ""
    // With walls of its own, how many follow, and whether they show something else than live.
    if walls > 0 {
      var state = context.content.strings.count(.countWalls, walls, in: language)
      if wall.blanked {
        state += context.glyphs.separator + context.text(.uiWallBlank, [:], language).uppercased()
      } else if wall.isFrozen {
        state += context.glyphs.separator + context.text(.uiFrozen, [:], language).uppercased()
      }
      privacy = (context.glyphs == .unicode ? "▣ " : "") + state + "   " + privacy
    }
    let title = " Tafel" + context.glyphs.separator + workshop.title
    // The phase is what the facilitator steers the session by, so in a narrow window the clock
    // goes first, then the word "fase", and the title gives way down to its first letters; only
    // below that does the phase go.
    let shortestTitle = min(DisplayWidth.of(title), 12)
    let choices: [(right: String, phase: String)] = [
      (
        privacy + save.text + "   " + context.clock + " ",
        context.text(.uiPhase, ["phase": phaseName], language)
      ),
      (privacy + save.text + " ", context.text(.uiPhase, ["phase": phaseName], language)),
      (privacy + save.text + " ", phaseName),
      (privacy + save.text + " ", ""),
    ]
    func fits(_ titleWidth: Int) -> ((right: String, phase: String)) -> Bool {
      { choice in
        titleWidth + 3 + DisplayWidth.of(choice.phase) + DisplayWidth.of(choice.right) + 2
          <= rect.width
      }
    }
    let (right, phase) =
      choices.first(where: fits(DisplayWidth.of(title)))
      ?? choices.first(where: fits(shortestTitle)) ?? choices[choices.count - 1]
    let rightWidth = DisplayWidth.of(right)
    let phaseWidth = DisplayWidth.of(phase)
    let room = rect.width - rightWidth - 1 - (phase.isEmpty ? 0 : phaseWidth + 4)
    let used = grid.write(
      title.truncated(toWidth: room, glyphs: context.glyphs), x: rect.x, y: rect.y,
      style: theme.header)
    if !phase.isEmpty {
      // Centred where it fits, else right after the title.
      let centred = (rect.width - phaseWidth) / 2
      let x = min(max(used + 3, centred), rect.width - rightWidth - 2 - phaseWidth)
      grid.write(phase, x: rect.x + x, y: rect.y, style: theme.header)
    }
    var saveStyle = theme.header
    if save.isProblem { saveStyle.underline = true }
    grid.write(right, x: rect.maxX - rightWidth, y: rect.y, style: saveStyle)
  }

  static func saveText(_ saveStatus: SaveStatus, _ context: RenderContext) -> (
    text: String, isProblem: Bool
  ) {
    let language = context.language
    let unicode = context.glyphs == .unicode
    switch saveStatus {
    case .saved(let time):
      return ((unicode ? "● " : "") + context.text(.uiSaved, ["time": time], language), false)
    case .saving: return ((unicode ? "◌ " : "") + context.text(.uiSaving, [:], language), false)
    case .failed:
      return ((unicode ? "✗ " : "! ") + context.text(.uiSaveFailed, [:], language), true)
    case .readOnly: return (context.text(.uiReadOnly, [:], language), false)
    }
  }
}
