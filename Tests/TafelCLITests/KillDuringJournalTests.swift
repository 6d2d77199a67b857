import Foundation
import TafelCore
import TafelFixtures
import Testing

/// Kill -9 while a held arrow key is saved into a workshop with a long history (30 sessions,
/// 5,000 journal entries, 1.5 MB): each save rewrites the whole journal, so a kill lands in the
/// middle of one far more often than with the demo. After every kill the file and its backup
/// load, each replays to what it holds, no line of the history before this Tafel is lost, and
/// what the header called saved is in the history.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct KillDuringJournalTests {
  @Test func aKillDuringASaveOfALongHistoryLosesNoSavedChangeFromIt() throws {
    try withWorkspace { workspace in
      let process = ProcessOfMonths.workshop()
      try WorkshopStore.save(process, to: workspace.path("w.json"))
      // The Team view opens on the first person of the first delegation.
      let person = try #require(process.participants(of: process.organisations[0].id).first)
      func yellow(_ workshop: Workshop) -> Int? {
        workshop.participants.first { $0.id == person.id }?.scores.yellow
      }
      var generator = SystemRandomNumberGenerator()
      var history = process.journal
      var promisesChecked = 0
      for round in 0..<10 {
        let opened = try WorkshopStore.load(from: workspace.path("w.json"))
        let before = try #require(yellow(opened))
        let tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
        try tmux.waitFor("Deelnemers (20)")
        let rising = before <= 50
        try tmux.send("Enter")
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
          try tmux.sendRaw(Array(repeating: rising ? "Right" : "Left", count: 5))
          usleep(UInt32.random(in: 0...30_000, using: &generator))
        }
        usleep(UInt32.random(in: 0...300_000, using: &generator))
        if round % 3 == 0 { KillDuringHeldKeysTests.awaitSavedHeader(tmux) }
        let screen = try tmux.screen()
        let tafel = KillDuringAutosaveTests.children(of: try tmux.panePID())
        #expect(!tafel.isEmpty, "Tafel is running in round \(round)")
        for pid in tafel { kill(pid, SIGKILL) }
        try tmux.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }

        let saved = try WorkshopStore.load(from: workspace.path("w.json"))
        let backup = try WorkshopStore.load(from: workspace.path("w.json.bak"))
        #expect(saved.replayed() == saved.withoutJournal, "round \(round): the file's history")
        #expect(backup == opened, "round \(round): the backup is the file as it was opened")
        #expect(
          Array(saved.journal.prefix(history.count)) == history,
          "round \(round): a line of the history before this Tafel was lost")
        let header = screen.split(separator: "\n").first.map(String.init) ?? ""
        if header.contains("opgeslagen"), let shown = KillDuringHeldKeysTests.shownYellow(screen) {
          promisesChecked += 1
          let replayed = try #require(yellow(saved.replayed()))
          #expect(
            rising ? replayed >= shown : replayed <= shown,
            "round \(round): the screen said \(shown) was saved, the history holds \(replayed)")
        }
        history = saved.journal
      }
      #expect(promisesChecked > 2, "too few kills came while the header said saved")
    }
  }
}
