import Foundation
import Testing

/// The first frame is written whole by Tafel, not by ncurses (`FrameBytes`), and ncurses is then
/// told it is on screen. Both must hold in the real terminal: the first frame looks, cell by cell
/// with its colours and attributes, as ncurses draws the same screen from scratch after a
/// resize; and a key's change after it (drawn by ncurses, from what it believes is on screen)
/// leaves the screen as ncurses would draw it from scratch too.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct FirstFrameEndToEndTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var width: Int
    var height: Int
    var language = "nl"
    var environment: [String: String] = [:]
    var arguments: [String] = []
    /// Emoji of several code points in the names (`WideCharacterBorderTests.names`).
    var emoji = false

    var testDescription: String {
      "\(width)x\(height) \(language) \(environment.sorted { $0.key < $1.key }) \(arguments)"
        + (emoji ? " emoji" : "")
    }
  }

  static let cases: [Case] = [
    Case(width: 80, height: 24),
    Case(width: 250, height: 70, language: "en"),
    Case(width: 120, height: 36, environment: ["TERM": "xterm-256color"]),
    Case(width: 160, height: 45, language: "en", arguments: ["--theme", "light"]),
    Case(width: 120, height: 36, environment: ["NO_COLOR": "1"]),
    Case(width: 120, height: 36, environment: ["TERM": "screen-256color"]),
    Case(width: 120, height: 36, language: "en", environment: ["TERM": "xterm"]),
    Case(width: 120, height: 36, environment: ["LANG": "C"]),
    Case(width: 120, height: 36, emoji: true),
  ]

  @Test(arguments: cases)
  func theFirstFrameAndWhatFollowsItLookAsNcursesDrawsThem(_ given: Case) throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      if given.emoji { try WideCharacterBorderTests.rename(in: workspace) }
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", given.language] + given.arguments, width: given.width,
        height: given.height, in: workspace.url, environment: given.environment)
      try tmux.waitFor(given.language == "nl" ? "Deelnemers (14)" : "Participants (14)")
      _ = try tmux.settledScreen()
      let first = ScreenCell.rows(of: try tmux.colouredScreen())
      try expectRedrawn(first, in: tmux, given, "the first frame")

      let before = try tmux.settledScreen()
      try tmux.send("Down")
      // The selection's marker moves: the text changes, not only its colours.
      try tmux.waitForScreen { $0 != before }
      _ = try tmux.settledScreen()
      let moved = ScreenCell.rows(of: try tmux.colouredScreen())
      try expectRedrawn(moved, in: tmux, given, "after a key")
    }
  }

  /// Makes ncurses draw the whole screen again (a resize and back clears it and draws every
  /// cell) and expects it to look as `rows`.
  private func expectRedrawn(
    _ rows: [[ScreenCell]], in tmux: TmuxSession, _ given: Case, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try tmux.resize(width: given.width - 10, height: given.height - 4)
    try tmux.waitForScreen { $0.split(separator: "\n").count <= given.height - 4 }
    try tmux.resize(width: given.width, height: given.height)
    var redrawn: [[ScreenCell]] = []
    let deadline = Date().addingTimeInterval(10)
    repeat {
      usleep(100_000)
      redrawn = ScreenCell.rows(of: try tmux.colouredScreen())
    } while redrawn != rows && Date() < deadline
    guard
      let row = (0..<max(rows.count, redrawn.count)).first(where: {
        $0 >= rows.count || $0 >= redrawn.count || rows[$0] != redrawn[$0]
      })
    else { return }
    let before = row < rows.count ? rows[row].map(\.description).joined() : "(none)"
    let after = row < redrawn.count ? redrawn[row].map(\.description).joined() : "(none)"
    Issue.record(
      "\(what) differs from ncurses's own drawing in row \(row):\n\(before)\n\(after)",
      sourceLocation: sourceLocation)
  }
}
