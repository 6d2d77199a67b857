import Synchronization
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The number of the last terminating signal that arrived, or 0. A lock-free atomic is the only
/// state a signal handler may safely touch, and a `let` of a Sendable type is a safe global.
let pendingSignal = Atomic<Int32>(0)

/// Set by Ctrl-Z (SIGTSTP); the loop suspends between frames.
let pendingSuspend = Atomic<Bool>(false)

/// Where a signal handler writes a byte to end the loop's wait at once (the inbox's pipe), or -1.
let signalWakeDescriptor = Atomic<Int32>(-1)

/// Catches SIGINT, SIGTERM, SIGHUP and SIGQUIT while the full screen is up, so the UI loop can
/// restore the terminal and save before exiting. Without it ncurses' own handlers would exit the
/// process and skip Tafel's cleanup.
///
/// The handler only records the signal; the loop asks `takePending()` between events (the
/// interrupted `get_wch` returns at once, because the handlers are installed without SA_RESTART).
public enum SignalWatcher {
  static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// True once after Ctrl-Z (SIGTSTP) arrived.
  public static func takeSuspend() -> Bool {
    pendingSuspend.exchange(false, ordering: .relaxed)
  }

  /// Takes the signal that arrived since the last call, if any.
  public static func takePending() -> Int32? {
    let signal = pendingSignal.exchange(0, ordering: .relaxed)
    return signal == 0 ? nil : signal
  }

  /// Every signal whose handler `install` replaces: the watched ones and Ctrl-Z's.
  static let handled: [Int32] = watched + [SIGTSTP]

  /// The handlers in place now, so `restore` can put them back after the full screen ends.
  static func currentActions() -> [sigaction] {
    handled.map { signal in
      var action = sigaction()
      sigaction(signal, nil, &action)
      return action
    }
  }

  /// Ctrl-Z's handler; must run BEFORE `newterm`. ncurses looks at SIGTSTP once, there: while
  /// it is still the default, ncurses takes it over and from then on sets it to SIG_IGN during
  /// every `doupdate`, so a Ctrl-Z that arrives while a frame is painted is thrown away (the
  /// kernel discards an ignored signal). Finding a handler of ours there instead, ncurses
  /// leaves SIGTSTP alone for good.
  ///
  /// Only where the shell lets this process be stopped (it is ignored in a job without job
  /// control), and handled by the loop between frames, not in the handler.
  static func installSuspend() {
    var previous = sigaction()
    sigaction(SIGTSTP, nil, &previous)
    guard !previous.ignoresSignal else { return }
    var suspend = sigaction()
    suspend.handler = { _ in
      pendingSuspend.store(true, ordering: .relaxed)
      wakeTheLoop()
    }
    sigemptyset(&suspend.sa_mask)
    suspend.sa_flags = 0
    sigaction(SIGTSTP, &suspend, nil)
  }

  /// Must run after `newterm`: ncurses installs its own handlers there when they are still the
  /// default ones, and ours have to win.
  static func install() {
    let handler: @convention(c) (Int32) -> Void = { signal in
      pendingSignal.store(signal, ordering: .relaxed)
      wakeTheLoop()
    }
    var action = sigaction()
    action.handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    for signal in watched { sigaction(signal, &action, nil) }
    // A parent may have started us with these blocked (signal masks are inherited); then a
    // resize would never redraw and Ctrl-C would never save. Unblock them explicitly.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in watched + [SIGWINCH] { sigaddset(&unblocked, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Makes the handlers also write to `descriptor` (the inbox's pipe), so the loop's wait ends
  /// for a signal that arrives just before it starts, not only for one that interrupts it.
  public static func wakes(_ descriptor: Int32) {
    signalWakeDescriptor.store(descriptor, ordering: .relaxed)
  }

  /// Runs `body` with `signals` held back on this thread; one that arrives meanwhile is
  /// delivered after, to whatever handler is in place then.
  public static func holding<T>(_ signals: [Int32], _ body: () throws -> T) rethrows -> T {
    var held = sigset_t()
    sigemptyset(&held)
    for signal in signals { sigaddset(&held, signal) }
    var before = sigset_t()
    pthread_sigmask(SIG_BLOCK, &held, &before)
    defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
    return try body()
  }

  static func restore(_ actions: [sigaction]) {
    for (signal, saved) in zip(handled, actions) {
      var action = saved
      sigaction(signal, &action, nil)
    }
  }
}

/// Async-signal-safe: an atomic load and `write(2)`; errno is kept for the interrupted code.
private func wakeTheLoop() {
  let descriptor = signalWakeDescriptor.load(ordering: .relaxed)
  guard descriptor >= 0 else { return }
  let saved = errno
  var byte: UInt8 = 1
  _ = write(descriptor, &byte, 1)
  errno = saved
}
