import Foundation

/// Block letters five rows high, for what must be read from the back of the room in projector
/// mode: a card's title, the timer, an organisation's name. Letters with diacritics are drawn as
/// their base letter; characters without a glyph as a space.
public enum BigText {
  public static let height = 5

  /// The rows of `text` in block letters, `#` marking ink; at most `width` columns wide (whole
  /// words that do not fit are left for the next line by the caller).
  public static func rows(_ text: String) -> [String] {
    var rows = Array(repeating: "", count: height)
    for character in text.uppercased().folding(options: .diacriticInsensitive, locale: nil) {
      let glyph = font[character] ?? font[" "] ?? []
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
        let ink = String(pixels.map { $0 == "#" ? glyphs.full : " " })
        grid.write(ink, x: x, y: y + row + offset, style: style, limit: width)
      }
      row += height + 1
    }
    return row - 1
  }

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
