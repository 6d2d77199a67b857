import TafelUI
import Testing

@testable import TafelTerminal

@Suite struct ColourPaletteTests {
  private func palette(_ depth: Int, _ background: NcursesTerminal.Background = .dark)
    -> ColourPalette
  {
    ColourPalette(depth: depth, background: background, defaultColours: true)
  }

  private func numbers(_ palette: ColourPalette) -> [Int16?] {
    [.yellow, .green, .orange, .blue, .red, .purple].map {
      palette.choice(for: .drive($0), asBackground: false)?.number
    }
  }

  @Test func twoHundredFiftySixColoursHaveRealOrange() {
    #expect(numbers(palette(256)) == [226, 40, 208, 33, 196, 129])
  }

  @Test func sixteenColoursUseDarkYellowForOrange() {
    #expect(numbers(palette(16)) == [11, 10, 3, 12, 9, 13])
  }

  @Test func eightColoursTellYellowFromOrangeByBold() {
    let eight = palette(8)
    #expect(numbers(eight) == [3, 2, 3, 4, 1, 5])
    #expect(eight.choice(for: .drive(.yellow), asBackground: false)?.bold == true)
    #expect(eight.choice(for: .drive(.orange), asBackground: false)?.bold == false)
  }

  @Test func lightBackgroundUsesDarkerColours() {
    let light = numbers(palette(256, .light))
    #expect(light == [178, 28, 166, 26, 160, 91])
    for (dark, light) in zip(numbers(palette(256)), light) { #expect(dark != light) }
  }

  @Test func whiteAndBlackAreLiteralOnBothBackgrounds() {
    for background in [NcursesTerminal.Background.dark, .light] {
      #expect(palette(256, background).choice(for: .white, asBackground: false)?.number == 231)
      #expect(palette(256, background).choice(for: .black, asBackground: true)?.number == 16)
    }
    #expect(palette(16).choice(for: .white, asBackground: false)?.number == 15)
    #expect(palette(8).choice(for: .white, asBackground: false)?.number == 7)
  }

  @Test func greyIsDimWhiteBelowTwoHundredFiftySix() {
    #expect(palette(256).choice(for: .grey, asBackground: false) == ColourChoice(number: 245))
    #expect(
      palette(8).choice(for: .grey, asBackground: false) == ColourChoice(number: 7, dim: true))
  }

  @Test func defaultColoursStayTheTerminalsOnDark() {
    #expect(palette(256).choice(for: .terminalDefault, asBackground: true)?.number == -1)
    let noDefaults = ColourPalette(depth: 8, background: .dark, defaultColours: false)
    #expect(noDefaults.choice(for: .terminalDefault, asBackground: true)?.number == 0)
    #expect(noDefaults.choice(for: .terminalDefault, asBackground: false)?.number == 7)
  }

  @Test func lightThemeForcesBlackOnWhiteForTheDefaultColours() {
    let light = palette(256, .light)
    #expect(
      light.rendition(for: .plain).colours == ColourPairKey(foreground: 16, background: 231))
    let eight = ColourPalette(depth: 8, background: .light, defaultColours: true)
    #expect(eight.rendition(for: .plain).colours == ColourPairKey(foreground: 0, background: 7))
  }

  @Test func monochromeKeepsOnlyAttributes() {
    let style = Style(foreground: .drive(.orange), background: .grey, bold: true, underline: true)
    let rendition = palette(0).rendition(for: style)
    #expect(rendition == Rendition(bold: true, underline: true, colours: nil))
  }

  @Test func eightColourYellowTextTurnsBold() {
    let rendition = palette(8).rendition(for: Style(foreground: .drive(.yellow)))
    #expect(
      rendition == Rendition(bold: true, colours: ColourPairKey(foreground: 3, background: -1)))
  }
}

@Suite struct ColourPairsTests {
  @Test func pairsAreAllocatedOnceAndFallBackToZeroWhenExhausted() {
    var pairs = ColourPairs(limit: 3, pairZero: ColourPairKey(foreground: -1, background: -1))
    let orange = ColourPairKey(foreground: 208, background: -1)
    let blue = ColourPairKey(foreground: 33, background: -1)
    #expect(pairs.number(for: ColourPairKey(foreground: -1, background: -1)) == (0, false))
    #expect(pairs.number(for: orange) == (1, true))
    #expect(pairs.number(for: orange) == (1, false))
    #expect(pairs.number(for: blue) == (2, true))
    #expect(pairs.number(for: ColourPairKey(foreground: 196, background: -1)) == (0, false))
  }
}
