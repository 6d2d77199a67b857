import Foundation
import TafelCore
import Testing

/// Kill -9 while the interface autosaves a score being typed in, round after round: the file
/// must always load and hold one of the states the facilitator went through, and the backup the
/// file as that Tafel opened it. (`KillDuringSaveTests` does the same to `tafel import`.)
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct KillDuringAutosaveTests {
  /// The process ids of `pid`'s children: the pane runs a shell, which runs Tafel.
  static func children(of pid: Int32) -> [Int32] {
    let path = "/proc/\(pid)/task/\(pid)/children"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { Int32($0) }
  }

  func anoukYellow(_ workspace: Workspace, _ name: String) throws -> Int? {
    let workshop = try WorkshopStore.load(from: workspace.path(name))
    return workshop.participants.first { $0.name == "Anouk Hoëvenaars" }?.scores.yellow
  }

  @Test func aKilledAutosaveLeavesAStateTheFacilitatorWentThrough() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let others = try WorkshopStore.load(from: workspace.path("w.json")).participants
        .filter { $0.name != "Anouk Hoëvenaars" }
      var generator = SystemRandomNumberGenerator()
      var killedWhileSaving = 0
      var history: [JournalEntry] = []
      for round in 0..<100 {
        let before = try #require(try anoukYellow(workspace, "w.json"))
        let tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
        try tmux.waitFor("▸ Anouk Hoëvenaars")
        // Down or up so the score stays within 0-100 over the rounds; every step is saved.
        let step = before > 50 ? "Left" : "Right"
        try tmux.sendRaw(["Enter"] + Array(repeating: step, count: 40))
        usleep(UInt32.random(in: 0...60_000, using: &generator))
        let tafel = Self.children(of: try tmux.panePID())
        #expect(!tafel.isEmpty, "Tafel is running in round \(round)")
        for pid in tafel { kill(pid, SIGKILL) }
        // The shell reports the kill on the line where the cursor was, so EXIT=137 may wrap.
        try tmux.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }

        let after = try #require(try anoukYellow(workspace, "w.json"), "round \(round)")
        #expect(abs(after - before) <= 40, "round \(round): \(before) → \(after)")
        if after != before && abs(after - before) < 40 { killedWhileSaving += 1 }
        let workshop = try WorkshopStore.load(from: workspace.path("w.json"))
        #expect(workshop.participants.filter { $0.name != "Anouk Hoëvenaars" } == others)
        // The history holds exactly what the file holds, and keeps every earlier round's.
        #expect(workshop.replayed() == workshop.withoutJournal, "round \(round): history")
        #expect(Array(workshop.journal.prefix(history.count)) == history, "round \(round)")
        history = workshop.journal
        let kept = try WorkshopStore.load(from: workspace.path("w.json.bak"))
        #expect(kept.replayed() == kept.withoutJournal, "round \(round): the backup's history")
        // The backup is the file as this round's Tafel opened it.
        let backup = try #require(try anoukYellow(workspace, "w.json.bak"), "round \(round)")
        #expect(backup == before, "round \(round): backup \(backup), opened with \(before)")
      }
      #expect(killedWhileSaving > 10, "too few kills landed among the saves to prove anything")
      let leftovers = try workspace.contents().filter { $0.contains(".tmp") }
      // The last round's kill may leave a temporary file and the backup's staging link; every
      // earlier one was cleared by the next Tafel that took the lock.
      #expect(leftovers.count <= 2, "temporary files pile up: \(leftovers)")
    }
  }
}
