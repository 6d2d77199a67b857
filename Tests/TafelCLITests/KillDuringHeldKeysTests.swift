import Foundation
import TafelCore
import Testing

/// Kill -9 while an arrow key is held down on a score: saves run beside the keys and skip
/// versions they cannot keep up with, so this checks the header's promise. Whenever the screen
/// said "opgeslagen", the file after the kill holds the score the screen showed then, or a
/// newer one; never an older one, never a torn file.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct KillDuringHeldKeysTests {
  /// Waits (without failing) until the header says the changes are saved: every third kill
  /// comes after that, so even a loaded machine, where random kills mostly land before the
  /// save is shown, checks the promise often enough.
  static func awaitSavedHeader(_ tmux: TmuxSession, seconds: Double = 10) {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let header = (try? tmux.screen())?.split(separator: "\n").first.map(String.init) ?? ""
      if header.contains("opgeslagen"), !header.contains("NIET") { return }
      usleep(50_000)
    }
  }

  /// Anouk's yellow as the detail panel shows it (`Ge geel ███ 75` or `[75 ]` while edited).
  static func shownYellow(_ screen: String) -> Int? {
    guard let line = screen.split(separator: "\n").first(where: { $0.contains("Ge geel") })
    else { return nil }
    let numbers = line.split { !$0.isNumber }.compactMap { Int($0) }
    return numbers.last
  }

  @Test func whatTheHeaderCalledSavedSurvivesAKillDuringAHeldArrowKey() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      var generator = SystemRandomNumberGenerator()
      var promisesChecked = 0
      for round in 0..<30 {
        let before = try #require(try workspace.anoukYellow(), "round \(round)")
        let tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
        try tmux.waitFor("▸ Anouk Hoëvenaars")
        let rising = before <= 50
        try tmux.send("Enter")
        // A held key: a burst of repeats every few milliseconds, as a keyboard sends them.
        let bursts = Int.random(in: 1...8, using: &generator)
        for _ in 0..<bursts {
          try tmux.sendRaw(Array(repeating: rising ? "Right" : "Left", count: 5))
          usleep(UInt32.random(in: 0...15_000, using: &generator))
        }
        // Sometimes at once, sometimes as the saves catch up: both must keep the promise.
        usleep(UInt32.random(in: 0...100_000, using: &generator))
        if round % 3 == 0 { Self.awaitSavedHeader(tmux) }
        let screen = try tmux.screen()
        let tafel = KillDuringAutosaveTests.children(of: try tmux.panePID())
        #expect(!tafel.isEmpty, "Tafel is running in round \(round)")
        for pid in tafel { kill(pid, SIGKILL) }
        try tmux.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }

        // Whole and loadable, whatever the kill interrupted.
        let after = try #require(try workspace.anoukYellow(), "round \(round)")
        let sent = bursts * 5
        #expect(abs(after - before) <= sent, "round \(round): \(before) → \(after)")
        let header = screen.split(separator: "\n").first.map(String.init) ?? ""
        if header.contains("opgeslagen"), let shown = Self.shownYellow(screen) {
          promisesChecked += 1
          #expect(
            rising ? after >= shown : after <= shown,
            "round \(round): the screen said \(shown) was saved, the file holds \(after)")
        }
        #expect(try workspace.anoukYellow(in: "w.json.bak") == before, "round \(round)")
        // The journal replays to what the file holds, so what the screen called saved is in
        // the history too; the backup's history likewise.
        for name in ["w.json", "w.json.bak"] {
          let saved = try WorkshopStore.load(from: workspace.path(name))
          #expect(saved.replayed() == saved.withoutJournal, "round \(round): \(name)")
        }
      }
      #expect(promisesChecked > 5, "too few kills came while the header said saved")
    }
  }

  @Test func sigtermDuringAHeldKeyWritesTheNewestVersionBeforeExiting() throws {
    try withWorkspace { workspace in
      // 3,000 people: a save takes long enough that one is usually still under way.
      #expect(try workspace.tafel("new", "w.json", "--title", "Groot").status == 0)
      try workspace.write(KillDuringSaveTests.sheet(20, count: 3000), to: "a.csv")
      #expect(try workspace.tafel("import", "w.json", "--participants", "a.csv").status == 0)
      let tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try tmux.waitFor("Deelnemers (3000)")
      try tmux.send("Enter")
      try tmux.sendRaw(Array(repeating: "Right", count: 20))
      // Every key taken; its save may still be on its way.
      try tmux.waitFor("[40 ]")
      for pid in KillDuringAutosaveTests.children(of: try tmux.panePID()) { kill(pid, SIGTERM) }
      try tmux.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=143") }
      let people = try WorkshopStore.load(from: workspace.path("w.json")).participants
      #expect(people.filter { $0.scores.yellow == 40 }.count == 1)
      #expect(people.filter { $0.scores.yellow == 20 }.count == 2999)
    }
  }
}
