import Foundation
import Testing

/// The full-screen interface, run for real in tmux: views, a live score edit, a new participant,
/// resizes, quitting and signals, checked on the screen and in the saved file.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct TerminalEndToEndTests {
  @Test func aSessionEditsAddsResizesAndQuitsWithEverythingSaved() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json", "--lang", "nl").status == 0)
      let tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try tmux.waitFor("Wijkalliantie Noord")
      try tmux.waitFor("▸ Anouk Hoëvenaars")

      try tmux.send("2")
      try tmux.waitFor("Om te toetsen")
      try tmux.waitFor("Houdt deze groep keuzes te lang open?")
      try tmux.send("1")
      try tmux.waitFor("Deelnemers (14)")

      try tmux.send("Enter", "Right", "Right", "Right")
      try tmux.waitFor("[75 ]")
      try tmux.send("Enter")
      try tmux.waitFor(" 75 ")

      try tmux.send("a")
      try tmux.waitFor("Nieuwe deelnemer bij Gemeente Noordhaven:")
      try tmux.send("Gül Şahin", literally: true)
      try tmux.send("Enter")
      // The form opens on the role; three fields further down is yellow.
      try tmux.waitFor("Gül Şahin bewerken")
      try tmux.send("Down", "Down", "Down", "4", "0", "Down", "8", "Enter")
      try tmux.waitFor("Gül Şahin · Gemeente Noordhaven")
      try tmux.waitFor("▸ Gül Şahin")
      try tmux.waitFor("Deelnemers (15)")

      try tmux.resize(width: 80, height: 24)
      try tmux.waitFor("Gül Şahin")
      try tmux.resize(width: 50, height: 12)
      try tmux.waitFor("groter")
      try tmux.resize(width: 120, height: 36)
      try tmux.waitFor("Deelnemers (15)")

      let coloured = try tmux.colouredScreen()
      #expect(coloured.contains("38;5;208"), "orange is drawn in 256-colour orange")

      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try tmux.display("#{alternate_on}") == "0")

      let saved =
        try JSONSerialization.jsonObject(with: try workspace.bytes("w.json")) as? [String: Any]
      let people = saved?["participants"] as? [[String: Any]] ?? []
      let anouk = people.first { $0["name"] as? String == "Anouk Hoëvenaars" }
      #expect((anouk?["scores"] as? [String: Int])?["yellow"] == 75)
      let gul = people.first { $0["name"] as? String == "Gül Şahin" }
      #expect((gul?["scores"] as? [String: Int])?["yellow"] == 40)
      #expect((gul?["scores"] as? [String: Int])?["green"] == 8)
      #expect(gul?["organisation"] as? String == "gemeente-noordhaven")
      #expect(try workspace.tafel("check", "w.json").status == 0)
      #expect(!workspace.exists("w.json.lock"))
    }
  }

  @Test func aComfortRoundIsThereAgainAfterARestart() throws {
    try withWorkspace { workspace in
      var tmux = try TmuxSession.openDemo(in: workspace)
      try tmux.send("3")
      try tmux.waitFor("Wat merkt u aan tafel?")
      try tmux.send("Right")
      try tmux.waitFor("Vertragen om te versnellen")

      try tmux.send("Enter")
      try tmux.waitFor("Comfort dat Gemeente Noordhaven nodig heeft:")
      try tmux.send("Zekerheid over het budget 2027", literally: true)
      try tmux.send("Enter")
      try tmux.waitFor("○ Zekerheid over het budget 2027")
      try tmux.send("s", "s")
      try tmux.waitFor("● Zekerheid over het budget 2027")

      try tmux.send("Down", "Enter")
      try tmux.waitFor("Comfort dat Woonstichting Havenzicht nodig heeft:")
      try tmux.send("Uittreden zonder boete in jaar één", literally: true)
      try tmux.send("Enter")
      try tmux.waitFor("○ Uittreden zonder boete in jaar één")
      try tmux.send("p")
      try tmux.waitFor("WOONSTICHTING HAVENZICHT")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")

      tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try tmux.waitFor("Deelnemers (14)")
      try tmux.send("3", "Right")
      let screen = try tmux.waitFor("○ Uittreden zonder boete in jaar één")
      #expect(screen.contains("● Zekerheid over het budget 2027"))
      #expect(screen.contains("2 van 2") == false)
      #expect(screen.contains("1 van 2 nog niet afgesproken"))
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try workspace.tafel("check", "w.json").status == 0)
    }
  }

  @Test func aDilemmaRoundDrivenByPageDownAloneResumesAfterARestart() throws {
    try withWorkspace { workspace in
      var tmux = try TmuxSession.openDemo(in: workspace)
      try tmux.send("4")
      try tmux.waitFor("PgDn of spatie trekt de eerste kaart")
      try tmux.send("NPage")
      try tmux.waitFor("RONDE 1 · de kaart")
      try tmux.waitFor("Dreigen met vertrek")
      try tmux.send("NPage")
      try tmux.waitFor("Keuzes: 0 van 14 binnen")
      try tmux.send("a", "c", "c")
      try tmux.waitFor("Keuzes: 3 van 14 binnen")
      try tmux.send("NPage")
      try tmux.waitFor("RONDE 1 · onthulling")
      try tmux.send("NPage")
      try tmux.waitFor("RONDE 1 · bespreking")
      // The options with their texts, not only letters.
      try tmux.waitFor("C 2  We laten ons niet onder druk zetten")
      try tmux.send(".")
      try tmux.waitForScreen(where: { !$0.contains("RONDE") })
      try tmux.send("NPage")
      try tmux.waitFor("RONDE 1 · bespreking")
      try tmux.send("NPage")
      try tmux.waitFor("RONDE 2 · de kaart")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")

      tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try tmux.waitFor("Deelnemers (14)")
      try tmux.send("4")
      try tmux.waitFor("RONDE 2 · de kaart")
      try tmux.send("H")
      try tmux.waitFor("1. Dreigen met vertrek (A 1 B 0 C 2 D 0)")
      // Escape alone: with a key right behind it, it would read as Alt plus that key.
      try tmux.send("Escape")
      try tmux.waitFor("RONDE 2 · de kaart")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  /// SIGTERM, SIGHUP (the window closed), SIGQUIT and Ctrl-C: each ends Tafel with the terminal
  /// restored and the last edit on disk.
  @Test(arguments: [
    (SIGTERM, "EXIT=143"), (SIGHUP, "EXIT=129"), (SIGQUIT, "EXIT=131"), (SIGINT, "EXIT=130"),
  ])
  func aSignalRestoresTheTerminalAndKeepsTheLastEdit(signal: Int32, exit: String) throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, language: "en")
      // In score editing PageDown is -10: 72 becomes 62.
      try tmux.send("Enter", "NPage")
      try tmux.waitFor("[62 ]")
      if signal == SIGINT {
        try tmux.send("C-c")
      } else {
        let shell = try tmux.panePID()
        // The pane runs a shell that runs tafel; signal tafel, its only child.
        let child = try String(
          contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8
        )
        .split(separator: " ").first.flatMap { Int32($0) }
        kill(try #require(child), signal)
      }
      try tmux.waitFor(exit)
      #expect(try tmux.display("#{alternate_on}") == "0")
      let saved = try workspace.text("w.json")
      #expect(saved.contains("\"yellow\" : 62"))
    }
  }

  /// Ctrl-\\ would send SIGQUIT and the Swift runtime would print a backtrace over the screen;
  /// it is an ordinary key here, and Ctrl-S does not freeze the output.
  @Test func ctrlBackslashAndCtrlSLeaveTheScreenAlone() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace)
      try tmux.send("C-\\")
      try tmux.send("C-s")
      try tmux.send("2")
      let screen = try tmux.waitFor("Om te toetsen")
      #expect(!screen.contains("EXIT=") && !screen.lowercased().contains("backtrace"))
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test func aSecondTafelIsToldWhoHoldsTheFileAndCanOpenItReadOnly() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let first = try TmuxSession(["open", "w.json", "--lang", "en"], in: workspace.url)
      try first.waitFor("Participants (14)")
      let second = try TmuxSession(["open", "w.json", "--lang", "en"], in: workspace.url)
      try second.waitFor("is being edited by another Tafel")
      try second.waitFor("Open read-only? [y/N]")
      try second.send("y", "Enter")
      try second.waitFor("Participants (14)")
      #expect(try second.screen().contains("read-only   "))
      try second.send("Enter", "Right")
      #expect(try !second.screen().contains("[73 ]"))
      // Saving under the same name would write under the first Tafel: refused, naming it.
      try second.send("S")
      try second.waitFor("Save as")
      try second.send("w.json", literally: true)
      try second.send("Enter")
      try second.waitForScreen {
        $0.contains("w.json") && $0.contains("is being edited by another")
          && !$0.contains("Save as")
      }
      #expect(try second.screen().contains("read-only   "))
      try first.send("Enter", "Right", "Enter")
      try first.waitForScreen { _ in
        (try? workspace.text("w.json").contains("\"yellow\" : 73")) == true
      }
      try second.send("q")
      try second.waitFor("EXIT=0")
      try first.send("q")
      try first.waitFor("EXIT=0")
    }
  }

  @Test func noColorGivesMonochromeWithEveryBarStillLabelled() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, environment: ["NO_COLOR": "1"])
      try tmux.waitFor("Or oranje")
      let coloured = try tmux.colouredScreen()
      #expect(!coloured.contains("38;5;"))
      #expect(coloured.contains("\u{1B}[7m"), "the selection is shown in reverse")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test func theCLocaleGetsASCIIAndReadableNames() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, environment: ["LANG": "C"])
      let screen = try tmux.waitFor("Anouk Hoevenaars")
      #expect(screen.contains("Mehmet Celik"))
      #expect(screen.contains("+ Deelnemers (14) -"))
      #expect(screen.contains("#####"))
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  /// Each common terminal type, in a UTF-8 and in the C locale, from the smallest window to a
  /// 4K projector's: too small says so, and every size from 60×16 up draws the Team view with
  /// the key bar on the last line.
  @Test(
    arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"],
    ["C.UTF-8", "C"])
  func everyCommonTerminalTypeDrawsAtEverySize(term: String, locale: String) throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "nl"], width: 20, height: 6, in: workspace.url,
        environment: ["TERM": term, "LANG": locale])
      try tmux.waitFor("groter")
      let name = locale == "C" ? "Anouk Hoevenaars" : "Anouk Hoëvenaars"
      for (width, height) in [(60, 16), (80, 24), (120, 36), (300, 90)] {
        try tmux.resize(width: width, height: height)
        let screen = try tmux.waitForScreen { screen in
          let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
          return screen.contains("Deelnemers (14)") && screen.contains(name)
            && lines.count >= height
            && (lines[height - 1].contains("1 Team") || lines[height - 1].contains("1-5 schermen"))
        }
        #expect(!screen.contains("\u{FFFD}"), "\(term) \(locale) \(width)x\(height)")
      }
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test func aResizeStormLeavesAWorkingScreen() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace)
      for (width, height) in [
        (20, 6), (300, 90), (61, 17), (250, 70), (40, 12), (80, 24), (121, 37), (20, 6), (300, 90),
      ] {
        try tmux.resize(width: width, height: height)
      }
      try tmux.resize(width: 100, height: 30)
      try tmux.waitForScreen { screen in
        screen.contains("Deelnemers (14)") && screen.split(separator: "\n").first?.count ?? 0 <= 100
      }
      try tmux.send("2")
      try tmux.waitFor("Om te toetsen")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test func aTerminalThatCannotDrawIsRefusedClearly() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "en"], in: workspace.url, environment: ["TERM": "dumb"])
      try tmux.waitFor("cannot move the cursor")
      try tmux.waitFor("EXIT=1")
    }
  }

  @Test func aBrokenDeckFileIsReportedWithItsPosition() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      try workspace.write("{\n  \"deck\": {\n    \"id\": 3\n  }\n}\n", to: "deck.json")
      let result = try workspace.tafel("open", "w.json", "--deck", "deck.json", "--lang", "en")
      #expect(result.status == 1)
      #expect(result.stderr.contains("deck.json:3:11: deck.id: expected text in double quotes"))
    }
  }

  @Test func withoutATerminalTafelSaysSoAndExits() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let result = try workspace.tafel("open", "w.json", "--lang", "en")
      #expect(result.status == 1)
      #expect(result.stderr.contains("Tafel needs a terminal"))
      #expect(result.stdout.isEmpty)
    }
  }
}
