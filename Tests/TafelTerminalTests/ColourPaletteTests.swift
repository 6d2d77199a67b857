import Foundation
import TafelCore
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
    #expect(light == [178, 28, 202, 26, 124, 91])
    for (dark, light) in zip(numbers(palette(256)), light) { #expect(dark != light) }
  }

  /// A projector mixes white into everything and flattens hue first; what keeps orange and red
  /// apart is lightness. With 40% white mixed in, every pair of drive colours stays clearly
  /// apart, orange and red differ by at least 15 in lightness (166 and 160: 12), and all but
  /// yellow keep a contrast of 3:1 against white for their letters.
  @Test func lightColoursStayApartOnAWashedOutProjector() throws {
    let drives: [DriveColour] = [.yellow, .green, .orange, .blue, .red, .purple]
    let colours = try numbers(palette(256, .light)).map { try #require($0) }
    let washed = colours.map { Lab(xterm: Int($0), whiteMixed: 0.4) }
    for i in washed.indices {
      for j in washed.indices where j > i {
        #expect(washed[i].distance(to: washed[j]) >= 30, "\(drives[i]) and \(drives[j])")
      }
    }
    let (orange, red) = (washed[2], washed[4])
    #expect(orange.lightness - red.lightness >= 15)
    for (drive, number) in zip(drives, colours) where drive != .yellow {
      #expect(Lab(xterm: Int(number)).contrastOnWhite >= 3, "\(drive)")
    }
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

/// CIE L*a*b* of an xterm 256-colour number, to judge how far apart two colours look.
private struct Lab {
  var lightness: Double
  var a: Double
  var b: Double
  var luminance: Double

  init(xterm number: Int, whiteMixed white: Double = 0) {
    let steps: [Double] = [0, 95, 135, 175, 215, 255]
    let index = number - 16
    let rgb = [steps[index / 36], steps[(index / 6) % 6], steps[index % 6]].map {
      $0 + (255 - $0) * white
    }
    let linear = rgb.map { value -> Double in
      let c = value / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    let x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047
    let y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    let z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883
    func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
    lightness = 116 * f(y) - 16
    a = 500 * (f(x) - f(y))
    b = 200 * (f(y) - f(z))
    luminance = y
  }

  func distance(to other: Lab) -> Double {
    ((lightness - other.lightness) * (lightness - other.lightness) + (a - other.a) * (a - other.a)
      + (b - other.b) * (b - other.b)).squareRoot()
  }

  var contrastOnWhite: Double { 1.05 / (luminance + 0.05) }
}
