import TafelQR

/// A QR code drawn in half blocks: each cell holds two modules, one above the other, so a module
/// is about square on a terminal whose cells are twice as tall as wide. Black on white whatever
/// the theme, since phone cameras look for dark modules on a light ground, with the quiet zone of
/// four light modules around it that the standard asks for (a dark terminal background right
/// against the code keeps it from being found).
public struct QRPicture: Equatable, Sendable {
  public static let quietZone = 4
  public static let style = Style(foreground: .black, background: .white)

  public let modules: [[Bool]]

  public init(modules: [[Bool]]) { self.modules = modules }

  public init?(_ text: String) {
    guard let code = QRCode(text) else { return nil }
    self.init(modules: code.modules)
  }

  /// The side in modules, quiet zone included.
  public var side: Int { modules.count + 2 * Self.quietZone }

  /// The cells it takes with each module `scale` columns wide and `scale` half rows high.
  public func size(scale: Int) -> Size {
    let pixels = side * max(1, scale)
    return Size(width: pixels, height: (pixels + 1) / 2)
  }

  /// The largest scale at which it fits in `space`, or nil when even one column per module does
  /// not fit.
  public func scale(fitting space: Size) -> Int? {
    var scale = 0
    while size(scale: scale + 1).width <= space.width,
      size(scale: scale + 1).height <= space.height
    {
      scale += 1
    }
    return scale > 0 ? scale : nil
  }

  public func draw(at x: Int, y: Int, scale: Int, into grid: inout Grid) {
    let scale = max(1, scale)
    let size = size(scale: scale)
    for row in 0..<size.height {
      var line = ""
      for column in 0..<size.width {
        let top = isDark(column / scale, (2 * row) / scale)
        let bottom = isDark(column / scale, (2 * row + 1) / scale)
        line.append(top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " "))
      }
      grid.write(line, x: x, y: y + row, style: Self.style)
    }
  }

  /// Whether the module at (x, y), counted from the quiet zone's corner, is dark; outside the
  /// code (the quiet zone, and the half row below an odd side) it is light.
  private func isDark(_ x: Int, _ y: Int) -> Bool {
    let column = x - Self.quietZone
    let row = y - Self.quietZone
    guard row >= 0, row < modules.count, column >= 0, column < modules.count else { return false }
    return modules[row][column]
  }
}
