import Testing

@testable import TafelCore

/// What Tafel writes for a terminal or a spreadsheet: no control character from the data, no
/// cell a spreadsheet runs as a formula, and the round trip through import stays exact.
@Suite struct OutputSafetyTests {
  static let hostile = "Evil \u{1B}]0;pwned\u{07}\u{1B}[2J"

  @Test func controlCharactersAreSpelledOutVisibly() {
    #expect(TerminalText.visible(Self.hostile) == "Evil \\e]0;pwned\\a\\e[2J")
    #expect(TerminalText.visible("a\u{0}b\u{7F}c\u{9B}d\r\n\t") == "a\\0b\\x7Fc\\x9Bd\\r\\n\\t")
    // Idempotent, and printable text passes whole: accents, emoji with joiners, flags.
    let visible = TerminalText.visible(Self.hostile)
    #expect(TerminalText.visible(visible) == visible)
    for text in ["Anouk Hoëvenaars", "👩‍⚕️ 👨‍👩‍👧‍👦 🇳🇱", "a\\eb"] {
      #expect(TerminalText.visible(text) == text)
    }
  }

  @Test func printedLinesKeepLineBreaks() {
    #expect(TerminalText.printable("one\ntwo\u{1B}[2J\n") == "one\ntwo\\e[2J\n")
  }

  @Test func theProfileReportSendsNoControlCharacterFromTheData() throws {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.title = "Titel \u{1B}]0;t\u{07}"
    workshop.participants[0].name = Self.hostile
    workshop.participants[1].role = "rol\u{1B}[1A"
    workshop.organisations[0].name = "Org\u{9B}2J"
    let content = try Content.embedded()
    let report = ProfileReport(
      workshop: workshop, organisation: nil, content: content, language: .nl)
    // Plain, and with every styled part marked as a terminal would colour it.
    for text in [report.render(), report.render { "<" + $0.text + ">" }] {
      #expect(text.contains("Evil \\e]0;pwned\\a\\e[2J"))
      #expect(!TerminalText.hasControl(text.replacingOccurrences(of: "\n", with: "")))
    }
  }

  @Test(arguments: [
    "=HYPERLINK(\"http://x\",\"klik\")", "+cmd", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "'=x", "''+y",
    "'", "'quote", "Anna", "", "=", "O'Brien", "-", "a=b",
  ])
  func formulaCellsAreQuotedAndRestoredExactly(_ text: String) {
    let cell = SpreadsheetFormula.neutralised(text)
    #expect(SpreadsheetFormula.restored(cell) == text)
    if let first = cell.unicodeScalars.first {
      #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "\(cell) starts a formula")
    }
  }

  @Test func importTakesOffTheQuoteTheExportPutOn() throws {
    let sheet = try ParticipantSheet(
      bytes: Array(
        """
        name,organisation,role,yellow,green,orange,blue,red,purple
        '=HYPERLINK(1),'+Org,'-2+3,1,2,3,4,5,6
        O'Brien,Org,'quote,1,2,3,4,5,6

        """.utf8))
    #expect(sheet.rows.map(\.name) == ["=HYPERLINK(1)", "O'Brien"])
    #expect(sheet.rows.map(\.organisation) == ["+Org", "Org"])
    #expect(sheet.rows.map(\.role) == ["-2+3", "'quote"])
  }
}
