import Foundation
import TafelCore
import TafelFixtures
import Testing

/// The journal inside a workshop file (issue 16), damaged or edited by hand: a damaged entry is
/// refused at its line and column, in Dutch and English, by every command, and the file is left
/// as it was; a hand edit that still reads is kept, and the history says what it changed.
@Suite("a damaged or hand-edited journal")
struct JournalDamageTests {
  struct Damage: CustomTestStringConvertible, Sendable {
    var name: String
    var from: String
    var to: String
    /// Where the error must point: `offset` characters into the first occurrence of this text
    /// after the damage.
    var at: String
    var offset = 0

    var testDescription: String { name }
  }

  static let entry = #"{"setActionDone":{"action":1,"done":true}}"#

  static let damages = [
    Damage(
      name: "a wrong type", from: entry, to: #"{"setActionDone":{"action":1,"done":"ja"}}"#,
      at: #""ja""#),
    Damage(
      name: "an unknown change", from: entry, to: #"{"setActionDun":{"action":1,"done":true}}"#,
      at: #"{"setActionDun""#),
    Damage(
      name: "a brace gone", from: entry, to: #"{"setActionDone":{"action":1,"done":true}"#,
      at: #""done":true}],"session":2}"#, offset: 12),
  ]

  static func saveThreeSessions(in workspace: Workspace) throws -> String {
    try WorkshopStore.save(try ThreeSessions.workshop(), to: workspace.path("w.json"))
    return try workspace.text("w.json")
  }

  @Test(arguments: damages, ["nl", "en"])
  func aDamagedEntryIsRefusedAtItsLineAndColumnAndNothingIsWritten(
    damage: Damage, language: String
  ) throws {
    try withWorkspace { workspace in
      let text = try Self.saveThreeSessions(in: workspace)
      #expect(text.components(separatedBy: damage.from).count == 2, "one entry to damage")
      let damaged = text.replacingOccurrences(of: damage.from, with: damage.to)
      try workspace.write(damaged, to: "w.json")
      let found = try #require(position(of: damage.at, in: damaged))
      let place = (line: found.line, column: found.column + damage.offset)
      #expect(damaged.split(separator: "\n")[place.line - 1].hasPrefix("    {\"at\":"))
      for arguments in [
        ["check"], ["profile"], ["export", "--output", "verslag.md"],
        ["export", "--session", "2", "--output", "sessie.md"],
        ["forget", "--participant", "Kees Brouwer", "--yes"],
      ] {
        let result = try TafelProcess.run(
          [arguments[0], "w.json"] + arguments.dropFirst() + ["--lang", language],
          in: workspace.url)
        #expect(result.status == 1, "\(arguments)")
        #expect(
          result.stderr.hasPrefix("w.json:\(place.line):\(place.column): "),
          "\(arguments): \(result.stderr.prefix(300))")
        #expect(
          result.stderr.contains(language == "nl" ? "verwacht" : "expected"), "\(result.stderr)")
      }
      #expect(try workspace.text("w.json") == damaged)
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func theInterfaceRefusesADamagedJournalAndWritesNothing() throws {
    try withWorkspace { workspace in
      let text = try Self.saveThreeSessions(in: workspace)
      let damage = Self.damages[0]
      let damaged = text.replacingOccurrences(of: damage.from, with: damage.to)
      try workspace.write(damaged, to: "w.json")
      let place = try #require(position(of: damage.at, in: damaged))
      let tmux = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try tmux.waitFor("EXIT=1")
      #expect(try tmux.screen().contains("w.json:\(place.line):\(place.column): "))
      #expect(try workspace.text("w.json") == damaged)
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  /// A line taken out of the journal by hand still reads: the file is opened as it is, not
  /// rewritten while only read, and at the first change the history gains a line saying what
  /// the hand edit changed, after every line that was there.
  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func aHandEditIsKeptAndTheHistorySaysWhatItChanged() throws {
    try withWorkspace { workspace in
      let text = try Self.saveThreeSessions(in: workspace)
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let cut = try #require(lines.firstIndex { $0.contains(Self.entry) })
      lines.remove(at: cut)
      let edited = lines.joined(separator: "\n")
      try workspace.write(edited, to: "w.json")
      let before = try WorkshopStore.load(from: workspace.path("w.json"))
      #expect(before.replayed() != before.withoutJournal)

      let look = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try look.waitFor("Deelnemers (14)")
      try look.send("q")
      try look.waitFor("EXIT=0")
      #expect(try workspace.text("w.json") == edited, "only read: not rewritten")

      let change = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try change.waitFor("Deelnemers (14)")
      try change.sendRaw(["Enter", "Right", "Enter"])
      try change.waitFor("opgeslagen")
      try change.send("q")
      try change.waitFor("EXIT=0")
      let after = try WorkshopStore.load(from: workspace.path("w.json"))
      #expect(Array(after.journal.prefix(before.journal.count)) == before.journal)
      #expect(after.journal.count == before.journal.count + 2)
      let outside = after.journal[before.journal.count]
      #expect(outside.kind == .outside)
      #expect(outside.changes == [.setActionDone(action: 1, done: true)])
      #expect(after.replayed() == after.withoutJournal)
      #expect(after.actions.first?.done == true, "the hand edit kept the action done")
    }
  }
}
