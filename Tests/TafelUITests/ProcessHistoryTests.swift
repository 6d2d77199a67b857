import TafelCore
import TafelFixtures
import Testing

@Suite struct ProcessHistoryTests {
  /// 30 sessions, 20 people, 5,000 entries: the file stays small enough for git, reads back as
  /// it was written, and its journal replays to the workshop. (Speed: Benchmarks/History.)
  @Test func aProcessOfMonthsStaysSmallAndReplaysExactly() throws {
    let workshop = ProcessOfMonths.workshop()
    #expect(workshop.journal.count == 4_980)
    #expect(workshop.sessions.count == 30)
    let bytes = try WorkshopStore.encode(workshop)
    #expect(bytes.count < 2_000_000, "\(bytes.count) bytes")
    #expect(try WorkshopStore.decode(bytes, path: "proces.json") == workshop)
    #expect(workshop.replayed() == workshop.withoutJournal)
    let middle = workshop.replayed(throughSession: 15)
    #expect(middle.sessions.count == 15 && middle.sessions.allSatisfy { !$0.isOpen })
    // The whole-process report replays once for all sessions; it must agree with each replay.
    let ends = workshop.sessionEnds
    #expect(ends.count == 30)
    #expect(ends[14] == middle)
    #expect(ends[0] == workshop.replayed(throughSession: 1))
    #expect(ends[29] == workshop.replayed(throughSession: 30))
  }
}
