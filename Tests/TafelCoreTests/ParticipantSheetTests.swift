import Foundation
import Testing

@testable import TafelCore

@Suite struct ParticipantSheetTests {
  func sheet(_ text: String) throws(ParticipantSheet.Failure) -> ParticipantSheet {
    try ParticipantSheet(bytes: Array(text.utf8))
  }

  func failure(_ text: String) -> ParticipantSheet.Failure? {
    do {
      _ = try sheet(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func englishHeadersWithCommas() throws {
    let rows = try sheet(
      "name,organisation,role,yellow,green,orange,blue,red,purple\nAnna,Gemeente,wethouder,80,50,40,20,10,30\n"
    ).rows
    #expect(rows.count == 1)
    #expect(rows[0].name == "Anna")
    #expect(rows[0].role == "wethouder")
    #expect(rows[0].scores == Fixtures.scores(80, 50, 40, 20, 10, 30))
    #expect(rows[0].line == 2)
  }

  @Test func dutchHeadersWithSemicolonsBOMAndCRLF() throws {
    let text =
      "\u{FEFF}Naam;Organisatie;Rol;Geel;Groen;Oranje;Blauw;Rood;Paars\r\n"
      + "Elif Ünal;\"Woonstichting; Havenzicht\";manager;70;48;55;20;22;35\r\n"
    let rows = try sheet(text).rows
    #expect(rows.map(\.name) == ["Elif Ünal"])
    #expect(rows[0].organisation == "Woonstichting; Havenzicht")
    #expect(rows[0].scores.orange == 55)
  }

  @Test func columnsMayComeInAnyOrderAndRoleIsOptional() throws {
    let rows = try sheet(
      "paars,rood,blauw,oranje,groen,geel,organisatie,naam\n1,2,3,4,5,6,GGZ,Cor\n"
    ).rows
    #expect(rows[0].scores == Fixtures.scores(6, 5, 4, 3, 2, 1))
    #expect(rows[0].role == "")
  }

  @Test func tabsSeparateToo() throws {
    let rows = try sheet(
      "naam\torganisatie\tgeel\tgroen\toranje\tblauw\trood\tpaars\nAnna\tX\t1\t2\t3\t4\t5\t6\n"
    ).rows
    #expect(rows[0].scores.purple == 6)
  }

  @Test func decimalCommasAreRounded() throws {
    let rows = try sheet(
      "naam;organisatie;geel;groen;oranje;blauw;rood;paars\nAnna;X;\"77,6\";50;50;50;50;50\n"
    ).rows
    #expect(rows[0].scores.yellow == 78)
  }

  @Test func everyBadRowIsReportedWithItsLine() {
    let text = """
      name,organisation,yellow,green,orange,blue,red,purple
      Anna,X,80,50,40,20,10,30

      ,X,1,1,1,1,1,1
      Bram,X,1,abc,1,1,140,1
      Cor,,1,1,1,1,1,
      """
    let expected: [ParticipantSheet.RowProblem] = [
      .init(line: 4, message: Message(.importEmptyName)),
      .init(line: 5, message: Message(.importBadScore, ["column": "green", "value": "abc"])),
      .init(line: 5, message: Message(.importBadScore, ["column": "red", "value": "140"])),
      .init(line: 6, message: Message(.importEmptyOrganisation)),
      .init(line: 6, message: Message(.importBadScore, ["column": "purple", "value": ""])),
    ]
    #expect(failure(text) == .badRows(expected))
  }

  @Test func lineNumbersStayRightAfterAQuotedLineBreak() {
    let text =
      "name,organisation,role,yellow,green,orange,blue,red,purple\nAnna,X,\"two\nlines\",1,1,1,1,1,1\nBram,X,r,1,1,1,1,1,x\n"
    #expect(
      failure(text)
        == .badRows([
          .init(line: 4, message: Message(.importBadScore, ["column": "purple", "value": "x"]))
        ]))
  }

  @Test func missingColumnsAreNamed() {
    #expect(
      failure("naam;organisatie;geel;groen\nA;B;1;2\n")
        == .missingColumns([.orange, .blue, .red, .purple]))
  }

  @Test func aNameOrRoleLongerThanAThousandCharactersIsABadRow() {
    let long = String(repeating: "ë", count: 1_001)
    let text =
      "name,organisation,role,yellow,green,orange,blue,red,purple\n"
      + "\(String(repeating: "a", count: 1_000)),GGZ,r,1,1,1,1,1,1\n"
      + "\(long),GGZ,r,1,1,1,1,1,1\nAnna,GGZ,\(long),1,1,1,1,1,1\n"
    #expect(
      failure(text)
        == .badRows([
          .init(line: 3, message: Message(.importTooLong, ["column": "name", "count": "1000"])),
          .init(line: 4, message: Message(.importTooLong, ["column": "role", "count": "1000"])),
        ]))
  }

  @Test func emptyAndNonTextFilesAreRefused() {
    #expect(failure("") == .empty)
    #expect(failure("\u{FEFF}\r\n") == .empty)
    #expect(failure("name,organisation,yellow,green,orange,blue,red,purple\n") == .empty)
    #expect(throws: ParticipantSheet.Failure.notText) {
      try ParticipantSheet(bytes: [0x6E, 0xFF, 0xFE])
    }
  }

  @Test func importingCreatesUnknownOrganisationsAndUpdatesKnownPeople() throws {
    var workshop = Fixtures.workshop(Array(Fixtures.yellowGroup.prefix(1)))
    let first = try sheet(
      "naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars\nAnna;org;voorzitter;10;10;10;10;10;10\nÇelik;GGZ Kust;;1;2;3;4;5;6\n"
    )
    let summary = workshop.importParticipants(first)
    #expect(summary.updated.map(\.name) == ["Anna"])
    #expect(summary.added.map(\.id) == ["celik"])
    #expect(summary.createdOrganisations.map(\.id) == ["ggz-kust"])
    #expect(workshop.participants.count == 2)
    #expect(workshop.participants[0].role == "voorzitter")
    #expect(workshop.participants[0].scores == DriveScores(all: 10))
    #expect(workshop.validate().isEmpty)
    let again = workshop.importParticipants(first)
    #expect(again.added.isEmpty)
    #expect(workshop.participants.count == 2)
  }
}
