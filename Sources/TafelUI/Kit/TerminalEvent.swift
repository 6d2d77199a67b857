/// What the terminal reports: a key, a mouse click, a new size. The backend turns raw input into
/// these; the key map turns them into actions.
public enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  case mouse(x: Int, y: Int, button: MouseButton)
  case resize(Size)
}

/// A key press, by meaning.
public enum Key: Hashable, Sendable {
  case character(Character)
  case control(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case shiftUp, shiftDown, shiftLeft, shiftRight
  case function(Int)
}

public enum MouseButton: Hashable, Sendable {
  case left, wheelUp, wheelDown
}

/// The screen and keyboard the UI loop talks to: ncurses in the real program, a fake in tests.
public protocol Terminal: AnyObject {
  var size: Size { get }
  /// Shows `grid`; only cells that changed need to reach the terminal.
  func paint(_ grid: Grid)
  /// The next event, or nil when `timeoutMilliseconds` pass without one or as soon as
  /// something is posted to `inbox` (its `wakeDescriptor` becomes readable): the wait must end
  /// for a post from another thread, not only for input. Called from the loop's thread only.
  func nextEvent(timeoutMilliseconds: Int, wakingFor inbox: Inbox) -> TerminalEvent?
  /// True when no event will ever come again (a fake terminal that ran out); a real terminal
  /// never ends.
  var hasEnded: Bool { get }
  /// Ctrl-Z: gives the terminal back to the shell, stops until `fg`, then takes it again.
  func suspend()
}

extension Terminal {
  public var hasEnded: Bool { false }
  public func suspend() {}
}
