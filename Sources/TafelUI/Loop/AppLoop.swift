import TafelCore

/// The program's heartbeat: render the state into a grid, paint it, wait for the next event,
/// reduce it, run the effects.
///
/// Events come from two places, taken in one loop on one thread: the terminal (keys, clicks,
/// resizes; ncurses is read from this thread only) and the `inbox`, where other threads post
/// (clock ticks, save outcomes, later phones and walls). A post ends the terminal's wait at once.
/// Saving runs on the `Saver`'s thread and comes back through the inbox; everything else the
/// shell does (save-as, export, reading a sheet) runs here, after the pending saves. The
/// terminal, the disk and the clock are reached only through what `init` is given, so tests
/// drive the whole loop with a fake terminal and an in-memory store.
public final class AppLoop {
  public private(set) var state: AppState
  /// Where other threads post; the loop takes from it between terminal events.
  public let inbox: Inbox
  private let terminal: any Terminal
  private let context: () -> RenderContext
  private let saver: Saver
  private let saveAs: (String, Workshop, Bool) -> WriteOutcome<SaveStatus>
  private let export: (String, Workshop, Bool, Bool, ReportAudience) -> WriteOutcome<Message>
  private let readSheet: (String) -> SheetReading
  private let pendingSignal: () -> Int32?
  private let suspendRequested: () -> Bool
  private let clock: (@Sendable () -> Moment)?
  private var size: Size
  /// The number of the newest version handed to the saver; only its outcome is the header's.
  private var newestSave = 0
  /// What the inbox held when saves were finished in the middle of an action.
  private var postponed: [InboxEvent] = []
  /// Whether an action was reduced since the observers last saw the state.
  private var reducedSinceObserved = true
  /// Called on the loop's thread with the new state after every batch of reduced actions (keys,
  /// ticks, posts), once the screen shows it: the wall publisher and the room hang here. An
  /// observer works out what it needs and hands any slow work to its own thread; it must not
  /// block, and it never changes the state (it posts to the `inbox` for that).
  public var observers: [(AppState) -> Void] = []
  /// The first frame, rendered before the terminal was ready; `run` takes it.
  public var preparedFirstFrame: PreparedFrame?
  /// Started once, on the loop's thread, right after the first frame is painted: work that
  /// repeats in the background (the look at the workshop's file). The first use of Dispatch's
  /// timers starts a thread, and the facilitator's first frame does not wait for that.
  public var afterFirstFrame: [() -> Void] = []
  /// Forgets a person in the files beside the workshop (its backup, rescue copies, reports at
  /// the export's names) after the workshop itself forgot them; says how that went.
  public var forgetFiles: (Participant) -> Message? = { _ in nil }

  /// How often the clock ticks; also the longest a wait for input lasts.
  public static let tickMilliseconds = 250
  /// How many frames in a row may give way to input that is already waiting.
  static let maximumSkippedFrames = 4

  /// `save` runs on the saver's thread; `clock`, when given, ticks from a thread of its own
  /// (tests leave it out and post their own ticks).
  public init(
    state: AppState, terminal: any Terminal, context: @escaping () -> RenderContext,
    inbox: Inbox = Inbox(),
    save: @escaping @Sendable (Workshop) -> SaveStatus,
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
    clock: (@Sendable () -> Moment)? = nil
  ) {
    self.state = state
    self.terminal = terminal
    self.context = context
    self.inbox = inbox
    self.saver = Saver(inbox: inbox, write: save)
    self.saveAs = saveAs
    self.export = export
    self.readSheet = readSheet
    self.pendingSignal = pendingSignal
    self.suspendRequested = suspendRequested
    self.clock = clock
    size = terminal.size
  }

  /// Why the loop ended.
  public enum Ending: Equatable, Sendable {
    case quit
    case signal(Int32)
    /// The terminal stopped sending events (a fake terminal ran out).
    case inputEnded
  }

