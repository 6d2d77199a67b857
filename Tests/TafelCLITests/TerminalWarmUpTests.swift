import Foundation
import Testing

/// ncurses starts beside the reading of the workshop (`TerminalWarmUp`). A start that ends
/// before the screen opens must leave no trace of that: its message on a terminal in the modes
/// the shell had, line by line, and nothing sent to the screen.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TerminalWarmUpTests {
  /// The arguments, the file written first (if any), the message's start and the exit status.
  static let cases: [(arguments: [String], file: (String, String)?, message: String, exit: Int)] = [
    (
      ["open", "kapot.json", "--lang", "nl"], ("kapot.json", "{\"participants\": [\n"),
      "kapot.json:2:1: geen geldige JSON", 1
    ),
    (["weg.json", "--lang", "nl"], nil, "weg.json: bestand niet gevonden", 1),
    (["chek", "--lang", "nl"], nil, "'chek' is geen opdracht van Tafel", 64),
  ]

  @Test(arguments: cases.indices)
  func aStartThatEndsBeforeTheScreenSpeaksOnTheShellsOwnTerminal(_ index: Int) throws {
    let (arguments, file, message, exit) = Self.cases[index]
    try withWorkspace { workspace in
      if let (name, content) = file { try workspace.write(content, to: name) }
      let tmux = try TmuxSession(
        arguments, in: workspace.url, afterExit: "echo ONE; echo TWO; stty -a; echo END_OF_MODES")
      let screen = try tmux.waitFor("END_OF_MODES")
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.contains { $0.hasPrefix(message) }, "\(screen)")
      // With the output's newline translation still off, each line would start where the last
      // one ended.
      for line in ["EXIT=\(exit)", "ONE", "TWO"] {
        #expect(lines.contains(Substring(line)), "\(line) on a line of its own:\n\(screen)")
      }
      let modes = screen.split(whereSeparator: \.isWhitespace)
      for mode in ["icanon", "echo", "icrnl", "onlcr", "isig"] {
        #expect(
          modes.contains(Substring(mode)) && !modes.contains(Substring("-" + mode)), "\(mode)")
      }
      #expect(try tmux.display("#{alternate_on}") == "0")
      #expect(!(try tmux.colouredScreen()).contains("\u{1B}[?1049"))
    }
  }
}
