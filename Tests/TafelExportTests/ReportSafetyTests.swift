import Foundation
import TafelCore
import Testing

@testable import TafelExport

/// Reports that leave the room: no formula a spreadsheet runs, no raw markup or control
/// character, and in anonymous reports no figure about fewer than three people.
@Suite struct ReportSafetyTests {
  static let content = ReportTests.content

  static func workshop(_ sizes: [(id: String, count: Int)]) -> Workshop {
    var people: [Participant] = []
    for (id, count) in sizes {
      for index in 0..<count {
        people.append(
          Participant(
            id: "\(id)-\(index)", name: "Naam \(id) \(index)", organisationID: id, role: "",
            scores: DriveScores(
              yellow: 61 + index, green: 23, orange: 47, blue: 12, red: 88, purple: 35)))
      }
    }
    return Workshop(
      title: "Klein",
      organisations: sizes.map {
        Organisation(id: $0.id, name: "Org \($0.id)", shortName: $0.id, kind: .other)
      },
      participants: people)
  }

  static func input(_ workshop: Workshop, anonymous: Bool, language: Language = .nl)
    -> ReportInput
  {
    ReportInput(workshop: workshop, content: content, language: language, anonymous: anonymous)
  }

  @Test func theCSVQuotesEveryCellASpreadsheetWouldRun() throws {
    var workshop = try ReportTests.workshop()
    let hostile = ["=HYPERLINK(\"http://x\",\"klik\")", "+cmd", "-2+3", "@SUM(A1)"]
    for (index, name) in hostile.enumerated() { workshop.participants[index].name = name }
    workshop.participants[4].role = "=1+1"
    workshop.organisations[0].name = "@org"
    for anonymous in [false, true] {
      let csv = try SessionReport.render(Self.input(workshop, anonymous: anonymous), as: .csv)
      let cells = try ParticipantSheet.cells(csv)
      for cell in cells.joined() {
        #expect(
          !["=", "+", "-", "@"].contains(cell.first ?? " "), "a formula in \(anonymous): \(cell)")
      }
    }
    // And the sheet imports as exactly the same people.
    let csv = try SessionReport.render(Self.input(workshop, anonymous: false), as: .csv)
    let sheet = try ParticipantSheet(bytes: Array(csv.utf8))
    #expect(sheet.rows.map(\.name) == workshop.participants.map(\.name))
    #expect(sheet.rows.map(\.role) == workshop.participants.map(\.role))
    #expect(sheet.rows.contains { $0.organisation == "@org" })
  }

  @Test func theAnonymousCSVGivesNoMeanOfOneOrTwoPeople() throws {
    let workshop = Self.workshop([("a", 4), ("b", 1), ("c", 2)])
    let csv = try SessionReport.render(Self.input(workshop, anonymous: true), as: .csv)
    let rows = try ParticipantSheet.cells(csv)
    #expect(rows.first?.last == "opmerking")
    let b = try #require(rows.first { $0.first == "Org b" })
    #expect(b[1] == "1")
    #expect(Array(b[2..<8]) == Array(repeating: "", count: 6))
    #expect(b.last == "te klein om te tonen")
    // The one person's own scores are nowhere in the sheet.
    #expect(!csv.contains("61,23,47,12,88,35"))
    let a = try #require(rows.first { $0.first == "Org a" })
    #expect(Array(a[2..<8]) == ["63", "23", "47", "12", "88", "35"])
  }

  @Test func aDelegationThatWouldGiveAwayASmallerOneIsHiddenToo() throws {
    // Room minus a would be b's one person: a is hidden as well, and says why.
    let workshop = Self.workshop([("a", 4), ("b", 1)])
    let rows = try ParticipantSheet.cells(
      try SessionReport.render(Self.input(workshop, anonymous: true), as: .csv))
    let a = try #require(rows.first { $0.first == "Org a" })
    #expect(Array(a[2..<8]) == Array(repeating: "", count: 6))
    #expect(a.last == "niet getoond: zou een kleine delegatie verraden")
    let b = try #require(rows.first { $0.first == "Org b" })
    #expect(b.last == "te klein om te tonen")
  }

  @Test func anonymousReportsOfARoomOfTwoShowNoFigures() throws {
    let workshop = Self.workshop([("a", 2)])
    for format in [ReportFormat.html, .md] {
      let text = try SessionReport.render(Self.input(workshop, anonymous: true), as: format)
      #expect(text.contains("Te klein om te tonen"), "\(format)")
      #expect(!text.contains("±"), "\(format) shows a spread")
      #expect(!text.contains(">88<") && !text.contains("| 88 |"), "\(format) shows a mean")
    }
    let open = try SessionReport.render(Self.input(workshop, anonymous: false), as: .md)
    #expect(!open.contains("Te klein om te tonen"))
  }

  @Test func markdownHeadingsFromAContentFolderAreEscaped() throws {
    var content = Self.content
    content.strings.strings[StringKey.exportNotes.rawValue] = Localized(
      nl: "<script>alert(1)</script> *Notes*", en: "<script>alert(1)</script> *Notes*")
    content.strings.strings[StringKey.exportOrganisations.rawValue] = Localized(
      nl: "<img src=x onerror=alert(1)>", en: "<img src=x onerror=alert(1)>")
    var workshop = Self.workshop([("a", 3)])
    workshop.notes = "Een notitie"
    // The notes are in the facilitators' record.
    var input = ReportInput(workshop: workshop, content: content, language: .nl, anonymous: false)
    input.audience = .facilitator
    let markdown = MarkdownReport.render(input)
    // Every < is escaped, so no tag reaches the page a Markdown viewer makes.
    #expect(!markdown.contains(/[^\\]</))
    #expect(markdown.contains("## \\<script\\>alert(1)\\</script\\> \\*Notes\\*"))
  }

  @Test func noReportWritesAControlCharacter() throws {
    var workshop = try ReportTests.workshop()
    workshop.participants[0].name = "Evil \u{1B}]0;pwned\u{07}\u{1B}[2J\u{0}"
    workshop.notes = "note\u{1B}[31m red\r\nline two"
    workshop.organisations[1].name = "Org\u{9B}"
    for format in ReportFormat.allCases {
      for anonymous in [false, true] {
        let text = try SessionReport.render(Self.input(workshop, anonymous: anonymous), as: format)
        let stray = text.unicodeScalars.filter {
          $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
        }
        #expect(stray.isEmpty, "\(format) anonymous \(anonymous) writes \(Array(stray))")
      }
    }
  }
}

extension ParticipantSheet {
  /// The cells of a CSV text, for tests that look at each one.
  static func cells(_ csv: String) throws -> [[String]] {
    csv.split(separator: "\n").map { line in
      var cells: [String] = []
      var current = ""
      var quoted = false
      for character in line {
        switch character {
        case "\"": quoted.toggle()
        case "," where !quoted:
          cells.append(current)
          current = ""
        default: current.append(character)
        }
      }
      return cells + [current]
    }
  }
}
