import Synchronization

/// Numbers for the characters of several Unicode scalars a cell holds ("e" with a combining
/// diaeresis, a flag, a family emoji), so that `Cell` stays plain bytes: each gets a number past
/// the last Unicode scalar the first time it is drawn, and keeps it for the life of the process.
enum Graphemes {
  /// The first number past the last Unicode scalar, U+10FFFF.
  static let firstCode: UInt32 = 0x11_0000
  /// So many different ones at most: text from a phone could otherwise make the table grow
  /// without end. Past it a grapheme shows as its first scalar (the text itself is unchanged).
  static let limit = 65_536

  private struct Table {
    var characters: [Character] = []
    var codes: [Character: UInt32] = [:]
  }

  private static let table = Mutex(Table())

  static func code(of character: Character) -> UInt32 {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 32 }
    if scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
    return table.withLock { table in
      if let code = table.codes[character] { return code }
      guard table.characters.count < limit else { return first.value }
      let code = firstCode + UInt32(table.characters.count)
      table.characters.append(character)
      table.codes[character] = code
      return code
    }
  }

  static func character(for code: UInt32) -> Character {
    if code < firstCode { return Unicode.Scalar(code).map(Character.init) ?? " " }
    let index = Int(code - firstCode)
    return table.withLock { index < $0.characters.count ? $0.characters[index] : " " }
  }
}
