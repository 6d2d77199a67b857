/// How much one wall can show: the size of its terminal, as `tafel wall` tells its Tafel. The
/// projection sends a long list only as far as a wall this size could draw it, so what crosses
/// the socket per key stays in proportion to the picture, not to the workshop (a thousand people
/// on the Team screen are some 100 kB; the page a wall can show is a few kB).
public struct WallFit: Equatable, Sendable, Codable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
  }

  /// The most rows of a list a wall this size draws: its columns of `WallFit.columnWidth` cells
  /// times its height, more than any part of it holds. Sending this many leaves the picture
  /// exactly as the whole list would.
  public var listRows: Int { max(1, width / Self.columnWidth) * height }

  /// The narrowest column the wall flows a list into (`WallPainter.drawEntries`).
  public static let columnWidth = 28

  /// The larger of two walls in each direction: one snapshot serves both.
  public func union(_ other: WallFit) -> WallFit {
    WallFit(width: max(width, other.width), height: max(height, other.height))
  }
}

extension WallFit {
  /// A wall as large as this terminal.
  public init(_ size: Size) { self.init(width: size.width, height: size.height) }
}
