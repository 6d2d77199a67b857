import Foundation
import TafelCore
import Testing

@testable import TafelExport

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct ReportTests {
  static let content: Content = {
    do {
      return try Content.embedded()
    } catch {
      preconditionFailure("the embedded content must load: \(error)")
    }
  }()

  /// The demo with hostile names, a comfort round, an agreed topic, notes and a played round.
  static func workshop() throws -> Workshop {
    var workshop = try DemoWorkshop.load()
    workshop.participants[0].name = "<script>alert('x')</script>"
    workshop.participants[1].name = "Tom & \"Jerry\" | Co"
    workshop.organisations[0].name = "Gemeente <b>Noord</b>"
    workshop.comfortNeeds = [
      ComfortNeed(
        id: "n1", organisationID: workshop.organisations[0].id, text: "Budget 2027 & verder",
        status: .agreed,
        topicID: "resources")
    ]
    workshop.topics = [
      FormalisationTopic(id: "exit", status: .agreed, agreement: "Opzegtermijn één jaar")
    ]
    workshop.phaseNotes["intake"] = "Iedereen wil."
    var round = DilemmaRound(
      cardID: content.dilemmas.cards[0].id, optionCount: 4, timerSeconds: 480)
    round.choices = [workshop.participants[2].id: 1, workshop.participants[3].id: 1]
    round.handCounts = [2, 0, 0, 0]
    round.outcome = "We kiezen B"
    workshop.dilemmaRounds = [round]
    return workshop
  }

  func input(
    anonymous: Bool = false, language: Language = .nl, audience: ReportAudience = .participants
  ) throws -> ReportInput {
    var input = ReportInput(
      workshop: try Self.workshop(), content: Self.content, language: language, anonymous: anonymous
    )
    input.audience = audience
    return input
  }

  /// What only the facilitators may read: a ticked signal with its note, their own notes and an
  /// organisation's confidential intake.
  static func withFacilitatorsOwn(_ input: ReportInput) -> ReportInput {
    var input = input
    let organisation = input.workshop.organisations[1].id
    input.workshop.checklistMarks[ChecklistMark.key(list: "signals", item: "talks-stiffen")] =
      ChecklistMark(tickedAt: "2026-11-30T10:00:00Z", note: "Petra zwijgt sinds de pauze")
    input.workshop.intakeNotes[organisation] = IntakeNote(showstoppers: "Geen fusie, nooit")
    input.workshop.notes = "Let op de spanning tussen Noord en Zuid"
    return input
  }

  @Test func theDefaultReportLeavesOutWhatOnlyTheFacilitatorsMayRead() throws {
    let secrets = ["Petra zwijgt sinds de pauze", "Geen fusie, nooit", "Let op de spanning"]
    let participants = Self.withFacilitatorsOwn(try input())
    let facilitator = Self.withFacilitatorsOwn(try input(audience: .facilitator))
    for text in [HTMLReport.render(participants), MarkdownReport.render(participants)] {
      for secret in secrets { #expect(!text.contains(secret), "\(secret)") }
      #expect(!text.contains("VERTROUWELIJK"))
      #expect(text.contains("Verslag voor de deelnemers"))
    }
    let markdown = MarkdownReport.render(facilitator)
    #expect(markdown.split(separator: "\n").first?.hasPrefix("**VERTROUWELIJK") == true)
    let html = HTMLReport.render(facilitator)
    let body = try #require(html.range(of: "<body>")).upperBound
    #expect(String(html[body...].prefix(200)).contains("VERTROUWELIJK"))
    for text in [markdown, html] {
      for secret in secrets { #expect(text.contains(secret), "\(secret)") }
    }
  }

  @Test func htmlIsWellFormedAndHasEverySection() throws {
    let html = HTMLReport.render(try input(audience: .facilitator))
    let parser = XMLParser(data: Data(html.utf8))
    #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    for heading in [
      "Organisaties en deelnemers", "Profielen", "Groepsprofiel · hele zaal (14)", "Om te toetsen",
      "Vertragen om te versnellen", "Formaliseringsonderwerpen", "Dilemmarondes", "Notities",
    ] {
      #expect(html.contains(heading), "missing \(heading)")
    }
    #expect(html.contains("Gebrek aan focus en durven kiezen"))
    #expect(html.contains("Opzegtermijn één jaar"))
    #expect(html.contains("We kiezen B"))
    #expect(html.contains("<svg"))
  }

  @Test func nothingFromTheWorkshopIsLeftUnescaped() throws {
    let html = HTMLReport.render(try input())
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>Noord"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(html.contains("Tom &amp; \"Jerry\""))
    #expect(html.contains("Budget 2027 &amp; verder"))
  }

  @Test func theHTMLFetchesNothingAndRunsNothing() throws {
    let html = HTMLReport.render(try input())
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    let urls = html.components(separatedBy: "http").dropFirst()
    #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") })
  }

  @Test func anonymousReportsNameNobodyAndShowNoIndividualScores() throws {
    let workshop = try Self.workshop()
    let anonymous = try input(anonymous: true)
    for format in ReportFormat.allCases {
      let text = try SessionReport.render(anonymous, as: format)
      for person in workshop.participants {
        #expect(!text.contains(person.name), "\(format) names \(person.name)")
      }
    }
    let html = HTMLReport.render(anonymous)
    #expect(!html.contains("Profielen"))
    #expect(html.contains("zonder namen en individuele scores"))
  }

  @Test func theCSVReadsBackAsTheSameParticipants() throws {
    let input = try input()
    let csv = try ParticipantCSV.render(input)
    let sheet = try ParticipantSheet(bytes: Array(csv.utf8))
    #expect(sheet.rows.count == input.workshop.participants.count)
    for (row, person) in zip(sheet.rows, input.workshop.participants) {
      #expect(row.name == person.name)
      #expect(row.organisation == input.organisationName(person.organisationID))
      #expect(row.role == person.role)
      #expect(row.scores == person.scores)
    }
  }

  @Test func markdownKeepsTablesIntactWhatTheNamesHold() throws {
    let markdown = MarkdownReport.render(try input(language: .en))
    #expect(markdown.contains("Tom & \"Jerry\" \\| Co"))
    #expect(markdown.contains("\\<script\\>"))
    #expect(markdown.contains("## Dilemma rounds"))
    #expect(markdown.contains("| Agreement |"))
    let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
    for row in tableRows where row.contains("Jerry") {
      let cells = row.replacingOccurrences(of: "\\|", with: "").split(
        separator: "|", omittingEmptySubsequences: false)
      #expect(cells.count == 5 || cells.count == 11, "a pipe in a name split the row: \(row)")
    }
  }

  @Test func theFormatFollowsTheExtension() {
    #expect(ReportFormat(fileName: "verslag.HTML") == .html)
    #expect(ReportFormat(fileName: "notulen.md") == .md)
    #expect(ReportFormat(fileName: "scores.csv") == .csv)
    #expect(ReportFormat(fileName: "verslag.pdf") == nil)
  }
}
