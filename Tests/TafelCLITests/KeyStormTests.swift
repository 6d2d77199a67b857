import Foundation
import Testing

/// Twenty thousand random keys, escape sequences, mouse reports, resizes and pasted Dutch text
/// into the real binary: it must not crash, must give the terminal back, and must leave a file
/// that passes `tafel check`.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct KeyStormTests {
  /// A fixed-seed generator, so a failing storm replays exactly.
  struct Replayable: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 29)
    }
  }

  /// tmux key names: everything but what ends or stops the program (q, Ctrl-C, Ctrl-Z, Ctrl-\).
  static let named = [
    "Up", "Down", "Left", "Right", "NPage", "PPage", "Home", "End", "Enter", "Escape", "Tab",
    "BTab", "BSpace", "DC", "IC", "F1", "F2", "F5", "F10", "F12", "S-Left", "S-Right", "S-Up",
    "C-Left", "M-x", "M-Enter", "Space", "C-a", "C-b", "C-d", "C-e", "C-f", "C-g", "C-h", "C-k",
    "C-l", "C-n", "C-o", "C-p", "C-q", "C-r", "C-s", "C-t", "C-u", "C-v", "C-w", "C-x", "C-y",
  ]

  /// Single characters that tmux accepts as key names (`;` would end the tmux command, so it
  /// goes with the literal texts). No `/`: typed into the save-as or export prompt it could make
  /// an absolute path, and the storm must stay inside its own folder.
  static let characters = Array(
    "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789[]?.,:-+=*'\"ëïöüéçÜÇ€")

  /// Sent byte for byte: escape sequences ncurses may not know, cut-off ones, bracketed paste,
  /// control bytes and Dutch text with diacritics.
  static let literal = [
    ";", "\u{1B}[1;5A", "\u{1B}[1;2D", "\u{1B}O", "\u{1B}[", "\u{1B}[99~", "\u{1B}[<", "\u{7}",
    "\u{0}", "\u{1F}", "\u{7F}", "\u{1B}[200~Gül Şahin, wijkteam Noord\u{1B}[201~",
    "\u{1B}[200~regel een\nregel twee\ttab\u{1B}[201~", "Hoëvenaars, Çelik & Ünal",
    "Zorg en Welzijn B.V. — ‘t Gooi", "ééééééééééééééééééééééééééééééééééééééééééééééééééééé",
    "👩🏽‍⚕️", "\u{1B}[M", "\u{1B}[<0;", "\u{1B}[<64;5;5M", "\u{1B}[<65;5;5M",
  ]

  /// A mouse press and release, or a wheel step, at a random spot above the key bar (a click on
  /// its "q" would end the storm early).
  static func mouseReport(using random: inout Replayable) -> String {
    let x = Int.random(in: 1...110, using: &random)
    let y = Int.random(in: 1...9, using: &random)
    let button = [0, 0, 0, 2, 64, 65].randomElement(using: &random) ?? 0
    if Bool.random(using: &random) {
      return "\u{1B}[<\(button);\(x);\(y)M" + (button < 64 ? "\u{1B}[<\(button);\(x);\(y)m" : "")
    }
    let encode = { (value: Int) in String(UnicodeScalar(UInt8(32 + value))) }
    return "\u{1B}[M" + encode(button) + encode(x) + encode(y)
      + (button < 64 ? "\u{1B}[M" + encode(3) + encode(x) + encode(y) : "")
  }

  @Test func twentyThousandRandomKeysLeaveASoundFileAndARestoredTerminal() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(
        in: workspace,
        environment: [
          "XDG_DATA_HOME": workspace.url.path,
          // A crash writes its backtrace to a file here rather than waiting for a key.
          "SWIFT_BACKTRACE": "interactive=no,output-to=\(workspace.url.path)",
        ], afterExit: "stty -a; echo END_OF_MODES")
      let before = try workspace.bytes("w.json")
      // The keys reach Tafel and its saves land: one known edit first. (Whether the storm's own
      // edits survive depends on where it wanders, save-as and undo included, so that is not
      // asked of it.)
      try tmux.send("Enter", "Right", "Enter")
      try tmux.waitForScreen { _ in (try? workspace.bytes("w.json")) != before }
      // TAFEL_STORM_SEED explores other storms; a failure names its seed so it can be replayed.
      let seed =
        ProcessInfo.processInfo.environment["TAFEL_STORM_SEED"].flatMap { UInt64($0) }
        ?? 20_261_125
      var random = Replayable(state: seed)
      var sent = 0
      var batch: [String] = []
      func flush() throws {
        try tmux.sendRaw(batch)
        batch = []
      }
      while sent < 20_000 {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<40:
          let key = Self.named.randomElement(using: &random) ?? "Down"
          guard key == "Escape" else {
            batch.append(key)
            break
          }
          // Escape followed at once by another key reads as Alt+key; alone, it leaves prompts.
          try flush()
          try tmux.send(key)
          usleep(40_000)
        case 40..<94: batch.append(String(Self.characters.randomElement(using: &random) ?? "j"))
        case 94..<97:
          try flush()
          try tmux.send(Self.literal.randomElement(using: &random) ?? ";", literally: true)
        default:
          try flush()
          try tmux.send(Self.mouseReport(using: &random), literally: true)
        }
        sent += 1
        if batch.count == 200 { try flush() }
        if sent % 1_000 == 0 {
          try flush()
          // Nothing may end the program before the storm does.
          let screen = try tmux.screen()
          #expect(!screen.contains("EXIT="), "stopped after \(sent) keys, seed \(seed):\n\(screen)")
          try tmux.resize(
            width: Int.random(in: 20...220, using: &random),
            height: Int.random(in: 12...70, using: &random))
        }
      }
      try flush()
      try tmux.resize(width: 120, height: 36)
      // Once the backlog is worked off, the last frame is whole: no half-drawn characters.
      let settled = try tmux.waitForScreen(seconds: 60) { screen in
        usleep(300_000)
        return (try? tmux.screen()) == screen
      }
      #expect(!settled.contains("\u{FFFD}"), "seed \(seed):\n\(settled)")
      try leaveWhateverModeAndQuit(tmux)

      let screen = try tmux.waitFor("END_OF_MODES")
      #expect(screen.contains("EXIT=0"), "seed \(seed):\n\(screen)")
      #expect(try tmux.display("#{alternate_on}") == "0")
      // Line mode, echo and flow control are back as the shell had them.
      let modes = screen.split(whereSeparator: \.isWhitespace)
      for mode in ["icanon", "echo", "isig", "ixon"] {
        #expect(
          modes.contains(Substring(mode)) && !modes.contains(Substring("-" + mode)), "\(mode)")
      }
      let crashes = try workspace.contents().filter {
        $0.hasPrefix("tafel-") && $0.hasSuffix(".log")
      }
      for crash in crashes {
        Issue.record("seed \(seed): Tafel crashed:\n\(try workspace.text(crash).prefix(3_000))")
      }
      // The storm may have saved the workshop elsewhere (S) and exported it (E); every workshop
      // file it left must pass the check.
      let workshops = try workshopFiles(in: workspace)
      #expect(workshops.contains("w.json"))
      for name in workshops {
        let check = try workspace.tafel("check", name, "--lang", "en")
        #expect(check.status == 0, "seed \(seed), \(name): \(check.stdout)\(check.stderr)")
      }
      #expect(
        try FileManager.default.subpathsOfDirectory(atPath: workspace.url.path)
          .allSatisfy { !$0.hasSuffix(".lock") })
    }
  }

  /// Files in the workspace that hold a workshop: JSON objects, not backups, exports or locks.
  private func workshopFiles(in workspace: Workspace) throws -> [String] {
    try FileManager.default.subpathsOfDirectory(atPath: workspace.url.path).filter { name in
      guard !name.hasSuffix(".bak"), !name.hasSuffix(".lock"),
        let bytes = try? workspace.bytes(name)
      else { return false }
      return bytes.first { !" \n\t\r".utf8.contains($0) } == UInt8(ascii: "{")
    }
  }

  /// The storm may end in a text field, a prompt or a confirmation; get out of each, then quit.
  private func leaveWhateverModeAndQuit(_ tmux: TmuxSession) throws {
    for _ in 0..<10 {
      for key in ["Escape", "n", "Escape", "Escape", "q"] {
        try tmux.send(key)
        usleep(80_000)
      }
      // Quitting while the last save failed asks first; yes leaves a rescue copy.
      if (try? tmux.screen().contains("Toch stoppen?")) == true { try tmux.send("j") }
      usleep(80_000)
      if (try? tmux.screen().contains("EXIT=")) == true { return }
    }
  }
}
