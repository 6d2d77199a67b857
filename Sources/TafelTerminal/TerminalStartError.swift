/// Why the full-screen UI could not take over the terminal. Kept as data so the caller can print
/// a localised message and fall back to plain output.
public enum TerminalStartError: Error, Equatable, Sendable {
  /// Standard input or standard output is not a terminal (piped, redirected, or run from a script).
  case notATerminal
  /// ncurses has no terminfo entry for this `TERM` (possibly empty).
  case unknownTerminal(String)
  /// The terminal cannot move the cursor (for example `TERM=dumb`), so a full screen is impossible.
  case noCursorAddressing(String)
}
