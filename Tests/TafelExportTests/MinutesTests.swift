import TafelCore
import Testing

@testable import TafelExport

/// The minutes of one session (issue 16): present, decisions, actions, comfort and topic moves,
/// dilemma outcomes of that session only, as they stood at its end.
@Suite struct MinutesTests {
  static func workshop() throws -> Workshop {
    var workshop = try DemoWorkshop.load()
    let time = "2026-09-14T10:00:00+02:00"
    let everyone = workshop.participants.map(\.id)
    workshop.applyRecording(
      .startSession(session: Session(date: "2026-09-14", title: "Kennismaking", present: everyone)),
      at: time)
    workshop.applyRecording(
      .addDecision(
        decision: Decision(
          number: 1, session: 1, date: "2026-09-14", text: "We starten een proef", status: .decided)
      ),
      at: time)
    workshop.applyRecording(.closeSession(session: 1, at: time), at: time)
    workshop.applyRecording(
      .startSession(
        session: Session(date: "2026-10-12", title: "Belangen", present: Array(everyone.prefix(5)))),
      at: time)
    workshop.applyRecording(
      .addAction(
        action: ActionItem(
          number: 1, session: 2, text: "Begroting rondsturen", organisation: "gemeente-noordhaven",
          due: "2026-11-01")),
      at: time)
    workshop.applyRecording(
      .addNeed(
        need: ComfortNeed(
          id: "tijd", organisationID: "ggz-kustland", text: "Tijd voor de achterban")),
      at: time)
    return workshop
  }

  @Test func eachSessionHasItsOwnMinutes() throws {
    let workshop = try Self.workshop()
    let input = ReportInput(
      workshop: workshop, content: try Content.embedded(), language: .nl, anonymous: false)
    let first = try #require(MinutesBuilder.session(1, of: input)).markdown()
    #expect(first.contains("# Wijkalliantie Noord · Kennismaking"))
    #expect(
      first.contains("| 1 | We starten een proef | besluit |")
        || first.contains("We starten een proef"))
    #expect(!first.contains("Begroting rondsturen"))
    let second = try #require(MinutesBuilder.session(2, of: input)).markdown()
    #expect(second.contains("Sessie 2 · 2026-10-12"))
    #expect(second.contains("Begroting rondsturen"))
    #expect(second.contains("GGZ Kustland: Tijd voor de achterban"))
    #expect(!second.contains("We starten een proef"))
    #expect(MinutesBuilder.session(3, of: input) == nil)
    var anonymous = input
    anonymous.anonymous = true
    let hidden = try #require(MinutesBuilder.session(2, of: anonymous)).markdown()
    #expect(!hidden.contains(workshop.participants[0].name))
    let csv = try #require(MinutesBuilder.session(2, of: input)).render(as: .csv)
    #expect(csv.hasPrefix("onderdeel,tekst\n"))
    let html = try #require(MinutesBuilder.session(2, of: input)).render(as: .html)
    #expect(html.contains("<h2>Acties</h2>"))
  }
}
