import TafelCore
import TafelUI
import Testing

@testable import TafelTerminal

/// The first frame as bytes, with readable stand-ins for the terminal's strings: `<y,x>` moves
/// the cursor, `<0>` turns attributes off, `<op>` gives back the terminal's colours.
@Suite struct FrameBytesTests {
  private static let palette = ColourPalette(depth: 256, background: .dark, defaultColours: true)

  private static var vocabulary: FrameVocabulary {
    FrameVocabulary(
      clear: Array("<clear>".utf8), reset: Array("<0>".utf8), originalColours: Array("<op>".utf8),
      bold: Array("<b>".utf8),
      dim: Array("<d>".utf8), reverse: Array("<r>".utf8), underline: Array("<u>".utf8),
      foreground: { Array("<f\($0)>".utf8) }, background: { Array("<g\($0)>".utf8) },
      move: { Array("<\($0),\($1)>".utf8) })
  }

  private func bytes(
    _ grid: Grid, vocabulary: FrameVocabulary = Self.vocabulary, palette: ColourPalette = palette,
    blank: Rendition? = nil
  ) -> String? {
    let frame = FrameBytes.of(
      grid, vocabulary: vocabulary, blank: blank, rendition: { palette.rendition(for: $0) },
      glyph: { cell, room in
        let columns = DisplayWidth.of(cell.character)
        guard columns <= room else { return (Array(" ".utf8), 1) }
        return (Array(String(cell.character).utf8), columns)
      })
    return frame.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func everyCellIsWrittenAndTheStyleChangesOnlyWhereItDoes() {
    var grid = Grid(size: Size(width: 4, height: 2))
    grid.write("ab", x: 0, y: 0)
    grid.write("cd", x: 2, y: 0, style: Style(bold: true))
    grid.write("x", x: 2, y: 1, style: Style(foreground: .drive(.blue)))
    #expect(bytes(grid) == "<0,0>ab<0><b>cd<1,0><0>  <0><f33>x<0><op> <0,0>")
  }

  @Test func blanksTheScreenShowsAlreadyArePassedOver() {
    var grid = Grid(size: Size(width: 10, height: 3))
    grid.write("ab", x: 0, y: 0)
    grid.write("cd", x: 8, y: 0)
    grid.write("e", x: 9, y: 2)
    #expect(bytes(grid, blank: Rendition(colours: .original)) == "<0,0>ab<0,8>cd<2,9>e<0,0>")
  }

  @Test func aFewBlanksAreWrittenRatherThanMovedAcross() {
    var grid = Grid(size: Size(width: 8, height: 1))
    grid.write("a    b", x: 0, y: 0)
    #expect(bytes(grid, blank: Rendition(colours: .original)) == "<0,0>a    b<0,0>")
    grid.write("a     b", x: 0, y: 0)
    #expect(bytes(grid, blank: Rendition(colours: .original)) == "<0,0>a<0,6>b<0,0>")
  }

  @Test func blanksAreMovedAcrossWhileTheTerminalIsInAnotherStyle() {
    var grid = Grid(size: Size(width: 4, height: 1))
    grid.write("a", x: 0, y: 0, style: Style(bold: true))
    grid.write("b", x: 2, y: 0, style: Style(bold: true))
    #expect(bytes(grid, blank: Rendition(colours: .original)) == "<0,0><0><b>a<0,2>b<0><0,0>")
  }

  @Test func blanksInAnotherColourAreWritten() {
    var grid = Grid(size: Size(width: 3, height: 1))
    grid.write(" ", x: 1, y: 0, style: Style(background: .drive(.red)))
    #expect(bytes(grid, blank: Rendition(colours: .original)) == "<0,1><0><g196> <0><op><0,0>")
  }

  @Test func theFrameEndsWithTheTerminalsOwnColoursAndTheCursorHome() {
    var grid = Grid(size: Size(width: 3, height: 1))
    grid.write("abc", x: 0, y: 0, style: Style(foreground: .white, background: .drive(.red)))
    #expect(bytes(grid) == "<0,0><0><f231><g196>abc<0><op><0,0>")
  }

  @Test func everyAttributeAndBothColoursGoOutTogether() {
    var grid = Grid(size: Size(width: 1, height: 1))
    grid.write(
      "!", x: 0, y: 0,
      style: Style(
        foreground: .black, background: .grey, bold: true, reverse: true, underline: true,
        dim: true))
    #expect(bytes(grid) == "<0,0><0><b><d><r><u><f16><g245>!<0><op><0,0>")
  }

  @Test func withoutColourOnlyTheAttributesChange() {
    var grid = Grid(size: Size(width: 2, height: 1))
    grid.write("a", x: 0, y: 0, style: Style(foreground: .drive(.blue), underline: true))
    let monochrome = ColourPalette(depth: 0, background: .dark, defaultColours: false)
    #expect(bytes(grid, palette: monochrome) == "<0,0><0><u>a<0> <0,0>")
  }

  @Test func aWideCharacterTakesItsTwoColumnsOnce() {
    var grid = Grid(size: Size(width: 4, height: 1))
    grid.write("日本", x: 0, y: 0)
    #expect(bytes(grid) == "<0,0>日本<0,0>")
  }

  @Test func aStretchOfOneGlyphStopsWhereItsStyleDoes() {
    var grid = Grid(size: Size(width: 7, height: 1))
    grid.write("a──", x: 0, y: 0)
    grid.write("──", x: 3, y: 0, style: Style(bold: true))
    grid.write("─b", x: 5, y: 0)
    #expect(bytes(grid) == "<0,0>a──<0><b>──<0>─b<0,0>")
  }

  @Test func aSecondHalfWithNothingBeforeItIsBlank() {
    var grid = Grid(size: Size(width: 3, height: 1))
    grid.write("a", x: 0, y: 0)
    grid[1, 0] = Cell(" ", isContinuation: true)
    grid.write("b", x: 2, y: 0)
    #expect(bytes(grid) == "<0,0>a b<0,0>")
  }

  @Test func aWideGlyphOverTheNextCharacterIsLeftToNcurses() {
    var grid = Grid(size: Size(width: 3, height: 1))
    grid[0, 0] = Cell("日")
    grid[1, 0] = Cell("x")
    #expect(bytes(grid) == nil)
  }

  @Test func aGlyphThatCannotBeWrittenIsLeftToNcurses() {
    var grid = Grid(size: Size(width: 2, height: 1))
    grid.write("ë", x: 0, y: 0)
    let frame = FrameBytes.of(
      grid, vocabulary: Self.vocabulary, rendition: { Self.palette.rendition(for: $0) },
      glyph: { _, _ in nil })
    #expect(frame == nil)
  }

  @Test func anAttributeTheTerminalHasNoStringForIsLeftToNcurses() {
    var grid = Grid(size: Size(width: 2, height: 1))
    grid.write("a", x: 0, y: 0, style: Style(dim: true))
    var vocabulary = Self.vocabulary
    vocabulary.dim = nil
    #expect(bytes(grid, vocabulary: vocabulary) == nil)
    vocabulary = Self.vocabulary
    vocabulary.foreground = { _ in nil }
    grid.write("a", x: 0, y: 0, style: Style(foreground: .drive(.green)))
    #expect(bytes(grid, vocabulary: vocabulary) == nil)
  }

  @Test func colourThatCannotBeTakenBackIsLeftToNcurses() {
    var grid = Grid(size: Size(width: 2, height: 1))
    grid.write("a", x: 0, y: 0, style: Style(foreground: .drive(.green)))
    var vocabulary = Self.vocabulary
    vocabulary.originalColours = nil
    #expect(bytes(grid, vocabulary: vocabulary) == nil)
  }
}
