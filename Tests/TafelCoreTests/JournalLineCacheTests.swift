import Testing

@testable import TafelCore

/// A save reuses the lines of entries it wrote before; the file must be byte for byte what a
/// save from nothing writes, whatever happened to the journal in between.
@Suite struct JournalLineCacheTests {
  @Test func aSaveThatReusesLinesWritesWhatAFreshSaveWrites() throws {
    var workshop = try DemoWorkshop.load()
    func expectSame(_ step: String) throws {
      let fresh = try WorkshopStore.encode(workshop, reusingJournalLines: false)
      #expect(try WorkshopStore.encode(workshop) == fresh, "\(step)")
    }
    let id = workshop.participants[0].id
    for value in 10..<15 {
      workshop.applyRecording(.setScore(participant: id, colour: .red, value: value), at: "t")
      try expectSame("appended \(value)")
    }
    // A grouped edit under way rewrites its last line.
    workshop.journal[workshop.journal.count - 1].changes = [
      .setScore(participant: id, colour: .red, value: 77)
    ]
    try expectSame("last line rewritten")
    // Forgetting rewrites every line; another workshop has a journal of its own.
    workshop.journal[0].at = "elders"
    try expectSame("first line rewritten")
    workshop.journal.removeLast(3)
    try expectSame("shorter")
    workshop.journal = []
    try expectSame("none")
  }

  /// Opening a file keeps its journal's lines, so the first save after it writes only what is
  /// new: the bytes are still those of a save from nothing.
  @Test func theFirstSaveAfterOpeningWritesWhatAFreshSaveWrites() throws {
    var workshop = try DemoWorkshop.load()
    let id = workshop.participants[0].id
    for value in 10..<15 {
      workshop.applyRecording(.setScore(participant: id, colour: .red, value: value), at: "t")
    }
    let file = try WorkshopStore.encode(workshop, reusingJournalLines: false)
    var opened = try WorkshopStore.decode(file, path: "w.json")
    #expect(try WorkshopStore.encode(opened) == file)
    opened.applyRecording(.setScore(participant: id, colour: .red, value: 20), at: "t")
    #expect(
      try WorkshopStore.encode(opened)
        == WorkshopStore.encode(opened, reusingJournalLines: false))
  }

  /// A line written by hand in another form is kept as written (it says the same); one that
  /// spans lines is not, so the journal stays one entry per line. (Its own cache: the shared
  /// one is the other tests' too, and they run at the same time.)
  @Test func aJournalLineWrittenByHandIsKeptUnlessItSpansLines() throws {
    let entry = JournalEntry(at: "t", changes: [.setRole(participant: "p", role: "é")])
    let handWritten = Array(
      #"{"at":"t","changes":[{"setRole":{"role":"\u00e9","participant":"p"}}]}"#.utf8)
    let written = try JournalLineCache.encode([entry])
    let cache = JournalLineCache()
    cache.remember([entry], lines: [handWritten[...]])
    #expect(try cache.lines(of: [entry]) == [handWritten[...]])
    cache.remember(
      [entry], lines: [Array(#"{"at":"t","#.utf8 + [10] + handWritten.dropFirst(10))[...]])
    #expect(try cache.lines(of: [entry]) == written)
  }

  @Test func aFileWithAJournalSpreadOverLinesIsSavedOneEntryPerLine() throws {
    var workshop = try DemoWorkshop.load()
    workshop.applyRecording(.setRole(participant: workshop.participants[0].id, role: "x"), at: "t")
    let text = String(
      decoding: try WorkshopStore.encode(workshop, reusingJournalLines: false), as: UTF8.self)
    let spread = text.replacingOccurrences(of: #"{"at":"t","#, with: "{\"at\":\"t\",\n")
    #expect(spread != text)
    let opened = try WorkshopStore.decode(Array(spread.utf8), path: "w.json")
    #expect(String(decoding: try WorkshopStore.encode(opened), as: UTF8.self) == text)
  }
}
