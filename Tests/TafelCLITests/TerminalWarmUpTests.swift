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

  /// ncurses refuses the terminal on its own thread; the refusal is said as it always was.
  @Test func aTerminalNcursesRefusesIsNamedOnTheShellsOwnTerminal() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tmux = try TmuxSession(
        ["w.json", "--lang", "nl"], in: workspace.url, environment: ["TERM": "onbekend-scherm"],
        afterExit: "echo ONE; stty -a; echo END_OF_MODES")
      let screen = try tmux.waitFor("END_OF_MODES")
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.contains { $0.contains("TERM=onbekend-scherm") }, "\(screen)")
      #expect(lines.contains("EXIT=1") && lines.contains("ONE"), "\(screen)")
      let modes = screen.split(whereSeparator: \.isWhitespace)
      #expect(modes.contains("icanon") && modes.contains("echo") && modes.contains("onlcr"))
    }
  }

  /// The lock's question is asked after the warm-up is given back, with ncurses's resize
  /// handler still in place: a resize while it waits must not break the read of the answer.
  @Test func aResizeWhileTheLockAsksLeavesTheAnswerReadable() throws {
    try withWorkspace { workspace in
      let first = try TmuxSession.openDemo(in: workspace, language: "en")
      let second = try TmuxSession(["open", "w.json", "--lang", "en"], in: workspace.url)
      try second.waitFor("Open read-only? [y/N]")
      try second.resize(width: 100, height: 30)
      try second.resize(width: 120, height: 36)
      try second.send("y", "Enter")
      try second.waitFor("Participants (14)")
      #expect(try second.screen().contains("read-only   "))
      // The read-only screen still follows the window's size: drawn anew at 90 columns, the
      // header's right end is in sight again.
      try second.resize(width: 90, height: 30)
      try second.waitFor("read-only   ")
      try second.send("q")
      try second.waitFor("EXIT=0")
      try first.send("q")
      try first.waitFor("EXIT=0")
    }
  }
}
