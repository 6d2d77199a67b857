import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The join panel in the wall's three sizes: the code is read back as the address, the address
/// and the room code are there as text, and where the terminal cannot draw a readable code the
/// address and code stand in block letters instead.
@Suite struct JoinPanelTests {
  static let join = JoinInfo(url: "http://192.168.178.123:49152/", code: "K7QX")
  static let sizes = [
    Size(width: 80, height: 24), Size(width: 120, height: 36),
    Size(width: 160, height: 45),
  ]

  static func drawn(
    _ size: Size, theme: Theme.Kind = .dark, unicode: Bool = true, language: Language = .nl
  ) -> Grid {
    var grid = Grid(size: size)
    JoinPanel.draw(
      join, in: Rect(size: size), into: &grid, context: UIFixtures.context(theme, unicode: unicode),
      language: language)
    return grid
  }

  @Test(arguments: sizes) func theCodeReadsAsTheAddressAndTheTextIsThere(size: Size) throws {
    for theme in [Theme.Kind.dark, .light] {
      let grid = Self.drawn(size, theme: theme)
      #expect(try QRScanner.decode(grid) == [Self.join.url + "K7QX"], "\(size) \(theme)")
      #expect(grid.text.contains("http://192.168.178.123:49152"))
      #expect(grid.text.contains("Zaalcode"))
    }
  }

  /// The larger the wall, the larger the code: a camera at the back of the room needs modules
  /// as large as the screen allows (in whole cells, so 160x45 is no taller than 120x36 allows).
  @Test func theCodeGrowsWithTheWall() {
    let widths = Self.sizes.map { size in
      let grid = Self.drawn(size)
      return (0..<size.height).map { y in
        (0..<size.width).filter { grid[$0, y].style == QRPicture.style }.count
      }.max() ?? 0
    }
    #expect(widths[0] < widths[1] && widths[1] <= widths[2], "\(widths)")
  }

  @Test func englishWallsSayItInEnglish() {
    let text = Self.drawn(Size(width: 120, height: 36), language: .en).text
    #expect(text.contains("Room code"))
    #expect(text.contains("Join on your phone"))
  }

  /// No colour, or no block characters: no code a camera could read, so none is drawn; the
  /// address and the code are in block letters.
  @Test(arguments: sizes) func withoutColourOrBlocksTheAddressIsInBlockLetters(size: Size) throws {
    for (theme, unicode) in [(Theme.Kind.monochrome, true), (.dark, false)] {
      let grid = Self.drawn(size, theme: theme, unicode: unicode)
      #expect(try QRScanner.decode(grid) == [])
      let ink: Character = unicode ? "█" : "#"
      let text = grid.text
      #expect(!text.contains("▀") && !text.contains("▄"))
      for part in ["192.168.178.123", "49152", "K7QX"] {
        #expect(text.contains(Self.bigRows(part, ink: ink)), "\(part) in block letters at \(size)")
      }
      #expect(text.contains("http://"))
    }
  }

  /// The first row of `text` in block letters, as the grid holds it.
  static func bigRows(_ text: String, ink: Character) -> String {
    let row = BigText.rows(text)[0].map { $0 == "#" ? ink : " " }
    return String(row).trimmingCharacters(in: .whitespaces)
  }
}
