import Foundation

@testable import TafelUI

/// What a phone camera sees of a grid: each cell becomes a block of pixels, its upper and lower
/// half coloured by the half blocks it holds, and the picture is read by `zbarimg` (Debian's
/// zbar-tools), an independent QR decoder. Cells in the terminal's default colours count as a
/// dark terminal (black ground, light text), so a code without its own quiet zone fails.
enum QRScanner {
  /// Pixels per half cell: a cell is `pixels` wide and twice that tall.
  static let pixels = 6

  /// The grid as a binary PGM (P5) picture, 0 black and 255 white.
  static func pgm(_ grid: Grid) -> Data {
    let width = grid.size.width * pixels
    let height = grid.size.height * 2 * pixels
    var bytes = [UInt8](repeating: 0, count: width * height)
    for y in 0..<grid.size.height {
      for x in 0..<grid.size.width {
        let (top, bottom) = halves(grid[x, y])
        for (half, grey) in [top, bottom].enumerated() {
          for row in 0..<pixels {
            let start = ((2 * y + half) * pixels + row) * width + x * pixels
            for column in 0..<pixels { bytes[start + column] = grey }
          }
        }
      }
    }
    var data = Data("P5\n\(width) \(height)\n255\n".utf8)
    data.append(contentsOf: bytes)
    return data
  }

  /// The grey of a cell's upper and lower half.
  static func halves(_ cell: Cell) -> (UInt8, UInt8) {
    var foreground = grey(cell.style.foreground, background: false)
    var background = grey(cell.style.background, background: true)
    if cell.style.reverse { swap(&foreground, &background) }
    switch cell.character {
    case "█": return (foreground, foreground)
    case "▀": return (foreground, background)
    case "▄": return (background, foreground)
    case " ": return (background, background)
    // Any other character is mostly ground with some ink: too thin to be a module.
    default: return (background, background)
    }
  }

  static func grey(_ colour: PaletteColour, background: Bool) -> UInt8 {
    switch colour {
    case .black: 0
    case .white: 255
    case .grey: 128
    case .drive: 100
    case .terminalDefault: background ? 0 : 200
    }
  }

  /// What zbarimg reads in the grid: one line per code found, empty when none.
  static func decode(_ grid: Grid) throws -> [String] {
    try decode(pgm: pgm(grid))
  }

  static func decode(pgm: Data) throws -> [String] {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("tafel-qr-\(UUID().uuidString).pgm")
    try pgm.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
    process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
