import TafelCore
import Testing

@testable import TafelUI

@Suite struct GridTests {
  @Test func aRowComesInRunsOfOneStyleUpToTheWidthAsked() {
    var grid = Grid(size: Size(width: 8, height: 2))
    let bold = Style(bold: true)
    grid.write("ab", x: 2, y: 0, style: bold)
    grid.write("c", x: 5, y: 0, style: bold)
    var ends: [Int] = []
    var start = 0
    while start < 7 {
      start = grid.styleRunEnd(row: 0, from: start, width: 7)
      ends.append(start)
    }
    #expect(ends == [2, 4, 5, 6, 7])
    #expect(grid.styleRunEnd(row: 1, from: 3, width: 20) == 8)
    #expect(grid.styleRunEnd(row: 2, from: 0, width: 8) > 0)
    #expect(grid.styleRunEnd(row: 0, from: 9, width: 8) > 9)
  }

  @Test func everyStyleHasItsOwnBitsAndTheyFitInOneNumber() {
    // Finding a row's runs compares styles by their bytes: a new field that breaks that
    // (a payload, a wider type) must be looked at, not pass unnoticed.
    #expect(MemoryLayout<Style>.size <= MemoryLayout<UInt64>.size)
    let colours: [PaletteColour] =
      [.terminalDefault, .black, .white, .grey] + DriveColour.allCases.map { .drive($0) }
    var seen: [UInt64: Style] = [:]
    for foreground in colours {
      for background in colours {
        for flags in 0..<16 {
          let style = Style(
            foreground: foreground, background: background, bold: flags & 1 != 0,
            reverse: flags & 2 != 0, underline: flags & 4 != 0, dim: flags & 8 != 0)
          #expect(seen[style.bits] == nil, "\(style) has the bits of another style")
          seen[style.bits] = style
          var copy = Style()
          copy.foreground = foreground
          copy.background = background
          copy.bold = style.bold
          copy.reverse = style.reverse
          copy.underline = style.underline
          copy.dim = style.dim
          #expect(copy.bits == style.bits)
        }
      }
    }
    #expect(seen.count == colours.count * colours.count * 16)
  }

  @Test func textIsWrittenAndClippedToTheLimit() {
    var grid = Grid(size: Size(width: 10, height: 2))
    #expect(grid.write("Hoëvenaars, Anouk", x: 1, y: 0, limit: 8) == 8)
    #expect(grid.rowText(0) == " Hoëvenaa")
    #expect(grid.rowText(1) == "")
  }

  @Test func combiningMarksStayWithTheirLetter() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("U\u{308}nal", x: 0, y: 0)
    #expect(grid.rowText(0) == "Ünal")
    #expect(grid[4, 0] == .blank)
  }

  /// A cell keeps a character of several scalars whole, though it stores plain bytes.
  @Test func aCellKeepsEveryScalarOfItsCharacter() {
    let decomposed: Character = "e\u{301}"
    let flag: Character = "\u{1F1F3}\u{1F1F1}"
    let family: Character = "\u{1F469}\u{200D}\u{1F467}"
    for character in [decomposed, flag, family, "ë", "a", "漢"] {
      let cell = Cell(character)
      #expect(Array(cell.character.unicodeScalars) == Array(character.unicodeScalars))
      #expect(cell == Cell(character))
      #expect(cell.printableASCII == (character == "a" ? 97 : nil))
    }
    var changed = Cell("x", style: Style(bold: true))
    changed.character = flag
    #expect(changed.character == flag && changed.style.bold)
    #expect(Cell(" ").printableASCII == 32 && Cell("~").printableASCII == 126)
    #expect(Cell("\u{7F}").printableASCII == nil)
  }

  @Test func wideCharactersTakeTwoCellsOrNone() {
    var grid = Grid(size: Size(width: 5, height: 1))
    #expect(grid.write("a漢b", x: 0, y: 0) == 4)
    #expect(grid[2, 0].isContinuation)
    #expect(grid.rowText(0) == "a漢b")
    var narrow = Grid(size: Size(width: 2, height: 1))
    #expect(narrow.write("a漢", x: 0, y: 0) == 1)
  }

  /// Printable ASCII takes a shorter way into the grid than other text, and lands the same:
  /// over half a wide character, from left of the grid, clipped to the limit and to the edge.
  @Test func asciiTextLandsAsOtherTextDoes() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("漢漢漢", x: 0, y: 0)
    #expect(grid.write("ab", x: 1, y: 0) == 2)
    #expect(grid.rowText(0) == " ab 漢")
    #expect(!grid[3, 0].isContinuation && grid[5, 0].isContinuation)
    #expect(grid.write("wxyz", x: -2, y: 0) == 4)
    #expect(grid.rowText(0) == "yzb 漢")
    #expect(grid.write("abcdef", x: 1, y: 0, limit: 3) == 3)
    #expect(grid.rowText(0) == "yabc漢")
    #expect(grid.write("abcdef", x: 3, y: 0) == 3)
    #expect(grid.rowText(0) == "yababc")
    #expect(grid.write("ab", x: 6, y: 0) == 0)
    #expect(grid.write("ab", x: -5, y: 0) == 2)
    #expect(grid.write("ab", x: 2, y: 0, limit: -1) == 0)
    #expect(grid.rowText(0) == "yababc")
  }

  @Test func drawingOutsideTheGridIsIgnored() {
    var grid = Grid(size: Size(width: 3, height: 1))
    grid.write("xyz", x: -1, y: 0)
    grid.write("zzz", x: 0, y: 5)
    grid.fill(Rect(x: 2, y: 0, width: 10, height: 10), with: "#")
    #expect(grid.text == "yz#")
  }

  @Test func aOneByOneGridTakesAnything() {
    var grid = Grid(size: Size(width: 1, height: 1))
    grid.write("Gebrek aan focus", x: 0, y: 0)
    grid.fill(Rect(x: -5, y: -5, width: 20, height: 20), with: "█")
    #expect(grid.text == "█")
    #expect(Grid(size: Size(width: 0, height: 0)).text == "")
  }

  /// The full-screen path: a control character from the data never gets into a cell, so the
  /// terminal backend cannot send it.
  @Test func controlCharactersNeverReachACell() {
    var grid = Grid(size: Size(width: 40, height: 1))
    let written = grid.write("Evil \u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}\r\n\u{0}x", x: 0, y: 0)
    #expect(grid.rowText(0) == "Evil ]0;pwned[2Jx")
    #expect(written == 17)
    let controls = grid.cells.flatMap(\.character.unicodeScalars).filter {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty)
  }
}
