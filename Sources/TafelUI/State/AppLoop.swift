import TafelCore

/// The program's heartbeat: render the state into a grid, paint it, wait for an event, turn it
/// into an action, reduce, run the effects. Everything on one thread; the terminal and the disk
/// are reached only through the closures and the `Terminal` given, so tests drive the whole loop
/// with a fake terminal and an in-memory store.
public final class AppLoop {
  public private(set) var state: AppState
  private let terminal: any Terminal
  private let context: () -> RenderContext
  private let save: (Workshop) -> SaveStatus
  private let saveAs: (String, Workshop, Bool) -> WriteOutcome<SaveStatus>
  private let export: (String, Workshop, Bool, Bool, ReportAudience) -> WriteOutcome<Message>
  private let readSheet: (String) -> SheetReading
  private let pendingSignal: () -> Int32?
  private let suspendRequested: () -> Bool
  private let now: () -> String
  private let seconds: () -> Double
  private var size: Size

  /// How long one wait for input lasts, so the clock and signals are looked at regularly.
  public static let tickMilliseconds = 250

  public init(
    state: AppState, terminal: any Terminal, context: @escaping () -> RenderContext,
    save: @escaping (Workshop) -> SaveStatus,
    saveAs: @escaping (String, Workshop, Bool) -> WriteOutcome<SaveStatus> = { _, _, _ in
      .finished(.failed(message: ""))
    },
    export: @escaping (String, Workshop, Bool, Bool, ReportAudience) -> WriteOutcome<Message> = {
      path, _, _, _, _ in
      .finished(Message(.exportFailed, ["file": path, "reason": ""]))
    },
    readSheet: @escaping (String) -> SheetReading = { _ in .refused([]) },
    pendingSignal: @escaping () -> Int32? = { nil },
    suspendRequested: @escaping () -> Bool = { false },
    now: @escaping () -> String = { "" }, seconds: @escaping () -> Double = { 0 }
  ) {
    self.state = state
    self.terminal = terminal
    self.context = context
    self.save = save
    self.saveAs = saveAs
    self.export = export
    self.readSheet = readSheet
    self.pendingSignal = pendingSignal
    self.suspendRequested = suspendRequested
    self.now = now
    self.seconds = seconds
    size = terminal.size
  }

  /// Why the loop ended.
  public enum Ending: Equatable, Sendable {
    case quit
    case signal(Int32)
    /// The terminal stopped sending events (a fake terminal ran out).
    case inputEnded
  }

  /// Runs until the facilitator quits or a signal arrives. Every change is saved as it happens,
  /// so there is nothing left to save at the end.
  public func run() -> Ending {
    var lastClock = ""
    var needsPaint = true
    while true {
      if let signal = pendingSignal() { return .signal(signal) }
      if suspendRequested() {
        // Here, between frames, and not in a signal handler: ncurses' own Ctrl-Z handler does
        // its work inside the handler and could hang on a lock held by the interrupted frame.
        terminal.suspend()
        needsPaint = true
      }
      let now = context()
      // A running round timer shows seconds; otherwise the clock changes once a minute.
      let timerRuns = state.wall.screen == .dilemma && state.currentRound?.timer.isRunning == true
      if timerRuns { state.clockSeconds = seconds() }
      if needsPaint || now.clock != lastClock || timerRuns {
        terminal.paint(ScreenRenderer.render(state, size: size, context: now))
        lastClock = now.clock
        needsPaint = false
      }
      guard let event = terminal.nextEvent(timeoutMilliseconds: Self.tickMilliseconds) else {
        if terminal.hasEnded { return .inputEnded }
        continue
      }
      needsPaint = true
      if case .resize(let newSize) = event {
        size = newSize
        continue
      }
      guard let action = action(for: event) else { continue }
      if perform(action) { return .quit }
    }
  }

  /// Reduces `action` and runs its effects; true when the program should end.
  @discardableResult
  public func perform(_ action: Action) -> Bool {
    var quit = false
    // The time is the world's, not the state's: it is read here so a tick records when it was set.
    state.now = now()
    state.clockSeconds = seconds()
    for effect in reduce(&state, action) {
      switch effect {
      case .save(let workshop):
        _ = reduce(&state, .saveFinished(save(workshop)))
      case .saveAs(let path, let workshop, let overwrite):
        switch saveAs(path, workshop, overwrite) {
        case .finished(let status): _ = reduce(&state, .savedAs(path: path, status: status))
        case .exists(let existing):
          _ = reduce(
            &state, .askOverwrite(.init(path: path, purpose: .saveAs, existing: existing)))
        }
      case .export(let path, let workshop, let anonymous, let overwrite, let audience):
        switch export(path, workshop, anonymous, overwrite, audience) {
        case .finished(let message): _ = reduce(&state, .exported(message))
        case .exists(let existing):
          _ = reduce(
            &state,
            .askOverwrite(
              .init(path: path, purpose: .export(anonymous: anonymous), existing: existing)))
        }
      case .readSheet(let path):
        // The import changes the workshop, so it is an action of its own, with its own save.
        if perform(.sheetRead(path: path, result: readSheet(path))) { quit = true }
      case .quit:
        quit = true
      }
    }
    return quit
  }

  func action(for event: TerminalEvent) -> Action? {
    // While the window is too small the screen only asks for a larger one; a key pressed then
    // would change the workshop where nobody can see it. Quitting still works.
    let fits =
      size.width >= ScreenRenderer.minimumSize.width
      && size.height >= ScreenRenderer.minimumSize.height
    switch event {
    case .key(let key):
      let action = KeyMap.action(for: key, in: state)
      return fits || action == .quit || state.mode == .confirmingQuit ? action : nil
    case .mouse where !fits: return nil
    case .mouse(let x, let y, let button):
      return MouseMap.action(
        x: x, y: y, button: button, state: state, size: size, context: context())
    case .resize: return nil
    }
  }
}
