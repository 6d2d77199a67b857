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
}
