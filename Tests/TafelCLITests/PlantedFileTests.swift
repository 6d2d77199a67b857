import Foundation
import Testing

/// Someone else (another user of a shared folder, a careless script) has put something where
/// Tafel creates a file of its own: a symbolic link or a hard link at the lock's name, a link
/// where a report goes, a workshop that is itself a link. Tafel never writes through them.
@Suite struct PlantedFileTests {
  static let sheet =
    "name,organisation,role,yellow,green,orange,blue,red,purple\n"
    + "Alice Morgan,Eastbrook,chief executive,70,45,60,30,50,25\n"

  /// A demo workshop `w.json`, a spreadsheet `s.csv` and a file `victim.txt` that someone cares
  /// about and that Tafel must never touch.
  func prepare(_ workspace: Workspace) throws {
    #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
    try workspace.write(Self.sheet, to: "s.csv")
    try workspace.write("precious\n", to: "victim.txt")
  }

  @Test func aLockFilePlantedAsASymbolicLinkIsNotFollowed() throws {
    try withWorkspace { workspace in
      try prepare(workspace)
      let before = try workspace.bytes("w.json")
      try FileManager.default.createSymbolicLink(
        atPath: workspace.path("w.json.lock"), withDestinationPath: "victim.txt")
      let result = try workspace.tafel(
        "import", "w.json", "--participants", "s.csv", "--lang", "nl")
      #expect(result.status == 1)
      #expect(result.stderr.contains("w.json.lock: is een symbolische koppeling"))
      #expect(try workspace.text("victim.txt") == "precious\n")
      #expect(try workspace.bytes("w.json") == before)
      // The link is someone else's: it stays as it was.
      #expect(
        (try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("w.json.lock")))
          == "victim.txt")
    }
  }

  @Test func aLockFilePlantedAsAHardLinkIsNotWrittenInto() throws {
    try withWorkspace { workspace in
      try prepare(workspace)
      #expect(link(workspace.path("victim.txt"), workspace.path("w.json.lock")) == 0)
      let result = try workspace.tafel(
        "import", "w.json", "--participants", "s.csv", "--lang", "en")
      #expect(result.status == 1)
      #expect(result.stderr.contains("w.json.lock: was not made by Tafel"))
      #expect(try workspace.text("victim.txt") == "precious\n")
    }
  }

  @Test func aLinkPlantedAtTheBackupsNameIsReplacedNotFollowed() throws {
    try withWorkspace { workspace in
      try prepare(workspace)
      try FileManager.default.createSymbolicLink(
        atPath: workspace.path("w.json.bak"), withDestinationPath: "victim.txt")
      try FileManager.default.createSymbolicLink(
        atPath: workspace.path("w.json.bak.tmp"), withDestinationPath: "victim.txt")
      let result = try workspace.tafel("import", "w.json", "--participants", "s.csv")
      #expect(result.status == 0)
      #expect(try workspace.text("victim.txt") == "precious\n")
      #expect(
        (try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("w.json.bak")))
          == nil)
      #expect(try workspace.mode("w.json.bak") == 0o600)
    }
  }

  /// `w.json` is a link to `sync/real.json`, as when the workshop lives in a synced folder.
  func linkIntoSyncedFolder(_ workspace: Workspace) throws {
    try FileManager.default.createDirectory(
      atPath: workspace.path("sync"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: workspace.path("w.json"), toPath: workspace.path("sync/real.json"))
    try FileManager.default.createSymbolicLink(
      atPath: workspace.path("w.json"), withDestinationPath: "sync/real.json")
  }

  @Test func aWorkshopReachedThroughALinkIsSavedInTheFileItLeadsTo() throws {
    try withWorkspace { workspace in
      try prepare(workspace)
      try linkIntoSyncedFolder(workspace)
      let result = try workspace.tafel("import", "w.json", "--participants", "s.csv")
      #expect(result.status == 0)
      #expect(
        (try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("w.json")))
          == "sync/real.json", "the link stays a link")
      #expect(try workspace.text("sync/real.json").contains("Alice Morgan"))
      #expect(workspace.exists("sync/real.json.bak"))
      #expect(!workspace.exists("w.json.bak"))
      #expect(try workspace.contents() == ["s.csv", "sync", "victim.txt", "w.json"])
    }
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func aLinkAndTheFileItLeadsToShareOneLock() throws {
    try withWorkspace { workspace in
      try prepare(workspace)
      try linkIntoSyncedFolder(workspace)
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "nl"], in: workspace.url,
        environment: ["XDG_DATA_HOME": workspace.path("xdg")])
      try tmux.waitFor("Deelnemers (14)")
      let second = try workspace.tafel(
        "import", "sync/real.json", "--participants", "s.csv", "--lang", "nl")
      #expect(second.status == 1)
      #expect(second.stderr.contains("wordt al bewerkt door een andere Tafel"))
      let viaLink = try workspace.tafel("import", "w.json", "--participants", "s.csv")
      #expect(viaLink.status == 1)
      #expect(!(try workspace.text("sync/real.json").contains("Alice Morgan")))
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }
}
