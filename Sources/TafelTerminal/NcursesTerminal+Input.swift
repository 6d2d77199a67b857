import CNcursesw
import TafelUI
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, click or resize. Nil on
  /// timeout, on a signal (check `SignalWatcher.takePending()`), and for input Tafel ignores.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    guard screen != nil else { return nil }
    wtimeout(window, Int32(clamping: max(-1, timeoutMilliseconds)))
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
