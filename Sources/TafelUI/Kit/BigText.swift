import Foundation

/// Block letters five rows high, for what must be read from the back of the room in projector
/// mode: a card's title, the timer, an organisation's name. A letter with a diacritic keeps it
/// (COÖRDINATOR, not COORDINATOR): the letter is drawn four rows high under its mark, or above
/// a cedilla. Characters without a glyph are drawn as a space.
public enum BigText {
  public static let height = 5

  /// The rows of `text` in block letters, `#` marking ink; at most `width` columns wide (whole
  /// words that do not fit are left for the next line by the caller).
  public static func rows(_ text: String) -> [String] {
    var rows = Array(repeating: "", count: height)
    for character in text.uppercased() {
      let glyph = Self.glyph(for: character)
      for row in 0..<height {
        rows[row] += (row < glyph.count ? glyph[row] : "") + " "
      }
    }
    return rows.map { String($0.dropLast()) }
  }

  public static func width(_ text: String) -> Int { rows(text).first?.count ?? 0 }

  /// Draws `text` in block letters at (x, y), wrapping at spaces to fit `width`; returns the rows
  /// used. Falls back to plain bold text when even one word does not fit.
  @discardableResult
  public static func render(
    _ text: String, at x: Int, y: Int, width: Int, maxLines: Int = 2, into grid: inout Grid,
    style: Style, glyphs: Glyphs
  ) -> Int {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if Self.width(candidate) <= width {
        current = candidate
      } else {
        if !current.isEmpty { lines.append(current) }
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    guard !lines.isEmpty, lines.count <= maxLines, lines.allSatisfy({ Self.width($0) <= width })
    else {
      var plain = style
      plain.bold = true
      grid.write(text.uppercased(), x: x, y: y, style: plain, limit: width)
      return 1
    }
    var row = 0
    for line in lines {
      for (offset, pixels) in rows(line).enumerated() {
        let ink = String(pixels.map { Self.ink($0, glyphs) })
        grid.write(ink, x: x, y: y + row + offset, style: style, limit: width)
      }
      row += height + 1
    }
    return row - 1
  }

  /// What a pixel of a glyph is drawn with: `#` a full block, `^` and `_` the upper and lower
  /// half, which keep a mark apart from its letter (a full block in ASCII).
  private static func ink(_ pixel: Character, _ glyphs: Glyphs) -> Character {
    switch pixel {
    case "#": glyphs.full
    case "^": glyphs == .ascii ? glyphs.full : "▀"
    case "_": glyphs == .ascii ? glyphs.full : "▄"
    default: " "
    }
  }

  /// The five rows of `character`: its own glyph, or its base letter with the first mark it
  /// carries, or a space.
  static func glyph(for character: Character) -> [String] {
    if let glyph = font[character] { return glyph }
    let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
    guard let base = scalars.first.map(Character.init), let letter = font[base] else {
      return font[" "] ?? []
    }
    guard let mark = scalars.dropFirst().first, let dropped = compactRow[base],
      let pattern = marks[mark.value]
    else { return letter }
    let width = letter.first?.count ?? 0
    let markRow = pattern[min(max(width, 3), 5) - 3]
    var short = letter
    short.remove(at: dropped)
    return below.contains(mark.value) ? short + [markRow] : [markRow] + short
  }

  /// Which of its five rows a letter can do without and still read, to make room for a mark.
  private static let compactRow: [Character: Int] = [
    "A": 3, "E": 3, "I": 1, "O": 2, "U": 0, "C": 2, "N": 2, "Y": 3,
  ]

  /// Marks drawn in one row, for letters three, four and five columns wide.
  private static let marks: [UInt32: [String]] = [
    0x308: ["^ ^", "^  ^", " ^ ^ "],  // diaeresis: ë ï ö ü
    0x301: [" _^", "  _^", "  _^ "],  // acute: é á ó ú
    0x300: ["^_ ", "^_  ", " ^_  "],  // grave: è à ò ù
    0x302: ["_^_", "_^^_", " _^_ "],  // circumflex: ê â ô û î
    0x303: ["^_^", "_^_^", "_^_^_"],  // tilde: ñ ã õ
    0x30A: [" ^ ", " ^^ ", " _^_ "],  // ring: å
    0x327: [" ^ ", "  ^ ", "  ^  "],  // cedilla: ç
  ]
  private static let below: Set<UInt32> = [0x327]

  static let font: [Character: [String]] = [
    "A": [" ## ", "#  #", "####", "#  #", "#  #"], "B": ["### ", "#  #", "### ", "#  #", "### "],
    "C": [" ###", "#   ", "#   ", "#   ", " ###"], "D": ["### ", "#  #", "#  #", "#  #", "### "],
    "E": ["####", "#   ", "### ", "#   ", "####"], "F": ["####", "#   ", "### ", "#   ", "#   "],
    "G": [" ###", "#   ", "# ##", "#  #", " ###"], "H": ["#  #", "#  #", "####", "#  #", "#  #"],
    "I": ["###", " # ", " # ", " # ", "###"], "J": ["  ##", "   #", "   #", "#  #", " ## "],
    "K": ["#  #", "# # ", "##  ", "# # ", "#  #"], "L": ["#   ", "#   ", "#   ", "#   ", "####"],
    "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
    "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
    "O": [" ## ", "#  #", "#  #", "#  #", " ## "], "P": ["### ", "#  #", "### ", "#   ", "#   "],
    "Q": [" ## ", "#  #", "#  #", "# ##", " ###"], "R": ["### ", "#  #", "### ", "# # ", "#  #"],
    "S": [" ###", "#   ", " ## ", "   #", "### "],
    "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
    "U": ["#  #", "#  #", "#  #", "#  #", " ## "],
    "V": ["#   #", "#   #", "#   #", " # # ", "  #  "],
    "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
    "X": ["#  #", "#  #", " ## ", "#  #", "#  #"],
    "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
    "Z": ["####", "   #", "  # ", " #  ", "####"],
    "0": [" ## ", "#  #", "#  #", "#  #", " ## "], "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["### ", "   #", " ## ", "#   ", "####"], "3": ["### ", "   #", " ## ", "   #", "### "],
    "4": ["#  #", "#  #", "####", "   #", "   #"], "5": ["####", "#   ", "### ", "   #", "### "],
    "6": [" ## ", "#   ", "### ", "#  #", " ## "], "7": ["####", "   #", "  # ", " #  ", " #  "],
    "8": [" ## ", "#  #", " ## ", "#  #", " ## "], "9": [" ## ", "#  #", " ###", "   #", " ## "],
    ":": [" ", "#", " ", "#", " "], ".": [" ", " ", " ", " ", "#"], ",": [" ", " ", " ", "#", "#"],
    "-": ["   ", "   ", "###", "   ", "   "], "?": ["### ", "   #", " ## ", "    ", " #  "],
    "!": ["#", "#", "#", " ", "#"], "'": ["#", "#", " ", " ", " "],
    "/": ["   #", "  # ", " #  ", "#   ", "    "],
    " ": ["  ", "  ", "  ", "  ", "  "],
  ]
}
