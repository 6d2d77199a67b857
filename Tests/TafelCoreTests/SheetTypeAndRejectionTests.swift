import Foundation
import Testing

@testable import TafelCore

/// The optional columns of a sheet: the organisation's type and the six rejection scores, with
/// Dutch and English headers and values.
@Suite struct SheetTypeAndRejectionTests {
  func sheet(_ text: String) throws(ParticipantSheet.Failure) -> ParticipantSheet {
    try ParticipantSheet(bytes: Array(text.utf8))
  }

  func problems(_ text: String) -> [ParticipantSheet.RowProblem] {
    do {
      _ = try sheet(text)
      return []
    } catch .badRows(let problems) {
      return problems
    } catch {
      return [ParticipantSheet.RowProblem(line: 0, message: Message(.importEmpty))]
    }
  }

  static let dutch = """
    naam;organisatie;type;rol;geel;groen;oranje;blauw;rood;paars;afwijzing geel;afwijzing groen;\
    afwijzing oranje;afwijzing blauw;afwijzing rood;afwijzing paars
    Anna;Gemeente Rivierstad;Gemeente;wethouder;80;50;40;20;10;30;5;10;20;60;30;10
    Bram;GGZ Oost;ggz;;60;50;40;30;20;10;;;;;;
    """

  @Test func dutchTypeAndRejectionColumnsAreRead() throws {
    let rows = try sheet(Self.dutch).rows
    #expect(rows[0].kind == .municipality)
    #expect(rows[0].rejection == Fixtures.scores(5, 10, 20, 60, 30, 10))
    #expect(rows[1].kind == .mentalHealthCare)
    // Six empty cells: not measured, which is not six zeros.
    #expect(rows[1].rejection == nil)
  }

  @Test func englishHeadersAndValues() throws {
    let text = """
      name,organisation,role,yellow,green,orange,blue,red,purple,organisation type,\
      rejection yellow,rejection green,rejection orange,rejection blue,rejection red,rejection purple
      Ann,Riverton Council,alderman,80,50,40,20,10,30,Housing corporation,1,2,3,4,5,6
      Bob,Care Co,,60,50,40,30,20,10,,,,,,,
      """
    let rows = try sheet(text).rows
    #expect(rows[0].kind == .housingCorporation)
    #expect(rows[0].rejection == Fixtures.scores(1, 2, 3, 4, 5, 6))
    #expect(rows[1].kind == nil)
  }

  @Test func everyTypeNameInBothLanguagesIsKnown() throws {
    let content = Fixtures.content
    for kind in OrganisationKind.allCases {
      for language in Language.allCases {
        let name = content.strings.text(kind.stringKey, in: language)
        #expect(OrganisationKind(sheetValue: name) == kind, "\(name)")
        #expect(OrganisationKind(sheetValue: name.uppercased()) == kind, "\(name)")
      }
    }
  }

  @Test func anUnknownTypeOrHalfARejectionIsABadRowWithItsLine() {
    let text = """
      naam;organisatie;type;geel;groen;oranje;blauw;rood;paars;afwijzing geel;afwijzing groen;\
      afwijzing oranje;afwijzing blauw;afwijzing rood;afwijzing paars
      Anna;Gemeente;bakkerij;80;50;40;20;10;30;;;;;;
      Bram;GGZ;ggz;60;50;40;30;20;10;5;;;;;
      Cor;GGZ;ggz;60;50;40;30;20;10;5;5;5;5;5;veel
      """
    let found = problems(text)
    #expect(found.map(\.line) == [2, 3, 4])
    #expect(found[0].message.key == .importUnknownKind)
    #expect(found[0].message.arguments["value"] == "bakkerij")
    #expect(found[1].message.key == .importPartialRejection)
    #expect(
      found[2].message == Message(.importBadScore, ["column": "afwijzing paars", "value": "veel"]))
  }

  @Test func someRejectionColumnsWithoutTheOthersAreMissingColumns() {
    let text =
      "naam;organisatie;geel;groen;oranje;blauw;rood;paars;afwijzing geel\nA;B;1;2;3;4;5;6;7\n"
    do {
      _ = try sheet(text)
      Issue.record("a sheet with one rejection column was read")
    } catch {
      guard case .missingColumns(let columns) = error else {
        Issue.record("expected missing columns, got \(error)")
        return
      }
      #expect(columns.count == 5)
      #expect(columns.first?.title(in: .nl) == "afwijzing groen")
    }
  }

  @Test func importSetsTheTypeAndRejectionOfNewAndKnownPeopleAndOrganisations() throws {
    var workshop = Workshop(
      title: "T",
      organisations: [
        Organisation(id: "ggz-oost", name: "GGZ Oost", shortName: "GGZ Oost", kind: .other)
      ],
      participants: [
        Participant(
          id: "bram", name: "Bram", organisationID: "ggz-oost", role: "",
          scores: DriveScores(all: 50), rejection: Fixtures.scores(9, 9, 9, 9, 9, 9))
      ])
    _ = workshop.importParticipants(try sheet(Self.dutch))
    #expect(workshop.organisation(named: "Gemeente Rivierstad")?.kind == .municipality)
    #expect(workshop.organisation(withID: "ggz-oost")?.kind == .mentalHealthCare)
    let anna = workshop.participants.first { $0.name == "Anna" }
    #expect(anna?.rejection == Fixtures.scores(5, 10, 20, 60, 30, 10))
    // A sheet without rejection scores for someone does not wipe what was typed in before.
    #expect(
      workshop.participants.first { $0.name == "Bram" }?.rejection
        == Fixtures.scores(9, 9, 9, 9, 9, 9))
    #expect(workshop.validate().isEmpty)
  }
}