  /// Runs until the facilitator quits or a signal arrives. However it ends, the saves asked
  /// for are finished first, so what the header last showed is on disk (or shown as failed).
  public func run() -> Ending {
    // The first frame shows the time; the clock ticks from after that frame on.
    if let clock { _ = reduce(&state, .tick(preparedFirstFrame?.moment ?? clock())) }
    // Good for the first iteration's paint only, and only where it was ticked as the state was.
    var prepared = clock == nil ? nil : preparedFirstFrame
    preparedFirstFrame = nil
    var ticker: Repeating?
    defer { ticker?.stop() }
    var shownFirstFrame = false
    var needsPaint = true
    var skippedFrames = 0
    var painted: (clock: String, seconds: Double) = ("", 0)
    while true {
      if let signal = pendingSignal() {
        finishSaves()
        return .signal(signal)
      }
      if suspendRequested() {
        // Here, between frames, and not in a signal handler: ncurses' own Ctrl-Z handler does
        // its work inside the handler and could hang on a lock held by the interrupted frame.
        // The file is complete on disk before the process stops: it may never be continued.
        finishSaves()
        terminal.suspend()
        needsPaint = true
      }
      let posted = postponed + inbox.take()
      postponed = []
      if !posted.isEmpty { prepared = nil }
      for event in posted {
        if case .action(.tick) = event {} else { needsPaint = true }
        if receive(event) {
          finishSaves()
          return .quit
        }
      }
      // A tick alone repaints only what it changes on screen: the minute, or a running timer.
      let timerRuns = state.wall.screen == .dilemma && state.currentRound?.timer.isRunning == true
      let wantsPaint =
        needsPaint || state.clock != painted.clock
        || (timerRuns && state.clockSeconds != painted.seconds)
      // Input already waiting comes first (a held arrow key that outruns the frames): the
      // screen then shows the newest state rather than every step on the way, yet never skips
      // more than a few frames in a row.
      var waiting: TerminalEvent?
      if wantsPaint && skippedFrames < Self.maximumSkippedFrames {
        waiting = terminal.nextEvent(timeoutMilliseconds: 0, wakingFor: inbox)
      }
      if waiting != nil {
        skippedFrames += 1
      } else if wantsPaint {
        let ahead = prepared.flatMap { $0.size == size ? $0.grid : nil }
        terminal.paint(ahead ?? Self.frame(of: state, size: size, context: context()))
        painted = (state.clock, state.clockSeconds)
        needsPaint = false
        skippedFrames = 0
        if !shownFirstFrame {
          shownFirstFrame = true
          ticker = startTicking()
          let jobs = afterFirstFrame
          afterFirstFrame = []
          for job in jobs { job() }
        }
      }
      prepared = nil
      // The walls and the phones hear of a change after the laptop's screen shows it: the
      // facilitator's frame (the first one above all) waits for nothing it does not need.
      if reducedSinceObserved {
        reducedSinceObserved = false
        for observer in observers { observer(state) }
      }
      guard
        let event = waiting
          ?? terminal.nextEvent(timeoutMilliseconds: Self.tickMilliseconds, wakingFor: inbox)
      else {
        if terminal.hasEnded {
          finishSaves()
          return .inputEnded
        }
        continue
      }
      needsPaint = true
      if case .resize(let newSize) = event {
        size = newSize
        continue
      }
      guard let action = action(for: event) else { continue }
      if perform(action) {
        finishSaves()
        return .quit
      }
    }
  }

  /// The clock as a source of events: the header's minute and a running round timer move
  /// without a key being pressed.
  private func startTicking() -> Repeating? {
    guard let clock else { return nil }
    let inbox = inbox
    return Repeating(every: .milliseconds(Self.tickMilliseconds)) {
      inbox.post(.action(.tick(clock())))
    }
  }

  /// Reduces `action` and runs its effects; true when the program should end.
  @discardableResult
  public func perform(_ action: Action) -> Bool {
    var quit = false
    reducedSinceObserved = true
    // Rendered for the state before this change.
    preparedFirstFrame = nil
    for effect in reduce(&state, action) {
      switch effect {
      case .save(let workshop):
        newestSave += 1
        saver.submit(workshop, generation: newestSave)
      case .saveAs(let path, let workshop, let overwrite):
        // After the pending saves: one still on its way would otherwise land on the new path
        // with an older version.
        finishSaves()
        switch saveAs(path, workshop, overwrite) {
        case .finished(let status): _ = reduce(&state, .savedAs(path: path, status: status))
        case .exists(let existing):
          _ = reduce(
            &state, .askOverwrite(.init(path: path, purpose: .saveAs, existing: existing)))
        }
      case .export(let path, let workshop, let anonymous, let overwrite, let audience):
        finishSaves()
        switch export(path, workshop, anonymous, overwrite, audience) {
        case .finished(let message): _ = reduce(&state, .exported(message))
        case .exists(let existing):
          _ = reduce(
            &state,
            .askOverwrite(
              .init(path: path, purpose: .export(anonymous: anonymous), existing: existing)))
        }
      case .forgetFiles(let person):
        // After the save of the workshop without them, so nothing older lands after it.
        finishSaves()
        if let message = forgetFiles(person) { _ = reduce(&state, .exported(message)) }
      case .readSheet(let path):
        // The import changes the workshop, so it is an action of its own, with its own save.
        if perform(.sheetRead(path: path, result: readSheet(path))) { quit = true }
      case .quit:
        // A save still under way may yet fail; then quitting asks first, as for any failure.
        let failedBefore = state.saveStatus.isFailed
        finishSaves()
        if !failedBefore && state.saveStatus.isFailed {
          _ = reduce(&state, .quit)
        } else {
          quit = true
        }
      }
    }
    return quit
  }

  /// Takes one event from the inbox; true when it ends the program.
  private func receive(_ event: InboxEvent) -> Bool {
    switch event {
    case .action(let action):
      return perform(action)
    case .saved(let generation, let status):
      // An older version's success is not the header's: a newer one is still on its way.
      if generation == newestSave || status.isFailed {
        reducedSinceObserved = true
        _ = reduce(&state, .saveFinished(status))
      }
      return false
    }
  }

  /// Waits for every save asked for so far and takes in their outcomes; anything else posted
  /// meanwhile waits for the loop.
  private func finishSaves() {
    saver.finish()
    for event in inbox.take() {
      if case .saved = event {
        _ = receive(event)
      } else {
        postponed.append(event)
      }
    }
  }

  /// The frame of `state`: what the loop paints, and what `PreparedFrame` renders ahead.
  static func frame(of state: AppState, size: Size, context: RenderContext) -> Grid {
    var context = context
    if !state.clock.isEmpty { context.clock = state.clock }
    return ScreenRenderer.render(state, size: size, context: context)
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

extension SaveStatus {
  var isFailed: Bool {
    if case .failed = self { return true }
    return false
  }
}
