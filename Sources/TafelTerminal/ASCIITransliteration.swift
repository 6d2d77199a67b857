import TafelUI

/// Rewrites text for a terminal whose locale is not UTF-8. ncurses silently drops characters it
/// cannot convert, so "Hoëvenaars" would show as "Hovenaars" and bars would disappear; instead
/// Latin letters lose their diacritics ("ë" → "e"), box lines become `-`, `|` and `+`, and block
/// glyphs become `#` or a space by how full they are.
public enum ASCIITransliteration {
  /// `text` with every character replaced by its ASCII stand-in, for running text. May be
  /// longer than the original ("…" → "...").
  public static func transliterate(_ text: some StringProtocol) -> String {
    text.reduce(into: "") { $0 += replacement(for: $1) }
  }

  /// Exactly `columns` ASCII characters for one grid cell, so the layout does not shift.
  public static func cell(_ character: Character, columns: Int) -> String {
    let text = replacement(for: character).prefix(columns)
    return text + String(repeating: " ", count: max(0, columns - text.count))
  }

  /// The ASCII stand-in for one character; "?" (one per column) when there is none.
  public static func replacement(for character: Character) -> String {
    if character.isASCII { return String(character) }
    guard let first = character.unicodeScalars.first else { return "" }
    // A decomposed letter (e + combining diaeresis) keeps its base letter.
    if first.isASCII { return String(Character(first)) }
    if let known = table[first] { return known }
    if let line = boxLine(first.value) { return line }
    return String(repeating: "?", count: max(1, DisplayWidth.of(character)))
  }

  private static let groups: [(String, String)] = [
    ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("Æ", "AE"), ("æ", "ae"),
    ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ÐĎĐ", "D"), ("ðďđ", "d"),
    ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"),
    ("ĤĦ", "H"), ("ĥħ", "h"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĳ", "IJ"), ("ĳ", "ij"),
    ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķĸ", "k"), ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"),
    ("ÑŃŅŇŊ", "N"), ("ñńņňŉŋ", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
    ("Œ", "OE"), ("œ", "oe"), ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşšſ", "s"),
    ("ß", "ss"), ("ŢŤŦ", "T"), ("ţťŧ", "t"), ("Þ", "Th"), ("þ", "th"),
    ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"),
    ("ÝŶŸ", "Y"), ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
    // Block elements by how much of the cell they fill: at least half is "#".
    ("█▉▊▋▌▐▀▄▓", "#"), ("▍▎▏", " "), ("▒", ":"), ("░", "."),
    ("▸▶►›", ">"), ("◂◀◄‹", "<"), ("▴▲", "^"), ("▾▼", "v"),
    ("·•∙", "."), ("…", "..."), ("–—−", "-"), ("‘’‚", "'"), ("“”„", "\""),
    ("«", "<<"), ("»", ">>"), ("×", "x"), ("÷", "/"), ("€", "EUR"), ("→", "->"), ("←", "<-"),
    ("✓✔", "v"), ("✗✘", "x"), ("\u{A0}", " "),
  ]

  private static let table: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    for (characters, replacement) in groups {
      for scalar in characters.unicodeScalars { table[scalar] = replacement }
    }
    return table
  }()

  /// Box drawing (U+2500–U+257F): horizontal lines, vertical lines, everything else a corner.
  private static func boxLine(_ value: UInt32) -> String? {
    switch value {
    case 0x2550: return "="
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2574, 0x2576, 0x2578,
      0x257A, 0x257C, 0x257E:
      return "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577,
      0x2579, 0x257B, 0x257D, 0x257F:
      return "|"
    case 0x2500...0x257F: return "+"
    default: return nil
    }
  }
}
