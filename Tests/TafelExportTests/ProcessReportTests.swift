import Foundation
import TafelCore
import TafelFixtures
import Testing

@testable import TafelExport

/// The whole-process report (issue 16): every session in order with its minutes, then the
/// running decision and action lists, in every format, audience and with or without names.
@Suite struct ProcessReportTests {
  static func input(anonymous: Bool = false, for audience: ReportAudience = .participants)
    throws -> ReportInput
  {
    var input = ReportInput(
      workshop: try ThreeSessions.workshop(), content: ReportTests.content, language: .nl,
      anonymous: anonymous)
    input.audience = audience
    return input
  }

  /// The text between two headings, to check what one session's minutes hold.
  static func part(_ text: String, from start: String, to end: String?) throws -> String {
    let from = try #require(text.range(of: start))
    let rest = text[from.upperBound...]
    guard let end, let to = rest.range(of: end) else { return String(rest) }
    return String(rest[..<to.lowerBound])
  }

  @Test func markdownListsEachSessionWithItsMinutesThenTheRunningLists() throws {
    let text = try SessionReport.render(try Self.input(), as: .md)
    let first = try Self.part(
      text, from: "### Sessie 1 · 2026-01-12 · Kennismaking", to: "### Sessie 2")
    let second = try Self.part(
      text, from: "### Sessie 2 · 2026-02-09 · Belangen", to: "### Sessie 3")
    let third = try Self.part(
      text, from: "### Sessie 3 · 2026-03-09 · Besluiten", to: "\n## Besluiten")
    #expect(text.contains("## Sessies\n"))
    #expect(first.contains("#### Deelnemers\n\nFatima Yilmaz, Kees Brouwer, Anouk Hoëvenaars,"))
    #expect(first.contains("Gasten: Jan de Vries (RvT)"))
    #expect(first.contains("| 1 | We verkennen samen een coöperatie | voorstel |"))
    #expect(first.contains("| 1 | Modelstatuten opvragen | Anouk Hoëvenaars | 2026-02-01 | nee |"))
    #expect(first.contains("- GGZ Kustland: Tijd om de achterban te raadplegen"))
    // Decision 1 was taken in session 2: its minutes say so, with the status it got there.
    #expect(
      second.contains(
        "#### Deelnemers\n\nFatima Yilmaz, Kees Brouwer, Anouk Hoëvenaars, Mehmet Çelik, Elif Ünal\n"
      ))
    #expect(second.contains("| 1 | We verkennen samen een coöperatie | besluit |"))
    #expect(
      second.contains("| 2 | Elke partij legt 10.000 euro in | onder voorbehoud van het toezicht |")
    )
    #expect(second.contains("| 1 | Modelstatuten opvragen | Anouk Hoëvenaars | 2026-02-01 | ja |"))
    #expect(second.contains("- Rechtsvorm: open → in bespreking"))
    #expect(!second.contains("Gasten"))
    #expect(third.contains("| 2 | Elke partij legt 10.000 euro in | herzien |"))
    #expect(third.contains("| 3 | Elke partij legt 15.000 euro in | besluit |"))
    #expect(third.contains("| 2 | Begroting rondsturen | Gemeente Noordhaven | 2026-04-01 | nee |"))
    #expect(third.contains("We houden de deur open"))
    #expect(!third.contains("Anouk"))
    #expect(!third.contains("Modelstatuten"))
    // The running lists follow the sessions, with every decision's session and link.
    let decisions = try Self.part(text, from: "\n## Besluiten\n", to: "\n## Acties")
    #expect(
      decisions.contains("| 2 | 2 | 2026-02-09 | Elke partij legt 10.000 euro in | herzien |"))
    #expect(
      decisions.contains("| 3 | 3 | 2026-03-09 | Elke partij legt 15.000 euro in | besluit |"))
    #expect(decisions.contains("vervangt 2"))
    #expect(
      text.contains("| 2 | 3 | Begroting rondsturen | Gemeente Noordhaven | 2026-04-01 | nee |"))
  }

  @Test func eachSessionInTheWholeReportReadsAsItsOwnMinutes() throws {
    let input = try Self.input()
    let whole = input.sessionMinutes
    #expect(whole.map(\.number) == [1, 2, 3])
    for session in whole {
      let own = try #require(MinutesBuilder.session(session.number, of: input))
      #expect(own.sections == session.sections, "session \(session.number)")
    }
  }

  @Test func htmlNestsTheSessionsUnderOneHeading() throws {
    let html = try SessionReport.render(try Self.input(), as: .html)
    #expect(html.contains("<h2>Sessies</h2>"))
    #expect(html.contains("<h3>Sessie 2 · 2026-02-09 · Belangen</h3>"))
    #expect(html.contains("<h4>Besluiten</h4>"))
    #expect(html.contains("<td>Elke partij legt 15.000 euro in</td>"))
    let sessions = try #require(html.range(of: "<h2>Sessies</h2>"))
    let decisions = try #require(html.range(of: "<h2>Besluiten</h2>"))
    #expect(sessions.lowerBound < decisions.lowerBound)
  }

  @Test func csvHasASessionColumnAndTheRunningLists() throws {
    let csv = try SessionReport.render(try Self.input(), as: .csv)
    let lines = csv.split(separator: "\n").map(String.init)
    #expect(lines.first == "sessie,onderdeel,tekst")
    #expect(lines.contains("1,Sessie,Sessie 1 · 2026-01-12 · Kennismaking"))
    #expect(lines.contains("2,Besluiten,1,We verkennen samen een coöperatie,besluit"))
    #expect(lines.contains("3,Acties,2,Begroting rondsturen,Gemeente Noordhaven,2026-04-01,nee"))
    #expect(lines.contains(",Besluiten,Nr.,Datum,Besluit,Status,Opmerking"))
    #expect(
      lines.contains(
        "3,Besluiten,3,2026-03-09,Elke partij legt 15.000 euro in,besluit,vervangt 2; onderwerp: Inzet van middelen"
      ))
    #expect(lines.contains("1,Acties,1,Modelstatuten opvragen,Anouk Hoëvenaars,2026-02-01,ja"))
  }

  /// Every participant's full name and surname, and the guest: none may be in an anonymous report.
  static func names(_ workshop: Workshop) -> [String] {
    workshop.participants.flatMap { person in
      [person.name] + person.name.split(separator: " ").map(String.init).filter { $0.count > 4 }
    } + [ThreeSessions.guest, "Vries"]
  }

  @Test(arguments: ReportFormat.allCases, [ReportAudience.participants, .facilitator])
  func anAnonymousProcessReportNamesNobody(format: ReportFormat, audience: ReportAudience) throws {
    let input = try Self.input(anonymous: true, for: audience)
    let text = try SessionReport.render(input, as: format)
    for name in Self.names(input.workshop) {
      #expect(!text.contains(name), "\(format) for \(audience) names \(name)")
    }
    // Still the minutes: how many came, and who does what by number.
    #expect(text.contains("Deelnemer 3"))
    #expect(text.contains("Elke partij legt 15.000 euro in"))
  }

  @Test func aWorkshopWithoutSessionsKeepsTheParticipantsCSV() throws {
    let input = ReportInput(
      workshop: try DemoWorkshop.load(), content: ReportTests.content, language: .nl,
      anonymous: false)
    let csv = try SessionReport.render(input, as: .csv)
    #expect(csv.hasPrefix("naam,organisatie,rol,type,geel,"))
    #expect(!(try SessionReport.render(input, as: .md)).contains("## Sessies"))
  }
}
