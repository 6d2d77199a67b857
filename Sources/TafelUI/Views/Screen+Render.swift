import TafelCore

/// Renders a whole frame: the header, the current view, the prompt line and the key bar, or the
/// "make the window larger" message when the terminal is too small.
public enum ScreenRenderer {
  public static let minimumSize = Size(width: 60, height: 16)

  public static func render(_ given: AppState, size: Size, context givenContext: RenderContext)
    -> Grid
  {
    // With a wall of its own this screen is the console: projector mode is for the wall (the
    // console's preview shows it as it is), and the work is drawn as on any laptop.
    var state = given
    if state.wallsConnected > 0 { state.wall.projectorMode = false }
    var context = givenContext
    context.theme.highContrast = state.wall.projectorMode
    context.language = state.language
    let theme = context.theme
    var grid = Grid(size: size, style: theme.normal)
    // A blanked wall shows nothing at all, as a presentation's black screen does, when this
    // screen is the wall; with a wall of its own the facilitator works on.
    if state.wall.blanked, state.wallsConnected == 0 { return grid }
    guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
      TooSmallView.render(state, into: &grid, context: context)
      return grid
    }
    let layout = layout(state, size: size)
    HeaderView.render(
      state.workshop, state.saveStatus, state.wall, walls: state.wallsConnected,
      in: layout.header, into: &grid, context: context)
    if let join = layout.join, join.fullWall {
      JoinPanel.draw(join, in: layout.main, into: &grid, context: context, language: state.language)
    } else {
      renderScreen(state, in: layout.main, into: &grid, context: context)
    }
    if let join = layout.join, !join.fullWall, let line = layout.joinLine {
      JoinPanel.drawLine(join, in: line, into: &grid, context: context, language: state.language)
    }
    if let console = layout.console {
      ConsoleView.render(given, in: console, into: &grid, context: context)
    }
    PromptView.render(state, in: layout.prompt, into: &grid, context: context)
    KeyBarView.render(state, in: layout.footer, into: &grid, context: context)
    for overlay in state.overlays {
      render(overlay, state, layout, into: &grid, context: context)
    }
    return grid
  }

  /// The current screen's view in `main`.
  static func renderScreen(
    _ state: AppState, in main: Rect, into grid: inout Grid, context: RenderContext
  ) {
    switch state.wall.screen {
    case .team:
      TeamView.render(state.teamSlice, in: main, into: &grid, context: context)
    case .group:
      GroupView.render(state.groupSlice, in: main, into: &grid, context: context)
    case .impasse:
      ImpasseView.render(state.impasseSlice, in: main, into: &grid, context: context)
    case .dilemma:
      DilemmaView.render(state.dilemmaSlice, in: main, into: &grid, context: context)
    case .sessions:
      SessionsView.render(state.sessionsSlice, in: main, into: &grid, context: context)
    }
  }

  /// Draws one overlay of the stack; a score edited in place is drawn by the profile.
  static func render(
    _ overlay: Overlay, _ state: AppState, _ layout: Layout, into grid: inout Grid,
    context: RenderContext
  ) {
    switch overlay {
    case .help(let page):
      HelpView.render(page: page, in: layout.body, into: &grid, context: context)
    case .importProblems(let problems):
      ImportProblemsView.render(problems, in: layout.main, into: &grid, context: context)
    case .cardPicker(let cursor):
      CardPickerView.render(
        state.dilemmaSlice, cursor: cursor,
        in: DilemmaView.cardPickerArea(state.dilemmaSlice, in: layout.main),
        into: &grid, context: context)
    case .roundHistory:
      RoundHistoryView.render(state.dilemmaSlice, in: layout.main, into: &grid, context: context)
    case .comfortQueue(let cursor):
      ComfortQueueView.render(
        state.waitingProposals, cursor: cursor, workshop: state.workshop, wall: state.wall,
        in: layout.main, into: &grid, context: context)
    case .timeline(let points, let index):
      TimelineView.render(
        points, index: index, privacy: state.wall.privacyMode, impasse: state.impasseContent,
        deck: state.dilemmaDeck, in: layout.main, into: &grid, context: context)
    case .sinceLastTime(let since, let scroll):
      SinceLastTimeView.render(
        since, scroll: scroll, state: state, in: layout.main, into: &grid, context: context)
    case .editing(.editingPerson(let form)):
      PersonFormView.render(
        state.workshop, form, in: TeamView.split(layout.main).profile, into: &grid, context: context
      )
    case .editing(.picking(let picker)):
      PickerView.render(state.workshop, picker, in: layout.main, into: &grid, context: context)
    case .editing(.choosingOrganisations(let choice)):
      OrganisationChoiceView.render(
        state.impasseSlice, choice, in: ImpasseView.body(of: layout.main), into: &grid,
        context: context)
    case .editing(.enteringText), .editing(.confirmingRemoval), .editing(.confirmingQuit),
      .editing(.confirmingOverwrite):
      // Asked on the prompt line, drawn again here in case the help lies under it.
      PromptView.render(state, in: layout.prompt, into: &grid, context: context)
    case .editing(.editingScores), .editing(.browsing):
      break
    }
  }

  /// Where the parts of the screen go; the mouse map uses the same layout as the drawing.
  struct Layout {
    var header: Rect
    var body: Rect
    var main: Rect
    var prompt: Rect
    var footer: Rect
    /// The console beside the work while a wall of its own is connected.
    var console: Rect?
    /// How phones join, while the room is open and this screen is what the room sees (no wall
    /// of its own: a mirrored projector); `joinLine` is the row along the bottom of the work
    /// that keeps it in view while the screen is back (`Q`).
    var join: JoinInfo?
    var joinLine: Rect?
  }

  static func layout(_ state: AppState, size: Size) -> Layout {
    let (header, rest) = Rect(size: size).splitTop(1)
    // Projector mode drops the key bar: less chrome on the wall. With a wall of its own this
    // screen is the console, which keeps it.
    let dropsBar = state.wall.projectorMode && state.wallsConnected == 0 && !state.showsHelp
    let (body, footer) = rest.splitBottom(dropsBar ? 0 : 1)
    let (main, prompt) = body.splitBottom(PromptView.height(for: state))
    guard state.wallsConnected > 0 else {
      // Many facilitators mirror the laptop and never start `tafel wall`: then this screen tells
      // the room how to join, as the wall would.
      guard let url = state.room.url, let code = state.room.code else {
        return Layout(header: header, body: body, main: main, prompt: prompt, footer: footer)
      }
      let join = JoinInfo(url: url, code: code, fullWall: state.wall.showsJoin)
      guard !join.fullWall else {
        return Layout(
          header: header, body: body, main: main, prompt: prompt, footer: footer, join: join)
      }
      let (work, line) = main.splitBottom(1)
      return Layout(
        header: header, body: body, main: work, prompt: prompt, footer: footer, join: join,
        joinLine: line)
    }
    let (work, console) = ConsoleView.split(main)
    return Layout(
      header: header, body: body, main: work, prompt: prompt, footer: footer, console: console)
  }
}

enum TooSmallView {
  static func render(_ state: AppState, into grid: inout Grid, context: RenderContext) {
    let size = grid.size
    var message = context.text(
      .uiTooSmall,
      [
        "width": "\(ScreenRenderer.minimumSize.width)",
        "height": "\(ScreenRenderer.minimumSize.height)",
        "current": "\(size.width)×\(size.height)",
      ], state.language)
    // Quitting works at any size; its question must then show here too.
    if state.mode == .confirmingQuit, case .failed(let reason) = state.saveStatus {
      message = context.text(.uiConfirmQuitUnsaved, ["reason": reason], state.language)
    }
    let lines = TextWrap.lines(message, width: max(1, size.width - 2))
    let top = max(0, (size.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
      grid.write(line, x: x, y: top + index, style: context.theme.title)
    }
  }
}
