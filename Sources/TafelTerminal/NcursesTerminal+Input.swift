import CNcursesw
import TafelUI
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, click or resize, or for
  /// a post to `inbox`. Nil on timeout, on a post, on a signal (check
  /// `SignalWatcher.takePending()`), and for input Tafel ignores.
  ///
  /// The wait is `poll` on the terminal and the inbox's pipe together; ncurses is asked only
  /// when the terminal has input, and never waits itself, so a post ends the wait at once.
  public func nextEvent(timeoutMilliseconds: Int, wakingFor inbox: Inbox) -> TerminalEvent? {
    guard screen != nil else { return nil }
    SignalWatcher.wakes(inbox.wakeWriteDescriptor)
    // What ncurses has read already (the rest of a burst of keys, a resize it noted) is no
    // longer on the descriptor, so it is asked first, without waiting.
    if let event = readInput() { return event }
    var descriptors = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&descriptors, 2, Int32(clamping: max(-1, timeoutMilliseconds)))
    // A resize interrupts the wait (SIGWINCH); ncurses reports it when asked.
    if ready < 0 { return readInput() }
    guard ready > 0, descriptors[0].revents != 0 else { return nil }
    return readInput()
  }

  /// One event from what ncurses has or can read now. Mouse and key sequences that arrive in
  /// parts are still waited for, up to ESCDELAY, inside ncurses.
  private func readInput() -> TerminalEvent? {
    wtimeout(window, 0)
    var input: wint_t = 0
    switch wget_wch(window, &input) {
    case KEY_CODE_YES: return special(keyCode: Int32(bitPattern: input))
    case OK: return character(input)
    default: return nil
    }
  }

  private func special(keyCode: Int32) -> TerminalEvent? {
    switch KeyDecoder.special(keyCode: keyCode) {
    case .key(let key): return .key(key)
    case .resize:
      // The terminal's old contents no longer match what ncurses believes is on screen.
      clearok(window, true)
      return .resize(size)
    case .mouse:
      var event = MEVENT()
      guard getmouse(&event) == OK, let button = KeyDecoder.button(state: event.bstate) else {
        return nil
      }
      return .mouse(x: Int(event.x), y: Int(event.y), button: button)
    case nil: return nil
    }
  }

  private func character(_ input: wint_t) -> TerminalEvent? {
    // ESC also starts every sequence ncurses did not recognise (P12): it is a key only when
    // nothing follows at once; otherwise the rest of the sequence is dropped.
    if input == 27 {
      wtimeout(window, 0)
      var next: wint_t = 0
      guard wget_wch(window, &next) != ERR else { return .key(.escape) }
      while wget_wch(window, &next) != ERR {}
      return nil
    }
    return KeyDecoder.key(character: input).map(TerminalEvent.key)
  }
}
