import Foundation
import TafelCore
import Testing

@testable import TafelExport

/// `tafel profile`'s colours: ANSI codes around headings and bars, and nothing from the data that
/// a terminal would act on.
@Suite struct TerminalColouringTests {
  static let hostile = "Evil \u{1B}]0;pwned\u{07}\u{1B}[2J"

  static func workshop() -> Workshop {
    let scores = DriveScores(yellow: 70, green: 50, orange: 40, blue: 30, red: 20, purple: 10)
    var workshop = Workshop(
      title: "Titel \u{1B}]0;t\u{07}",
      organisations: [
        Organisation(id: "o", name: "Org\u{9B}2J", shortName: "O", kind: .welfare)
      ])
    workshop.participants = [
      Participant(id: "a", name: hostile, organisationID: "o", role: "", scores: scores),
      Participant(id: "b", name: "Bram", organisationID: "o", role: "rol\u{1B}[1A", scores: scores),
      Participant(id: "c", name: "Cor", organisationID: "o", role: "", scores: scores),
    ]
    return workshop
  }

  @Test func onlyColourCodesPassAndEverythingElseIsSpelledOut() {
    let coloured = "\u{1B}[38;5;226mGe\u{1B}[0m \u{1B}]0;x\u{07} \u{1B}[2J \u{1B}[31"
    #expect(
      TerminalColouring.printableKeepingColours(coloured)
        == "\u{1B}[38;5;226mGe\u{1B}[0m \\e]0;x\\a \\e[2J \\e[31")
    #expect(TerminalColouring.printableKeepingColours("a\nb\u{9B}") == "a\nb\\x9B")
  }

  @Test func headingsAndBarsAreColouredAndTheDataSendsNoControlCharacter() throws {
    let report = ProfileReport(
      workshop: Self.workshop(), organisation: nil, content: try Content.embedded(), language: .nl)
    for colouring in [TerminalColouring.none, .ansi(colours: 256), .ansi(colours: 8)] {
      let text = colouring.render(report)
      #expect(text.contains("Evil \\e]0;pwned\\a\\e[2J"))
      // What is left after the report's own colour codes are taken out has no control character.
      let withoutColours = text.replacing(/\x1B\[[0-9;]*m/, with: "")
      #expect(!TerminalText.hasControl(withoutColours.replacingOccurrences(of: "\n", with: "")))
      #expect(withoutColours == report.render())
    }
    let text = TerminalColouring.ansi(colours: 256).render(report)
    #expect(text.hasPrefix("\u{1B}[1mTitel \\e]0;t\\a\u{1B}[0m\n"))
    #expect(text.contains("    \u{1B}[38;5;226mGe geel    "))
    #expect(TerminalColouring.ansi(colours: 8).render(report).contains("\u{1B}[1;33mGe geel"))
    #expect(TerminalColouring(colours: 0) == .none)
    #expect(TerminalColouring(colours: 8) == .ansi(colours: 8))
  }
}
