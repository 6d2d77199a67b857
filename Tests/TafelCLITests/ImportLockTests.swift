import Foundation
import TafelCore
import Testing

@Suite("tafel import and the workshop lock")
struct ImportLockTests {
  static let sheet = PackageFiles.data("examples/alliance-east.csv").path

  @Test func importIsRefusedWhileAnotherProcessHoldsTheLockAndWorksAfterRelease() throws {
    try withWorkspace { workspace in
      let created = try workspace.tafel("new", "w.json", "--title", "Locked", "--lang", "en")
      #expect(created.status == 0)
      let before = try workspace.bytes("w.json")
      let lock = try WorkshopLock(workshopPath: workspace.path("w.json"))

      let refused = try workspace.tafel(
        "import", "w.json", "--participants", Self.sheet, "--lang", "en")

      #expect(refused.status == 1)
      #expect(refused.stdout.isEmpty)
      let pid = ProcessInfo.processInfo.processIdentifier
      #expect(refused.errorLines.count == 2)
      #expect(
        refused.errorLines.first?.hasPrefix(
          "w.json: is being edited by another Tafel (process \(pid) on ") == true)
      #expect(
        refused.errorLines.last
          == "Close that Tafel first. Reading works meanwhile: tafel profile and tafel check do not take the file over."
      )
      #expect(try workspace.bytes("w.json") == before)
      // The refused import must not take over or remove the holder's lock.
      #expect(WorkshopLock.currentOwner(ofWorkshopAt: workspace.path("w.json"))?.processID == pid)

      lock.release()
      let imported = try workspace.tafel(
        "import", "w.json", "--participants", Self.sheet, "--lang", "en")

      #expect(imported.status == 0)
      #expect(imported.stderr.isEmpty)
      #expect(imported.stdout.hasSuffix("w.json: 5 participants added, 0 updated.\n"))
      #expect(try WorkshopFileContents(workspace.bytes("w.json")).participants.count == 5)
      #expect(!workspace.exists("w.json.lock"))
    }
  }

  @Test func lockRefusalIsReportedInDutch() throws {
    try withWorkspace { workspace in
      let created = try workspace.tafel("new", "w.json", "--title", "Op slot", "--lang", "nl")
      #expect(created.status == 0)
      let lock = try WorkshopLock(workshopPath: workspace.path("w.json"))
      defer { lock.release() }

      let refused = try workspace.tafel(
        "import", "w.json", "--participants", Self.sheet, "--lang", "nl")

      #expect(refused.status == 1)
      #expect(refused.stdout.isEmpty)
      let pid = ProcessInfo.processInfo.processIdentifier
      #expect(refused.errorLines.count == 2)
      #expect(
        refused.errorLines.last
          == "Sluit die Tafel eerst. Lezen kan intussen wel: tafel profile en tafel check nemen het bestand niet over."
      )
      #expect(
        refused.errorLines.first?.hasPrefix(
          "w.json: wordt al bewerkt door een andere Tafel (proces \(pid) op ") == true)
    }
  }
}
