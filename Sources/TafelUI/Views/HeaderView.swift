import TafelCore

/// The top line: Tafel and the workshop's title, the phase, the save state and the clock.
enum HeaderView {
  static func render(
    _ state: AppState, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let theme = context.theme
    let language = state.language
    grid.fill(rect, style: theme.header)
    let phase = context.text(
      .uiPhase, ["phase": context.text(state.workshop.phase.stringKey, [:], language)], language)
    let save = saveText(state, context)
    var right = save.text + "   " + context.clock + " "
    // The facilitator must see at a glance that the wall shows first names only.
    if state.privacyMode {
      right = context.text(.uiPrivacy, [:], language).uppercased() + "   " + right
    }
    let rightWidth = DisplayWidth.of(right)
    let title = " Tafel" + context.glyphs.separator + state.workshop.title
    let room = rect.width - rightWidth - 1
    var used = grid.write(
      title.truncated(toWidth: room, glyphs: context.glyphs), x: rect.x, y: rect.y,
      style: theme.header)
    if room - used > DisplayWidth.of(phase) + 4 {
      let x = rect.x + max(used + 3, (rect.width - DisplayWidth.of(phase)) / 2)
      used = x + grid.write(phase, x: x, y: rect.y, style: theme.header)
    }
    var saveStyle = theme.header
    if save.isProblem { saveStyle.underline = true }
    grid.write(right, x: rect.maxX - rightWidth, y: rect.y, style: saveStyle)
  }

  static func saveText(_ state: AppState, _ context: RenderContext) -> (
    text: String, isProblem: Bool
  ) {
    let language = state.language
    let unicode = context.glyphs == .unicode
    switch state.saveStatus {
    case .saved(let time):
      return ((unicode ? "● " : "") + context.text(.uiSaved, ["time": time], language), false)
    case .saving: return ((unicode ? "◌ " : "") + context.text(.uiSaving, [:], language), false)
    case .failed:
      return ((unicode ? "✗ " : "! ") + context.text(.uiSaveFailed, [:], language), true)
    case .readOnly: return (context.text(.uiReadOnly, [:], language), false)
    }
  }
}
