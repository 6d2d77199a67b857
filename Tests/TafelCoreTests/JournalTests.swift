import Foundation
import Testing

@testable import TafelCore

/// The journal: undo written as what it did, replay, and its place in the file.
@Suite struct JournalTests {
  let start = ChangeFixtures.workshop()

  /// What an undo did is said in changes; applied, they give exactly the workshop undone to.
  @Test func theDifferenceOfEveryChangeLeadsBackExactly() {
    for change in ChangeFixtures.examples {
      let after = start.applying(change)
      let back = after.changes(to: start)
      #expect(after.applying(back).withoutJournal == start.withoutJournal, "\(change)")
      let forward = start.changes(to: after)
      #expect(start.applying(forward).withoutJournal == after.withoutJournal, "\(change)")
    }
  }

  @Test func aScoreGoingBackIsSaidAsAScoreNotARestore() {
    let after = start.applying(.setScore(participant: "sandra", colour: .red, value: 45))
    #expect(after.changes(to: start) == [.setScore(participant: "sandra", colour: .red, value: 30)])
  }

  @Test func replayGivesTheWorkshopAndStopsAtTheEndOfASession() {
    var workshop = start.beginningHistory(at: "2026-02-09T09:00:00+01:00")
    #expect(workshop.journal.count == 1 && workshop.journal[0].kind == .start)
    #expect(workshop.replayed() == start.withoutJournal)
    workshop.applyRecording(
      .startSession(session: Session(date: "2026-02-09", title: "Tweede")), at: "t1")
    workshop.applyRecording(.setScore(participant: "sandra", colour: .red, value: 45), at: "t2")
    workshop.applyRecording(.closeSession(session: 2, at: "t3"), at: "t3")
    workshop.applyRecording(.setScore(participant: "sandra", colour: .red, value: 50), at: "t4")
    #expect(workshop.journal.map(\.session) == [nil, 2, 2, 2, nil])
    #expect(workshop.replayed() == workshop.withoutJournal)
    let endOfSecond = workshop.replayed(throughSession: 2)
    #expect(endOfSecond.participants[0].scores.red == 45)
    #expect(workshop.replayed(throughSession: 1).participants[0].scores.red == 30)
    // An older file without a journal is its own history.
    #expect(start.replayed() == start.withoutJournal)
  }

  @Test func theFileHoldsOneEntryPerLineAndReadsBack() throws {
    var workshop = start
    for value in 31...40 {
      workshop.applyRecording(
        .setScore(participant: "sandra", colour: .red, value: value),
        at: "2026-02-09T10:00:0\(value % 10)+01:00")
    }
    let bytes = try WorkshopStore.encode(workshop)
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n")
    let entries = lines.filter { $0.hasPrefix("    {\"at\":") }
    #expect(entries.count == workshop.journal.count)
    #expect(lines.contains("  \"journal\" : ["))
    #expect(
      text.contains(
        #"{"at":"2026-02-09T10:00:05+01:00","changes":[{"setScore":{"colour":"red","participant":"sandra","value":35}}]}"#
      ))
    let read = try WorkshopStore.decode(bytes, path: "x.json")
    #expect(read == workshop)
    // And the slow reader, the one that says where a problem is, reads it the same.
    #expect(try WorkshopStore.decodeReportingProblems(bytes, path: "x.json") == workshop)
  }

  @Test func aDamagedJournalIsReportedAtItsLineAndColumn() throws {
    var workshop = start
    workshop.applyRecording(.setScore(participant: "sandra", colour: .red, value: 45), at: "t")
    let good = String(decoding: try WorkshopStore.encode(workshop), as: UTF8.self)
    let lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let line = try #require(lines.firstIndex { $0.contains("\"setScore\"") })
    for damage in [
      ("setScore", "setScor"), ("\"value\":45", "\"value\":\"45\""), ("\"session\"", "\"sessoin\""),
    ] {
      var damaged = lines
      guard damaged[line].contains(damage.0) else {
        // The entry has no session: damage the time instead.
        damaged[line] = damaged[line].replacingOccurrences(of: "\"at\"", with: "\"att\"")
        try expectRefused(damaged, line: line + 1)
        continue
      }
      damaged[line] = damaged[line].replacingOccurrences(of: damage.0, with: damage.1)
      try expectRefused(damaged, line: line + 1)
    }
  }

  private func expectRefused(_ lines: [String], line: Int) throws {
    let bytes = Array(lines.joined(separator: "\n").utf8)
    do {
      _ = try WorkshopStore.decode(bytes, path: "x.json")
      Issue.record("a damaged journal was read")
    } catch {
      let positions = [error.position] + error.problemPositions
      #expect(positions.contains { $0?.line == line }, "\(error)")
    }
  }

  @Test func anOlderFileIsUpgradedAndANewerOneRefused() throws {
    var old = start
    old.schemaVersion = 2
    old.sessions = []
    old.decisions = []
    old.actions = []
    let bytes = try WorkshopStore.encode(old)
    let read = try WorkshopStore.decode(bytes, path: "x.json")
    #expect(read.schemaVersion == Workshop.currentSchemaVersion)
    let newer = Array(
      String(decoding: bytes, as: UTF8.self)
        .replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 4").utf8)
    #expect(throws: FileError.self) { try WorkshopStore.decode(newer, path: "x.json") }
  }

  @Test func decisionsAndSessionsAreChecked() {
    var workshop = start
    workshop.decisions.append(Decision(number: 1, session: 7, date: "2026-13-01", text: " "))
    workshop.journal = [JournalEntry(at: "", session: 3, changes: [])]
    let kinds = workshop.validate().map(\.kind)
    #expect(kinds.contains(.badNumber(1)) && kinds.contains(.badNumber(7)))
    #expect(kinds.contains(.badDate("2026-13-01")) && kinds.contains(.emptyText))
    #expect(kinds.contains(.badNumber(3)))
  }
}
