import TafelUI

/// A frame repeats its few other characters (bars, borders, accents) many times; working out
/// their glyphs once per frame took a fifth of painting the first one. Kept with the columns
/// they need, so a column near the edge takes them only where they fit. A short list, searched
/// from the last one found, by the cell's number for its character: comparing `Character`s, or
/// hashing them for a dictionary, cost more than the search.
///
/// `Glyph` is what the painter makes of a character: wide strings for ncurses, or the bytes a
/// first frame is written with (`FrameBytes`).
struct GlyphCache<Glyph> {
  private var entries: [(code: UInt32, glyph: Glyph, columns: Int)] = []
  private var last = 0

  /// What draws `cell`'s character within `room` columns: a kept one, or what `make` works out
  /// (kept when the character fits, which any room it fits in then gets too).
  mutating func glyph(of cell: Cell, room: Int, make: (Character, Int) -> Glyph) -> Glyph {
    let code = cell.characterCode
    if let found = find(code), entries[found].columns <= room {
      last = found
      return entries[found].glyph
    }
    let character = cell.character
    let glyph = make(character, room)
    let needs = DisplayWidth.of(character)
    if needs <= room {
      last = entries.count
      entries.append((code, glyph, needs))
    }
    return glyph
  }

  /// Where `code` is kept, looking first at the last one found (runs of one character, such as
  /// a border, are common) and then from the beginning.
  private func find(_ code: UInt32) -> Int? {
    if last < entries.count, entries[last].code == code { return last }
    return entries.firstIndex { $0.code == code }
  }
}
