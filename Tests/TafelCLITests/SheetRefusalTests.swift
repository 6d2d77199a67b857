import Foundation
import Testing

/// Spreadsheets that used to be read wrong without a word: each bad row is named with its line
/// and a reason in the chosen language, and nothing is written.
@Suite("tafel import refuses what it cannot read right")
struct SheetRefusalTests {
  /// Imports `sheet` into a fresh workshop and checks what every refusal shares: exit code 1,
  /// nothing on standard output, the workshop unchanged, no file left behind. Returns the lines
  /// on standard error.
  private func refusal(
    _ sheet: [UInt8], language: String = "en", sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    try withWorkspace { workspace in
      let created = try workspace.tafel("new", "w.json", "--title", "Import", "--lang", "en")
      #expect(created.status == 0, sourceLocation: sourceLocation)
      try Data(sheet).write(to: workspace.url.appendingPathComponent("sheet.csv"))
      let before = try workspace.bytes("w.json")

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "sheet.csv", "--lang", language)

      #expect(result.status == 1, sourceLocation: sourceLocation)
      #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
      #expect(try workspace.bytes("w.json") == before, sourceLocation: sourceLocation)
      #expect(try workspace.contents() == ["sheet.csv", "w.json"], sourceLocation: sourceLocation)
      return result.errorLines
    }
  }

  private func refusal(
    _ sheet: String, language: String = "en", sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    try refusal(Array(sheet.utf8), language: language, sourceLocation: sourceLocation)
  }

  static let header = "name,organisation,role,yellow,green,orange,blue,red,purple\n"

  @Test func aRowWithMoreFieldsThanTheHeaderIsBad() throws {
    let lines = try refusal(
      Self.header + "Ana,Org A,lead,50,50,50,50,50,50\nBen,Org A,lead,62,5,50,50,50,50,50\n")

    #expect(
      lines == [
        "sheet.csv:3: 10 fields where the header has 9: an unquoted comma in a text or a decimal comma shifts every column after it",
        "Nothing imported; w.json is unchanged.",
      ])
  }

  @Test func numbersThatAreNotWholeScoresAreBad() throws {
    let lines = try refusal(
      "naam;organisatie;geel;groen;oranje;blauw;rood;paars\n"
        + "Ana;Org A;0,72;62,5;50.5;0x1F;1e2;+50\n", language: "nl")

    #expect(
      lines == [
        "sheet.csv:2: geel: \"0,72\" is geen heel getal van 0 tot 100; Tafel rondt niet af, pas het aan in het werkblad",
        "sheet.csv:2: groen: \"62,5\" is geen heel getal van 0 tot 100; Tafel rondt niet af, pas het aan in het werkblad",
        "sheet.csv:2: oranje: \"50.5\" is geen heel getal van 0 tot 100; Tafel rondt niet af, pas het aan in het werkblad",
        "sheet.csv:2: blauw: \"0x1F\" is geen score van 0 tot 100",
        "sheet.csv:2: rood: \"1e2\" is geen score van 0 tot 100",
        "sheet.csv:2: paars: \"+50\" is geen score van 0 tot 100",
        "Niets toegevoegd; w.json is niet veranderd.",
      ])
  }

  @Test func theColumnIsNamedAsTheSheetNamesIt() throws {
    let lines = try refusal(
      "Naam;Organisatie;Geel;Groen;Oranje;Blauw;Rood;Paars\nAna;Org A;x;1;1;1;1;1\n",
      language: "nl")

    #expect(lines.first == "sheet.csv:2: Geel: \"x\" is geen score van 0 tot 100")
  }

  @Test func missingColumnsAreNamedInTheChosenLanguage() throws {
    let lines = try refusal(
      "naam;organisatie;geel;groen;oranje;blauw;rood\nAna;Org A;50;50;50;50;50\n", language: "nl")

    #expect(lines.first == "sheet.csv: deze kolommen ontbreken in de kopregel: paars")
  }

  @Test func theSamePersonTwiceIsBad() throws {
    let lines = try refusal(
      Self.header + "Ana Smit,Org A,lead,50,50,50,50,50,50\nBen,Org A,,1,1,1,1,1,1\n"
        + "ana smit,org a,,60,60,60,60,60,60\n")

    #expect(lines.first == "sheet.csv:4: ana smit (org a) is already on line 2")
  }

  @Test(arguments: [("\u{0}", "U+0000"), ("\u{1B}]0;pwned\u{7}", "U+001B"), ("\u{7F}", "U+007F")])
  func controlCharactersInANameAreBad(_ inserted: String, code: String) throws {
    let lines = try refusal(Self.header + "Eve\(inserted)l,Org A,lead,50,50,50,50,50,50\n")

    #expect(
      lines.first
        == "sheet.csv:2: name: an invisible control character (\(code)) at character 4")
  }

  @Test func anUnclosedQuoteIsNamedWhereItOpensAndEarlierBadRowsStillShow() throws {
    let lines = try refusal(
      Self.header + "Ana,Org A,lead,50,x,50,50,50,50\n\"Ben,Org A,lead,50,50,50,50,50,50\n"
        + "Cor,Org B,lead,50,50,50,50,50,50\n")

    #expect(
      lines == [
        "sheet.csv:2: green: \"x\" is not a score from 0 to 100",
        "sheet.csv:3: a quote (\") opens on this line and is never closed",
        "Nothing imported; w.json is unchanged.",
      ])
  }

  @Test func aWindows1252SheetIsRefusedAtItsFirstForeignCharacter() throws {
    // "Zoë" as Excel's plain "CSV" writes it: ë is the single byte 0xEB.
    let sheet =
      Array((Self.header + "Ana,Org A,lead,50,50,50,50,50,50\nZo").utf8) + [0xEB]
      + Array(",Org A,lead,50,50,50,50,50,50\n".utf8)

    let lines = try refusal(sheet)

    #expect(
      lines.first
        == "sheet.csv:3:3: this is not UTF-8 text (Excel's \"CSV\" saves Windows-1252); save it as \"CSV UTF-8\""
    )
  }

  @Test func aUTF16SheetIsRefusedAsSuch() throws {
    var sheet: [UInt8] = [0xFF, 0xFE]
    for unit in (Self.header + "Ana,Org A,lead,50,50,50,50,50,50\n").utf16 {
      sheet += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }

    let lines = try refusal(sheet, language: "nl")

    #expect(lines.first == "sheet.csv:1: dit is UTF-16-tekst; sla het op als \"CSV UTF-8\"")
  }

  @Test func excelsSeparatorLineIsFollowed() throws {
    try withWorkspace { workspace in
      _ = try workspace.tafel("new", "w.json", "--title", "Import", "--lang", "en")
      try workspace.write(
        "sep=;\nnaam;organisatie;geel;groen;oranje;blauw;rood;paars\nAna;Org, A;1;2;3;4;5;6\nBen;Org, A;1;2;3;4;x;6\n",
        to: "sheet.csv")

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "sheet.csv", "--lang", "en")

      #expect(result.errorLines.first == "sheet.csv:4: rood: \"x\" is not a score from 0 to 100")
    }
  }
}

@Suite("tafel import names the columns it does not read")
struct IgnoredColumnTests {
  @Test func anUnreadColumnIsNamedInTheSummary() throws {
    try withWorkspace { workspace in
      _ = try workspace.tafel("new", "w.json", "--title", "Import", "--lang", "nl")
      try Data(
        ("naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars;notitie\n"
          + "Anna;Gemeente;wethouder;80;50;40;20;10;30;belt terug\n").utf8
      ).write(to: workspace.url.appendingPathComponent("sheet.csv"))

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "sheet.csv", "--lang", "nl")

      #expect(result.status == 0)
      #expect(
        result.stdout.contains(
          "sheet.csv: kolom 'notitie' is niet gelezen: Tafel kent die kolom niet."))
    }
  }
}
