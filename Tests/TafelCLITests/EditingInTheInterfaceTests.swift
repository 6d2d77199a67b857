import Foundation
import Testing

/// What used to need a text editor or the command line, done in the running interface: the
/// person form, the comfort round's lists and the import, checked on the screen and in the file.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct EditingInTheInterfaceTests {
  func savedWorkshop(_ workspace: Workspace) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: try workspace.bytes("w.json")) as? [String: Any] ?? [:]
  }

  @Test func theFormMovesAPersonSetsTheTypeAndRejectionAt80x24() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, width: 80, height: 24)
      // Mehmet Çelik, no rejection measured: role, to Woonstichting Havenzicht, type ggz.
      try tmux.send("j", "e")
      try tmux.waitFor("Mehmet Çelik bewerken")
      try tmux.send("C-u")
      try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
      try tmux.send(" jk", literally: true)
      try tmux.send("Down", "Right", "Down", "Right")
      try tmux.waitFor("Woonstichting Havenzicht  ")
      try tmux.waitFor("Type organisatie  ‹ welzijn ›")
      // The rejection of blue: from "niet gemeten" to 60.
      for _ in 0..<10 { try tmux.send("Down") }
      try tmux.send("6", "0")
      try tmux.waitFor("[60 ]")
      try tmux.send("Enter")
      try tmux.waitFor("Mehmet Çelik · Woonstichting Havenzicht")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      let saved = try savedWorkshop(workspace)
      let people = saved["participants"] as? [[String: Any]] ?? []
      let mehmet = people.first { $0["name"] as? String == "Mehmet Çelik" }
      #expect(mehmet?["organisation"] as? String == "woonstichting-havenzicht")
      #expect((mehmet?["role"] as? String)?.hasSuffix(" jk") == true)
      #expect((mehmet?["rejection"] as? [String: Int])?["blue"] == 60)
      let organisations = saved["organisations"] as? [[String: Any]] ?? []
      let havenzicht = organisations.first { $0["id"] as? String == "woonstichting-havenzicht" }
      #expect(havenzicht?["kind"] as? String == "welfare")
      #expect(try workspace.tafel("check", "w.json").status == 0)
    }
  }

  @Test func theComfortRoundChoosesOrganisationAndTopicFromListsInEnglish() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, language: "en", width: 80, height: 24)
      try tmux.send("3")
      try tmux.send("Right")
      try tmux.waitFor("Slow down to speed up")
      try tmux.send("a")
      try tmux.waitFor("Which organisation needs this?")
      try tmux.send("noordkust", literally: true)
      try tmux.send("Enter")
      try tmux.waitFor("Comfort Zorgverzekeraar Noordkust needs:")
      try tmux.send("No exit fee in year one", literally: true)
      try tmux.send("Enter")
      try tmux.send("t")
      try tmux.waitFor("Topic for “No exit fee in year one”")
      try tmux.waitFor("Mutual liability")
      try tmux.send("exit", literally: true)
      try tmux.send("Enter")
      try tmux.waitFor("No exit fee in year one (open")
      try tmux.waitFor(" · Exit)")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      let needs = try savedWorkshop(workspace)["comfortNeeds"] as? [[String: Any]] ?? []
      #expect(needs.first?["organisation"] as? String == "zorgverzekeraar-noordkust")
      #expect(needs.first?["topic"] as? String == "exit")
    }
  }

  @Test func anImportInTheInterfaceShowsBadRowsThenAddsAndUndoesAsOneStep() throws {
    try withWorkspace { workspace in
      try workspace.write(
        "naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars\n"
          + "Kees de Vries;Gemeente Noordhaven;wethouder;10;20;30;40;50;60\n"
          + "Sanne Bos;;;1;2;3;4;5;6\nBram;Nieuw;;veel;2;3;4;5;6\n", to: "slecht.csv")
      try workspace.write(
        "naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars\n"
          + "Kees de Vries;Gemeente Noordhaven;wethouder;10;20;30;40;50;60\n"
          + "Sanne Bos;Stichting Nieuw;;50;50;50;50;50;70\n", to: "goed.csv")
      let tmux = try TmuxSession.openDemo(in: workspace)
      try tmux.send("i")
      try tmux.waitFor("Deelnemers importeren uit (CSV):")
      try tmux.send("slecht.csv", literally: true)
      try tmux.send("Enter")
      try tmux.waitFor("Niet geïmporteerd: slecht.csv")
      try tmux.waitFor("regel 3: de organisatie is leeg")
      try tmux.waitFor("regel 4:")
      try tmux.send("Escape")
      // Esc and a key at once would read as Alt and that key; the list is closed first.
      try tmux.waitFor("⏎ scores")
      try tmux.send("i")
      try tmux.waitFor("Deelnemers importeren uit (CSV):")
      try tmux.send("goed.csv", literally: true)
      try tmux.send("Enter")
      try tmux.waitFor("Toegevoegd: 2 · bijgewerkt: 0 · nieuwe organisaties: 1")
      try tmux.waitFor("Deelnemers (16)")
      try tmux.waitFor("Stichting Nieuw")
      let imported = try savedWorkshop(workspace)["participants"] as? [[String: Any]] ?? []
      #expect(imported.count == 16)
      try tmux.send("u")
      try tmux.waitFor("Deelnemers (14)")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      let saved = try savedWorkshop(workspace)
      #expect((saved["participants"] as? [[String: Any]])?.count == 14)
      #expect((saved["organisations"] as? [[String: Any]])?.count == 8)
    }
  }
}
