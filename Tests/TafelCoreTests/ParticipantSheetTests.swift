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

  @Test func decimalsAreRefusedNotRounded() {
    #expect(
      failure("naam;organisatie;geel;groen;oranje;blauw;rood;paars\nAnna;X;77,6;0.72;50;50;50;50\n")
        == .badRows([
          .init(
            line: 2, message: Message(.importFractionalScore, ["column": "geel", "value": "77,6"])),
          .init(
            line: 2, message: Message(.importFractionalScore, ["column": "groen", "value": "0.72"])),
        ]))
  }

  @Test(arguments: ["0x1F", "1e2", "+50", "-0", " 5 0", "٥٠", "5O", "100.0", "1000"])
  func onlyDigitsFromZeroToAHundredAreAScore(_ value: String) {
    #expect(ParticipantSheet.parseScore(value) == nil)
  }

  @Test func leadingZerosAndTheEdgesAreScores() {
    #expect(ParticipantSheet.parseScore("0") == 0)
    #expect(ParticipantSheet.parseScore("007") == 7)
    #expect(ParticipantSheet.parseScore("100") == 100)
  }

  @Test func aRowWithMoreFieldsThanTheHeaderIsBadAndJudgedNoFurther() {
    #expect(
      failure("name,organisation,yellow,green,orange,blue,red,purple\nAnna,X,62,5,1,1,1,1,1\n")
        == .badRows([
          .init(line: 2, message: Message(.importTooManyFields, ["count": "9", "expected": "8"]))
        ]))
  }

  @Test func theSamePersonTwiceInOneSheetIsBad() {
    let text =
      "name,organisation,yellow,green,orange,blue,red,purple\nAnna,X,1,1,1,1,1,1\n"
      + "Bram,X,1,1,1,1,1,1\nANNA,x,2,2,2,2,2,2\nAnna,Y,1,1,1,1,1,1\n"
    #expect(
      failure(text)
        == .badRows([
          .init(
            line: 4,
            message: Message(
              .importDuplicatePerson, ["name": "ANNA", "organisation": "x", "line": "2"]))
        ]))
  }

  @Test func controlCharactersAreBadWithTheirPlace() {
    let text =
      "naam,organisatie,rol,geel,groen,oranje,blauw,rood,paars\nAn\u{0}na,X,r,1,1,1,1,1,1\n"
      + "Bram,X\u{1B}[2J,r\u{85},1,1,1,1,1,1\n"
    #expect(
      failure(text)
        == .badRows([
          .init(
            line: 2,
            message: Message(
              .importControlCharacter, ["column": "naam", "code": "U+0000", "position": "3"])),
          .init(
            line: 3,
            message: Message(
              .importControlCharacter,
              ["column": "organisatie", "code": "U+001B", "position": "2"])),
          .init(
            line: 3,
            message: Message(
              .importControlCharacter, ["column": "rol", "code": "U+0085", "position": "2"])),
        ]))
  }

  @Test func anUnclosedQuoteIsBadWhereItOpens() {
    let text =
      "name,organisation,yellow,green,orange,blue,red,purple\nAnna,X,1,1,1,1,1,1\n"
      + "\"Bram,X,1,1,1,1,1,1\nCor,X,1,1,1,1,1,1\n"
    #expect(failure(text) == .badRows([.init(line: 3, message: Message(.importUnclosedQuote))]))
  }

  @Test func excelsSeparatorLineNamesTheSeparator() throws {
    let rows = try sheet(
      "SEP=,\r\nnaam,organisatie,geel,groen,oranje,blauw,rood,paars\r\nA;B,X,1,2,3,4,5,6\r\n"
    ).rows
    #expect(rows.map(\.name) == ["A;B"])
    #expect(rows[0].line == 3)
  }

  @Test func aSeparatorLineNamingNoSignIsAnOrdinaryFirstLine() {
    for line in ["sep=\"", "sep=a", "sep=\u{e9}"] {
      #expect(
        failure("\(line)\nnaam;organisatie;geel;groen;oranje;blauw;rood;paars\nA;B;1;1;1;1;1;1\n")
          == .missingColumns(ParticipantSheet.Column.allCases.filter(\.isRequired)), "\(line)")
    }
  }

  @Test func aColumnTwiceInTheHeaderIsBad() {
    #expect(
      failure("naam;organisatie;geel;groen;oranje;blauw;rood;paars;Geel\nA;B;1;1;1;1;1;1;2\n")
        == .badRows([.init(line: 1, message: Message(.importDuplicateColumn, ["column": "Geel"]))]))
  }

  @Test func utf16IsRefusedAsSuch() {
    let utf16LE = "naam;organisatie\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(throws: ParticipantSheet.Failure.utf16) { try ParticipantSheet(bytes: utf16LE) }
    #expect(throws: ParticipantSheet.Failure.utf16) {
      try ParticipantSheet(bytes: [0xFE, 0xFF, 0x00, 0x6E])
    }
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
          .init(line: 2, message: Message(.importLineBreak, ["column": "role"])),
          .init(line: 4, message: Message(.importBadScore, ["column": "purple", "value": "x"])),
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
    #expect(throws: ParticipantSheet.Failure.notUTF8(line: 1, column: 2)) {
      try ParticipantSheet(bytes: [0x6E, 0xFF, 0xFE])
    }
    #expect(throws: ParticipantSheet.Failure.notUTF8(line: 3, column: 2)) {
      try ParticipantSheet(bytes: Array("\u{FEFF}a\r\n\u{e9}\nb".utf8) + [0xE9])
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

  @Test func peopleOfTheSameNameGetEachTheirOwnID() throws {
    var workshop = Workshop(title: "T")
    let rows = (1...5).map { "Anna,Org \($0),1,1,1,1,1,1\n" }.joined()
    let summary = workshop.importParticipants(
      try sheet("name,organisation,yellow,green,orange,blue,red,purple\n" + rows))
    #expect(summary.added.map(\.id) == ["anna", "anna-2", "anna-3", "anna-4", "anna-5"])
    #expect(workshop.validate().isEmpty)
  }
}

extension ParticipantSheetTests {
  /// Spreadsheets pad headers with spaces ("Rol "), and carry columns Tafel does not read (an
  /// e-mail address, a form's timestamp). Neither may lose what people wrote without a word:
  /// the padded header is the column it names, and an unread column is named.
  @Test func paddedHeadersAreReadAndUnreadColumnsAreNamed() throws {
    let read = try sheet(
      "Naam; Organisatie ;Rol ;geel;groen;oranje;blauw;rood;paars;E-mail;\n"
        + "Anna;Gemeente;wethouder;80;50;40;20;10;30;anna@example.nl;\n")
    #expect(read.rows.map(\.role) == ["wethouder"])
    #expect(read.rows.map(\.organisation) == ["Gemeente"])
    #expect(read.ignoredColumns == ["E-mail"])
  }
}
