import Testing

@testable import TafelUI

/// The columns Tafel gives a grapheme are the columns ncurses and the terminal give what is
/// sent for it: `wcwidth` of its first character, with joined parts, skin tones and variation
/// selectors left out and a flag sent as two one-column letters.
@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1, "a"), ("ë", 1, "ë"), ("e\u{301}", 1, "e\u{301}"), ("漢", 2, "漢"),
    ("🚀", 2, "🚀"), ("👩‍⚕️", 2, "👩"), ("👨‍👩‍👧‍👦", 2, "👨"), ("👍🏽", 2, "👍"),
    ("🇳🇱", 2, "🇳🇱"), ("❤️", 1, "❤"), ("🏳️‍🌈", 1, "🏳"), ("\u{1FAE8}", 1, "\u{FFFD}"),
    ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 2, "🏴"), ("\u{7}", 0, ""),
  ])
  func aGraphemeTakesTheColumnsOfWhatIsSent(text: String, columns: Int, sent: String) {
    let character = Character(text)
    #expect(DisplayWidth.of(character) == columns)
    let glyph = TerminalGlyph(character)
    #expect(glyph.text == sent)
    #expect(glyph.width == columns)
  }

  @Test func aFlagIsSentAsTwoLettersOfOneColumnEach() {
    let glyph = TerminalGlyph("🇳🇱")
    #expect(glyph.pieces == [["\u{1F1F3}"], ["\u{1F1F1}"]])
    #expect(glyph.widths == [1, 1])
  }

  @Test func aLetterKeepsAtMostFourMarksAsACellHolds() {
    let laden = Character("e" + String(repeating: "\u{301}", count: 9))
    #expect(TerminalGlyph(laden).pieces == [Array("e\u{301}\u{301}\u{301}\u{301}".unicodeScalars)])
  }

  @Test func textWidthAddsItsGraphemes() {
    #expect(DisplayWidth.of("Zorg 🚀 Coöperatie 👩‍⚕️") == 21)
    #expect(DisplayWidth.of("Vlag 🇳🇱🇧🇪") == 9)
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("a🚀🚀b", x: 0, y: 0)
    // Over the right half of the first rocket, then the right half of the second: each loses
    // its left half too, and no column is left that the terminal would never be told to redraw.
    grid.write("x", x: 2, y: 0)
    #expect(grid.rowText(0) == "a x🚀b")
    grid.write("y", x: 4, y: 0)
    #expect(grid.rowText(0) == "a x yb")
    #expect((0..<6).allSatisfy { !grid[$0, 0].isContinuation })
    // Over the left half: the right half becomes an ordinary space.
    grid.write("🚀", x: 1, y: 0)
    grid.write("z", x: 1, y: 0)
    #expect(grid.rowText(0) == "az  yb")
    #expect((0..<6).allSatisfy { !grid[$0, 0].isContinuation })
    grid.write("🚀", x: 2, y: 0)
    grid.fill(Rect(x: 3, y: 0, width: 1, height: 1), with: "-")
    #expect(grid.rowText(0) == "az -yb")
  }
}
