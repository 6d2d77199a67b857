import Foundation
import Testing

/// Issue 16's proof: three meetings kept with real keys in the real binary. Session 1 with Kees
/// away: a decision, an action for GGZ already past its date, a formalisation topic in
/// discussion. Session 2: Sanne de Boer joins and is ticked present, Anouk's yellow goes up,
/// the decision is revised. Session 3 opens with "sinds vorige keer"; the timeline steps back
/// through the sessions; `tafel export --session 2` writes that meeting's minutes; the file
/// keeps the journal of it all.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ThreeSessionsEndToEndTests {
  /// Generous: the machine running the tests may be busy.
  static let wait = 60.0

  static func day(_ offset: TimeInterval) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date().addingTimeInterval(offset))
  }

  @Test func threeSessionsShowSinceLastTimeTheTimelineAndTheMinutes() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace)
      let today = Self.day(0)
      let late = Self.day(-30 * 86_400)
      func type(_ text: String) throws {
        try tmux.send(text, literally: true)
        try tmux.waitFor(text, seconds: Self.wait)
        try tmux.send("Enter")
      }
      // A line of the screen that holds all of `parts`, as columns of a list.
      func waitForLine(_ parts: String...) throws {
        try tmux.waitForScreen(seconds: Self.wait) { screen in
          screen.split(separator: "\n").contains { line in parts.allSatisfy(line.contains) }
        }
      }
      // Esc on its own: ncurses reads an Esc followed at once by a key as Alt and that key.
      func escape(closing title: String) throws {
        try tmux.send("Escape")
        try tmux.waitForScreen(seconds: Self.wait) { !$0.contains(title) }
      }

      // Session 1: everyone but Kees; a decision taken, an action, a topic discussed.
      try tmux.send("5")
      try tmux.waitFor("Nog geen sessie.", seconds: Self.wait)
      try tmux.send("a")
      try type("Kennismaking")
      try tmux.waitFor("Aanwezig bij sessie 1: 14 van 14", seconds: Self.wait)
      try tmux.send("Down", "Down", "Enter")
      try tmux.waitFor("[ ] Kees Brouwer", seconds: Self.wait)
      try tmux.send("Right", "a")
      try type("Samen verder als alliantie")
      try tmux.waitFor("1 voorstel", seconds: Self.wait)
      try tmux.send("s")
      try tmux.waitFor("1 besluit", seconds: Self.wait)
      try tmux.send("Right", "a")
      try type("Statuten opvragen")
      try tmux.waitFor("Wie doet actie 1?", seconds: Self.wait)
      try type("GGZ")
      try tmux.waitFor("GGZ Kustland", seconds: Self.wait)
      try tmux.send("d")
      try type(late)
      try tmux.waitFor("uiterlijk \(late) · te laat", seconds: Self.wait)
      try tmux.send("3", "Right", "Right")
      try waitForLine("Rechtsvorm", "[open]")
      try tmux.send("s")
      try waitForLine("Rechtsvorm", "[in bespreking]")
      try tmux.send("5")
      try waitForLine("Kennismaking", " open")
      try tmux.send("c")
      try waitForLine("Kennismaking", "gesloten")

      // Session 2: "sinds vorige keer" tells session 1; Sanne joins; Anouk's yellow changes;
      // the decision is revised.
      try tmux.send("Right", "a")
      try type("Belangen")
      let second = try tmux.waitFor(
        "Sinds vorige keer · sessie 1 (\(today)) → sessie 2 (\(today))", seconds: Self.wait)
      #expect(second.contains("Nieuw besluit 1 (besluit): Samen verder als alliantie"))
      #expect(second.contains("Actie 1 te laat (uiterlijk \(late)): Statuten opvragen · GGZ"))
      #expect(second.contains("Rechtsvorm: open → in bespreking"))
      try escape(closing: "Sinds vorige keer")
      try tmux.send("1")
      try tmux.waitFor("Deelnemers (14)", seconds: Self.wait)
      try tmux.send("a")
      try tmux.waitFor("Nieuwe deelnemer bij Gemeente Noordhaven", seconds: Self.wait)
      try type("Sanne de Boer")
      try tmux.waitFor("Sanne de Boer bewerken", seconds: Self.wait)
      try tmux.send("Enter")
      try tmux.waitFor("Deelnemers (15)", seconds: Self.wait)
      try tmux.send("Up", "Up")
      try tmux.waitFor("▸ Anouk Hoëvenaars", seconds: Self.wait)
      try tmux.send("Enter", "PPage", "PPage", "Enter")
      try tmux.waitForScreen(seconds: Self.wait) { _ in (try? workspace.anoukYellow()) == 92 }
      try tmux.send("5")
      try tmux.waitFor("Aanwezig bij sessie 2: 13 van 15", seconds: Self.wait)
      // Sanne's tick is the last name: past the two sessions and fourteen others.
      try tmux.sendRaw(Array(repeating: "Down", count: 15) + ["Enter"])
      try tmux.waitFor("[x] Sanne de Boer", seconds: Self.wait)
      try tmux.send("Right", "r")
      try tmux.waitFor("Besluit 1 herzien", seconds: Self.wait)
      try type(", met exitregeling")
      try tmux.waitFor("vervangt 1", seconds: Self.wait)
      try tmux.send("c")
      try waitForLine("Belangen", "gesloten")

      // Session 3 opens with what session 2 did.
      try tmux.send("Right", "Right", "a")
      try type("Vorm")
      let third = try tmux.waitFor(
        "Sinds vorige keer · sessie 2 (\(today)) → sessie 3 (\(today))", seconds: Self.wait)
      #expect(third.contains("Besluit 1 (besluit → herzien): Samen verder als alliantie"))
      #expect(
        third.contains(
          "Nieuw besluit 2 (besluit): Samen verder als alliantie, met exitregeling (vervangt 1)"))
      #expect(third.contains("Actie 1 te laat (uiterlijk \(late)): Statuten opvragen · GGZ"))
      #expect(third.contains("Nieuw in de workshop: Sanne de Boer"))
      // Sanne is named once, as new; no one else came or stayed away.
      #expect(!third.contains("Aanwezig, vorige keer niet"))
      #expect(!third.contains("nu niet:"))
      #expect(third.contains("Nieuwe scores van Anouk Hoëvenaars: geel 72 → 92"))
      // Session 1's topic moved before session 2: not news any more.
      #expect(!third.contains("Rechtsvorm: open → in bespreking"))
      try escape(closing: "Sinds vorige keer")
      // `v` brings it back.
      try tmux.send("v")
      try tmux.waitFor("Sinds vorige keer · sessie 2", seconds: Self.wait)
      try escape(closing: "Sinds vorige keer")

      // The timeline, at each session's end.
      try tmux.send("T")
      let now = try tmux.waitFor("Tijdlijn · sessie 3 van 3 · \(today) Vorm", seconds: Self.wait)
      #expect(now.contains("Groepsprofiel aan het eind (aanwezig: 14)"))
      try tmux.send("Left")
      let atTwo = try tmux.waitFor("Tijdlijn · sessie 2 van 3", seconds: Self.wait)
      #expect(atTwo.contains("Groepsprofiel aan het eind (aanwezig: 14)"))
      #expect(atTwo.contains("Erbij: Sanne de Boer"))
      #expect(atTwo.contains("Nieuwe scores van Anouk Hoëvenaars: geel 72 → 92"))
      #expect(atTwo.contains("Rechtsvorm · in bespreking"))
      try tmux.send("Left")
      let atOne = try tmux.waitFor("Tijdlijn · sessie 1 van 3", seconds: Self.wait)
      #expect(atOne.contains("Groepsprofiel aan het eind (aanwezig: 13)"))
      #expect(atOne.contains("De eerste sessie"))
      #expect(atOne.contains("Rechtsvorm · in bespreking"))
      try tmux.send("Right", "Right", "Right")
      try tmux.waitFor("Tijdlijn · sessie 3 van 3", seconds: Self.wait)
      try escape(closing: "Tijdlijn")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0", seconds: Self.wait)

      // The minutes of session 2.
      let markdown = try workspace.tafel(
        "export", "w.json", "--session", "2", "--format", "md", "--output", "s2.md")
      #expect(markdown.status == 0, "\(markdown.stderr)")
      let minutes = try workspace.text("s2.md")
      #expect(minutes.contains("# Wijkalliantie Noord · Belangen"))
      #expect(minutes.contains("Sessie 2 · \(today)"))
      #expect(minutes.contains("Sanne de Boer"))
      #expect(!minutes.contains("Kees Brouwer"))
      #expect(minutes.contains("Samen verder als alliantie, met exitregeling"))
      let csv = try workspace.tafel(
        "export", "w.json", "--session", "2", "--format", "csv", "--output", "s2.csv")
      #expect(csv.status == 0, "\(csv.stderr)")
      let rows = try workspace.text("s2.csv")
      #expect(rows.contains("Besluiten,2,\"Samen verder als alliantie, met exitregeling\",besluit"))
      #expect(rows.contains("Sanne de Boer"))

      // The journal in the saved file: each change with its session, the revision in session 2.
      let saved = try JSONSerialization.jsonObject(with: try workspace.bytes("w.json"))
      let journal = (saved as? [String: Any])?["journal"] as? [[String: Any]] ?? []
      let sessions = Set(journal.compactMap { $0["session"] as? Int })
      #expect(sessions == [1, 2, 3])
      let kinds = journal.filter { $0["session"] as? Int == 2 }.flatMap {
        ($0["changes"] as? [[String: Any]] ?? []).flatMap(\.keys)
      }
      #expect(kinds.contains("reviseDecision"))
      #expect(kinds.contains("addParticipant"))
      #expect(kinds.contains("setPresent"))
      #expect(try workspace.text("w.json").contains("\"journal\""))
    }
  }
}
