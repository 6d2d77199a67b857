import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// ncurses's own set-up, `newterm`, begun on a second thread while the workshop is read, so the
/// first frame does not wait for it: reading the terminal's description and making three
/// screens of cells takes about 1.3 ms at 250x70, as long as reading the workshop.
///
/// `newterm` sends nothing to the terminal: what it writes waits in ncurses's buffer until the
/// first frame. It does change the terminal's modes and installs ncurses's signal handlers, so
/// a start that ends before the screen (a missing file, a question about a lock) calls `cancel`
/// before it says anything, which puts the modes and Tafel's handlers back. Dropping the
/// warm-up cancels it too.
///
/// Use it from the thread that began it; ncurses is used from one thread at a time.
public final class TerminalWarmUp {
  private var job: UnsafeMutablePointer<tafel_newterm>?
  private var screen: OpaquePointer?
  private var output: Int32 = -1
  /// The handlers before `newterm`, for `NcursesTerminal.stop` to put back.
  let previousSignalActions: [sigaction]
  private var modes: termios

  private init(
    job: UnsafeMutablePointer<tafel_newterm>, previousSignalActions: [sigaction], modes: termios
  ) {
    self.job = job
    self.previousSignalActions = previousSignalActions
    self.modes = modes
  }

  deinit { cancel() }

  /// Begins `newterm` for `term`, by default the process's `TERM`, or answers nil when there is
  /// nothing to begin (no terminal, no `TERM`, no thread); `NcursesTerminal.start` then says
  /// why. The process's locale must be set already (`ProcessLocale.adopt()`). `TERM` is read
  /// with `getenv`, not from the environment's dictionary, so the thread starts before that is
  /// made.
  public static func begin(term given: String? = nil) -> TerminalWarmUp? {
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return nil }
    guard let term = given ?? getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      return nil
    }
    var modes = termios()
    guard tcgetattr(STDOUT_FILENO, &modes) == 0 else { return nil }
    let previousSignalActions = SignalWatcher.currentActions()
    // Before `newterm`, as in `NcursesTerminal.start`: ncurses looks at SIGTSTP only there.
    SignalWatcher.installSuspend()
    guard let job = tafel_newterm_begin(term) else {
      SignalWatcher.restore(previousSignalActions)
      return nil
    }
    return TerminalWarmUp(job: job, previousSignalActions: previousSignalActions, modes: modes)
  }

  /// Waits for `newterm` and hands its screen over, once: from here `NcursesTerminal` owns the
  /// screen (nil when `newterm` refused the terminal), with the descriptor it writes to, and
  /// puts `previousSignalActions` back when it stops. Nil when there is nothing to hand over
  /// (cancelled, or taken before).
  func take() -> (screen: OpaquePointer?, output: Int32, previousSignalActions: [sigaction])? {
    guard job != nil else { return nil }
    finish()
    defer { screen = nil }
    return (screen, output, previousSignalActions)
  }

  /// Waits for `newterm`, then gives the terminal back as it was before `begin`: its modes and
  /// the signal handlers Tafel watches. Nothing reaches the screen. Safe to call more than once.
  ///
  /// ncurses's resize handler stays: ncurses installs its handlers once per process, and a
  /// screen started later (after the lock's question) needs it. A read of the terminal while it
  /// is there holds resizes back (`SignalWatcher.holding`), or a resize would interrupt it.
  public func cancel() {
    let wasRunning = job != nil
    finish()
    guard wasRunning else { return }
    // Held while ncurses's handlers still point at the screen being deleted; one that arrives
    // meanwhile reaches the handler there was before, with the terminal already given back.
    SignalWatcher.holding(SignalWatcher.handled) {
      if let screen {
        self.screen = nil
        tcsetattr(STDOUT_FILENO, TCSADRAIN, &modes)
        tafel_newterm_discard(screen, output)
      }
      SignalWatcher.restore(previousSignalActions)
    }
    // A Ctrl-Z during the warm-up waited for the screen; without one, it stops Tafel now, as it
    // would have without the warm-up.
    if SignalWatcher.takeSuspend() { kill(0, SIGTSTP) }
  }

  private func finish() {
    guard let job else { return }
    self.job = nil
    screen = tafel_newterm_finish(job, &output)
  }
}
