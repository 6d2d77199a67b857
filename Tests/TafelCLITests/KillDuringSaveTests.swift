import Foundation
import TafelCore
import Testing

/// Kill -9 at random moments while `tafel import` writes: the workshop file must always load, and
/// hold either the state before the import or the state after it, never a mix; so must the backup.
@Suite struct KillDuringSaveTests {
  static func sheet(_ score: Int, count: Int) -> String {
    let rows = (1...count).map {
      "Persoon \($0);Organisatie \($0 % 7);rol;\(score);\(100 - score);50;50;50;50"
    }
    return "naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars\n"
      + rows.joined(separator: "\n") + "\n"
  }

  @Test func aKilledImportLeavesTheOldOrTheNewWorkshopNeverAMix() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("new", "w.json", "--title", "Kill").status == 0)
      try workspace.write(Self.sheet(20, count: 300), to: "a.csv")
      try workspace.write(Self.sheet(80, count: 300), to: "b.csv")
      #expect(try workspace.tafel("import", "w.json", "--participants", "a.csv").status == 0)
      var generator = SystemRandomNumberGenerator()
      var killed = 0
      for round in 0..<120 {
        let process = Process()
        process.executableURL = TafelProcess.executable
        process.arguments = [
          "import", "w.json", "--participants", round % 2 == 0 ? "b.csv" : "a.csv",
        ]
        process.currentDirectoryURL = workspace.url
        process.environment = TafelProcess.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32.random(in: 0...40_000, using: &generator))
        if process.isRunning {
          kill(process.processIdentifier, SIGKILL)
          killed += 1
        }
        process.waitUntilExit()
        let workshop = try WorkshopStore.load(from: workspace.path("w.json"))
        #expect(workshop.participants.count == 300, "after round \(round)")
        let yellows = Set(workshop.participants.map(\.scores.yellow))
        #expect(yellows == [20] || yellows == [80], "the file mixes states after round \(round)")
        // The backup is an earlier whole state: the new, empty workshop or one of the imports.
        let backup = try WorkshopStore.load(from: workspace.path("w.json.bak"))
        let backupYellows = Set(backup.participants.map(\.scores.yellow))
        #expect(backup.participants.isEmpty || backupYellows == [20] || backupYellows == [80])
      }
      #expect(killed > 0, "no run was killed midway; the test proved nothing")
      let leftovers = try workspace.contents().filter { $0.contains(".tmp") }
      #expect(leftovers.count <= 1, "temporary files pile up: \(leftovers)")
    }
  }
}
