import Foundation
import Testing

/// Save-as (`S`) and export (`E`) in the interface onto a name that is taken: Tafel asks first
/// and says what is there; a file another Tafel holds is refused; the workshop itself is never
/// exported over.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct SaveAsOverwriteTests {
  func participants(in workspace: Workspace, _ name: String) throws -> Int {
    let saved = try JSONSerialization.jsonObject(with: try workspace.bytes(name)) as? [String: Any]
    return (saved?["participants"] as? [Any])?.count ?? -1
  }

  func type(_ key: String, _ name: String, _ tmux: TmuxSession) throws {
    try tmux.send(key)
    try tmux.waitFor(key == "S" ? "Opslaan als" : "Exporteren naar")
    try tmux.send(name, literally: true)
    try tmux.send("Enter")
  }

  @Test func saveAsOntoAnotherWorkshopAsksFirstAndNamesIt() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("new", "zuid.json", "--title", "Alliantie Zuid").status == 0)
      let zuid = try workspace.bytes("zuid.json")
      let tmux = try TmuxSession.openDemo(in: workspace, width: 160)
      try type("S", "zuid.json", tmux)
      try tmux.waitFor(
        "Vervangen? In zuid.json staat een andere workshop: Alliantie Zuid, 0 mensen, gewijzigd")
      try tmux.send("n")
      try tmux.waitFor("Niets geschreven: zuid.json is gebleven zoals het was.")
      #expect(try workspace.bytes("zuid.json") == zuid)

      try type("S", "zuid.json", tmux)
      try tmux.waitFor("Vervangen?")
      try tmux.send("j")
      try tmux.waitFor("Opgeslagen als zuid.json")
      #expect(try participants(in: workspace, "zuid.json") == 14)
      // What was replaced is kept as the backup.
      #expect(try workspace.bytes("zuid.json.bak") == zuid)
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test func saveAsOntoAFileAnotherTafelHoldsIsRefused() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("new", "zuid.json", "--title", "Alliantie Zuid").status == 0)
      let zuid = try workspace.bytes("zuid.json")
      let holder = try TmuxSession(["open", "zuid.json", "--lang", "nl"], in: workspace.url)
      try holder.waitFor("Alliantie Zuid")
      let tmux = try TmuxSession.openDemo(in: workspace, width: 160)
      try type("S", "zuid.json", tmux)
      try tmux.waitFor("wordt al bewerkt door een andere Tafel")
      #expect(!(try tmux.screen().contains("Vervangen?")))
      #expect(try workspace.bytes("zuid.json") == zuid)
      // Nor does a report take its place, from the interface or with --force.
      try type("E", "zuid.json", tmux)
      try tmux.waitFor("wordt al bewerkt door een andere Tafel")
      let forced = try workspace.tafel(
        "export", "w.json", "--output", "zuid.json", "--format", "md", "--force", "--lang", "nl")
      #expect(forced.status == 1)
      #expect(forced.stderr.contains("zuid.json: wordt al bewerkt door een andere Tafel"))
      #expect(try workspace.bytes("zuid.json") == zuid)
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      try holder.send("q")
      try holder.waitFor("EXIT=0")
    }
  }

  @Test func aReadOnlyWindowAsksBeforeSavingOverWhatAnotherTafelWrote() throws {
    try withWorkspace { workspace in
      let holder = try TmuxSession.openDemo(in: workspace)
      let reader = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try reader.waitFor("Alleen-lezen openen?")
      try reader.send("j", "Enter")
      try reader.waitFor("Deelnemers (14)")
      try holder.send("q")
      try holder.waitFor("EXIT=0")
      // Meanwhile the file fills up (the import the holder's facilitator ran).
      try workspace.write(
        "name,organisation,role,yellow,green,orange,blue,red,purple\n"
          + "Alice Morgan,Eastbrook,chief executive,70,45,60,30,50,25\n", to: "s.csv")
      #expect(try workspace.tafel("import", "w.json", "--participants", "s.csv").status == 0)

      try type("S", "w.json", reader)
      try reader.waitFor(
        "intussen door een ander programma gewijzigd: Wijkalliantie Noord, 15 mensen")
      try reader.send("n")
      try reader.waitFor("Niets geschreven")
      #expect(try participants(in: workspace, "w.json") == 15)
      #expect(try participants(in: workspace, "w.json.bak") == 14)
      try reader.send("q")
      try reader.waitFor("EXIT=0")
    }
  }

  @Test func exportOntoAnExistingFileAsksFirstAndNeverOverTheWorkshop() throws {
    try withWorkspace { workspace in
      try workspace.write("naam;organisatie\n", to: "mensen.csv")
      let tmux = try TmuxSession.openDemo(in: workspace, width: 160)
      try type("E", "mensen.csv", tmux)
      try tmux.waitFor("In mensen.csv staat een bestand dat geen workshop is (1 kB, gewijzigd")
      try tmux.send("n")
      try tmux.waitFor("Niets geschreven")
      #expect(try workspace.text("mensen.csv") == "naam;organisatie\n")

      try type("E", "mensen.csv", tmux)
      try tmux.waitFor("Vervangen?")
      try tmux.send("j")
      try tmux.waitFor("Verslag geschreven naar mensen.csv")
      #expect(try workspace.text("mensen.csv").contains("Anouk Hoëvenaars"))

      let before = try workspace.bytes("w.json")
      try type("E", "w.json.bak", tmux)
      try tmux.waitFor("is de workshop zelf")
      #expect(try workspace.bytes("w.json") == before)
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }
}
