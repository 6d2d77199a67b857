/// How many terminal columns a character takes: the number ncurses and the terminal give it.
/// Both measure with the C library's `wcwidth`, so the table is glibc's
/// (`DisplayWidth+Table.swift`). A grapheme of several code points takes the columns of what
/// `TerminalGlyph` sends for it, never a guess about how a terminal joins them.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    if value < 0x80 { return value < 0x20 || value == 0x7F ? 0 : 1 }
    if TerminalGlyph.isRegionalIndicator(value), scalars.count > 1 { return 2 }
    return scalarWidth(value) ?? (isControl(value) ? 0 : 1)
  }

  public static func of(_ text: some StringProtocol) -> Int {
    // Most text on screen is printable ASCII: one column per byte, no grapheme walk needed.
    if isPrintableASCII(text) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// Whether every byte of `text` is printable ASCII (a space to `~`): each byte is then a
  /// character of one column.
  static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// `wcwidth` of one scalar in a UTF-8 locale; nil where it answers -1 (unprintable or not
  /// yet assigned in the C library's Unicode version).
  public static func scalarWidth(_ value: UInt32) -> Int? {
    if value >= 0x20, value < 0x7F { return 1 }
    if contains(unprintable, value) { return nil }
    if contains(zeroWidth, value) { return 0 }
    return contains(doubleWidth, value) ? 2 : 1
  }

  static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F..<0xA0).contains(value)
  }

  /// Whether `value` lies in one of the ranges of `table` (first and last of each, sorted).
  private static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
    var low = 0
    var high = table.count / 2
    while low < high {
      let middle = (low + high) / 2
      if value > table[2 * middle + 1] {
        low = middle + 1
      } else if value < table[2 * middle] {
        high = middle
      } else {
        return true
      }
    }
    return false
  }
}
