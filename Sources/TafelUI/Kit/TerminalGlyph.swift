/// What goes to the terminal for one grapheme. ncurses keeps one spacing character per cell and
/// drops every further one, and terminals disagree on how wide a joined emoji is (tmux draws
/// 👩‍⚕️ in two columns, xterm in three, 👍🏽 in four where kitty uses two). So only what every
/// terminal measures the same is sent: the first character with its combining marks. Joined
/// parts, skin tones and variation selectors are left out, and a flag is sent as its two
/// letters, one column each, which terminals either draw as they are or join into one flag two
/// columns wide. The border after it stays where it is either way.
public struct TerminalGlyph: Equatable, Sendable {
  /// The scalars of each piece, drawn from successive columns.
  public let pieces: [[Unicode.Scalar]]
  /// The columns each piece takes, as `wcwidth` measures its first scalar.
  public let widths: [Int]

  public var width: Int { widths.reduce(0, +) }

  static let replacement: Unicode.Scalar = "\u{FFFD}"

  public init(_ character: Character) {
    let scalars = Array(character.unicodeScalars)
    guard let first = scalars.first else {
      self.init(pieces: [], widths: [])
      return
    }
    if Self.isRegionalIndicator(first.value), scalars.count > 1 {
      self.init(pieces: [[first], [scalars[1]]], widths: [1, 1])
      return
    }
    guard let width = DisplayWidth.scalarWidth(first.value) else {
      // Unknown to the C library: ncurses would draw it its own way; a stand-in is one column.
      if DisplayWidth.isControl(first.value) {
        self.init(pieces: [], widths: [])
      } else {
        self.init(pieces: [[Self.replacement]], widths: [1])
      }
      return
    }
    guard width > 0 else {
      // A mark with nothing to sit on: like ncurses, leave it out.
      self.init(pieces: [], widths: [])
      return
    }
    var piece = [first]
    for scalar in scalars.dropFirst() {
      let value = scalar.value
      // After a joiner a terminal may draw the next part on top or beside; stop before it.
      if value == 0x200D || DisplayWidth.scalarWidth(value) != 0 { break }
      if Self.isSelectorOrTag(value) { continue }
      // A cell holds one spacing character and at most four combining ones.
      if piece.count < 5 { piece.append(scalar) }
    }
    self.init(pieces: [piece], widths: [width])
  }

  private init(pieces: [[Unicode.Scalar]], widths: [Int]) {
    self.pieces = pieces
    self.widths = widths
  }

  static func isRegionalIndicator(_ value: UInt32) -> Bool {
    (0x1F1E6...0x1F1FF).contains(value)
  }

  /// Variation selectors switch between text and emoji look, which changes the width in some
  /// terminals and not in others; tags spell out subdivision flags. Both are dropped.
  private static func isSelectorOrTag(_ value: UInt32) -> Bool {
    (0xFE00...0xFE0F).contains(value) || (0xE0000...0xE007F).contains(value)
      || (0xE0100...0xE01EF).contains(value)
  }

  /// The text the terminal shows, for tests and for anything that prints a grapheme alone.
  public var text: String {
    var result = ""
    for piece in pieces { result.unicodeScalars.append(contentsOf: piece) }
    return result
  }
}
