import ArgumentParser
import Foundation
import TafelCore
import TafelExport

/// The one way out to the terminal: every line Tafel prints, on standard output or standard
/// error, passes through here and has its control characters shown visibly. Names, file names,
/// spreadsheet cells and content texts all end up in messages; a name such as
/// `Evil \e]0;pwned\a` must not retitle the window or clear the screen. A test keeps `print` and
/// direct writes out of the other files of this target.
enum Console {
  /// A line on standard output. `colours`: `tafel profile`'s own colour codes may pass (only
  /// well-formed SGR sequences; everything else is still spelled out).
  static func out(_ text: String, terminator: String = "\n", colours: Bool = false) {
    write(text + terminator, to: .standardOutput, colours: colours)
  }

  /// A whole report on standard output (`tafel export --output -`). Into a pipe or a file it goes
  /// byte for byte (a CSV's line ends included; reports hold no other control characters); on a
  /// terminal it is made harmless like every other line.
  static func report(_ text: String) {
    guard isatty(STDOUT_FILENO) == 0 else {
      out(text, terminator: "")
      return
    }
    try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
  }

  /// Whether both standard input and output are a terminal: what a full-screen command needs.
  static var isInteractive: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }

  /// A line on standard error.
  static func error(_ line: String) {
    write(line + "\n", to: .standardError, colours: false)
  }

  /// A question on standard error, without a line break, for the answer to follow on the line.
  static func ask(_ question: String) {
    write(question, to: .standardError, colours: false)
  }

  /// Prints what swift-argument-parser has to say about `error` (usage, help, a bad option) and
  /// exits with its code; the parser's own `exit(withError:)` would print without this filter.
  static func exit(withParserError error: Error) -> Never {
    let message = Tafel.fullMessage(for: error)
    let code = Tafel.exitCode(for: error)
    if !message.isEmpty {
      if code == .success { out(message) } else { Console.error(message) }
    }
    Foundation.exit(code.rawValue)
  }

  private static func write(_ text: String, to handle: FileHandle, colours: Bool) {
    let safe =
      colours
      ? TerminalColouring.printableKeepingColours(text) : TerminalText.printable(text)
    // A closed or full standard output is no reason to crash.
    try? handle.write(contentsOf: Data(safe.utf8))
  }
}
