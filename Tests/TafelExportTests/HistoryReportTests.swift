import Foundation
import TafelCore
import Testing

@testable import TafelExport

/// Sessions, decisions and actions in the whole workshop's report, for a workshop whose
/// sessions were written without a journal (by hand, or by another program).
@Suite struct HistoryReportTests {
  static func workshop() throws -> Workshop {
    var workshop = try DemoWorkshop.load()
    let people = workshop.participants
    workshop.sessions = [
      Session(
        date: "2026-01-12", title: "Kennismaking", present: [people[0].id, people[1].id, "weg"],
        guests: ["Jan (RvT)"], startedAt: "x", closedAt: "y")
    ]
    workshop.decisions = [
      Decision(
        number: 1, session: 1, date: "2026-01-12", text: "Coöperatie | U.A.", status: .revised),
      Decision(
        number: 2, session: 1, date: "2026-01-12", text: "Coöperatie met exit",
        status: .pendingSupervisors, replaces: 1, topic: "legal-form"),
    ]
    workshop.actions = [
      ActionItem(
        number: 1, session: 1, text: "Statuten", participant: people[0].id, due: "2026-02-01"),
      ActionItem(
        number: 2, text: "Begroting", organisation: workshop.organisations[1].id, done: true),
    ]
    return workshop
  }

  func input(anonymous: Bool) throws -> ReportInput {
    ReportInput(
      workshop: try Self.workshop(), content: ReportTests.content, language: .nl,
      anonymous: anonymous)
  }

  @Test func markdownListsSessionsDecisionsAndActions() throws {
    let text = MarkdownReport.render(try input(anonymous: false))
    let workshop = try Self.workshop()
    // A workshop without a journal: each session with who was there and what it decided.
    #expect(text.contains("## Sessies\n\n### Sessie 1 · 2026-01-12 · Kennismaking\n"))
    #expect(
      text.contains(
        "\(workshop.participants[0].name), \(workshop.participants[1].name), "
          + "een verwijderde deelnemer\n\nGasten: Jan (RvT)\n"))
    #expect(
      text.contains("| 1 | 1 | 2026-01-12 | Coöperatie \\| U.A. | herzien | herzien door 2 |"))
    #expect(
      text.contains(
        "| 2 | 1 | 2026-01-12 | Coöperatie met exit | onder voorbehoud van het toezicht | "
          + "vervangt 1; onderwerp: Rechtsvorm |"))
    #expect(
      text.contains("| 1 | 1 | Statuten | \(workshop.participants[0].name) | 2026-02-01 | nee |"))
    #expect(text.contains("| 2 |  | Begroting | \(workshop.organisations[1].name) |  | ja |"))
  }

  @Test func anAnonymousReportNamesNobody() throws {
    let text = MarkdownReport.render(try input(anonymous: true))
    let workshop = try Self.workshop()
    #expect(!text.contains(workshop.participants[0].name))
    #expect(text.contains("#### Deelnemers\n\n3\n\nGasten: 1\n"))
    #expect(text.contains("| Statuten | Deelnemer 1 |"))
  }

  @Test func htmlHasTheSameTables() throws {
    let html = HTMLReport.render(try input(anonymous: false))
    #expect(html.contains("<h2>Besluiten</h2>"))
    #expect(html.contains("<td>onder voorbehoud van het toezicht</td>"))
    #expect(html.contains("<h2>Acties</h2>"))
  }
}
