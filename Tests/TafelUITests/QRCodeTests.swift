import Foundation
import TafelCore
import TafelQR
import Testing

@testable import TafelUI

/// The join code as a camera reads it: drawn in half blocks into a grid, turned into a picture
/// and decoded by zbarimg, an independent reader; the text read must be the address exactly.
@Suite struct QRCodeTests {
  static let addresses = [
    "http://10.0.0.2:8737/", "http://192.168.178.123:49152/",
    "http://172.20.10.2:8737/?code=K7QX", "http://[fe80::1c2b:3aff:fe4d:5e6f]:8737/",
  ]

  @Test(arguments: addresses) func drawnCodeReadsAsTheAddress(address: String) throws {
    let picture = try #require(QRPicture(address))
    let size = picture.size(scale: 1)
    // A dark terminal around it: the code's own quiet zone must be what makes it readable.
    var grid = Grid(size: Size(width: size.width + 10, height: size.height + 6))
    picture.draw(at: 5, y: 3, scale: 1, into: &grid)
    #expect(try QRScanner.decode(grid) == [address])
  }

  @Test func aLargerScaleReadsTheSame() throws {
    let address = "http://192.168.1.20:8737/"
    let picture = try #require(QRPicture(address))
    for scale in 2...3 {
      let size = picture.size(scale: scale)
      var grid = Grid(size: Size(width: size.width + 4, height: size.height + 2))
      picture.draw(at: 2, y: 1, scale: scale, into: &grid)
      #expect(try QRScanner.decode(grid) == [address], "scale \(scale)")
    }
  }

  /// Without its quiet zone on a dark terminal a camera finds no code: the test reader is
  /// strict enough to notice a picture that only looks right.
  @Test func withoutTheQuietZoneNothingIsRead() throws {
    let address = "http://192.168.1.20:8737/"
    let picture = try #require(QRPicture(address))
    let size = picture.size(scale: 1)
    var grid = Grid(size: Size(width: size.width + 10, height: size.height + 6))
    picture.draw(at: 5, y: 3, scale: 1, into: &grid)
    let zone = QRPicture.quietZone
    for y in 0..<grid.size.height {
      for x in 0..<grid.size.width {
        let inside =
          x >= 5 + zone && x < 5 + size.width - zone && y >= 3 + zone / 2
          && y < 3 + size.height - zone / 2
        if !inside { grid[x, y] = Cell(" ") }
      }
    }
    #expect(try QRScanner.decode(grid) == [])
  }

  /// A room address is a small code: a camera at the back of the room reads large modules,
  /// and at one column per module it still fits an 80x24 terminal.
  @Test func anAddressIsASmallCodeAtLeastLevelM() throws {
    let code = try #require(QRCode("http://192.168.178.123:49152/"))
    #expect(code.version <= 3)
    #expect(code.level >= .medium)
    #expect(code.width == 17 + 4 * code.version)
    let picture = QRPicture(modules: code.modules)
    #expect(picture.size(scale: 1).width <= 80)
    #expect(picture.size(scale: 1).height <= 20)
  }

  /// When the text fits the same symbol at a higher level, the code takes it.
  @Test func aHigherLevelIsTakenWhenItCostsNoSize() throws {
    let medium = try #require(QRCode("http://10.0.0.2:8737/"))
    for level in QRCode.Level.allCases where level > medium.level {
      let higher = try #require(QRCode("http://10.0.0.2:8737/", minimumLevel: level))
      #expect(higher.version > medium.version, "\(level) would fit version \(medium.version)")
    }
  }

  @Test func nothingOrTooMuchMakesNoCode() {
    #expect(QRCode("") == nil)
    #expect(QRCode(String(repeating: "x", count: 3_000)) == nil)
  }
}
