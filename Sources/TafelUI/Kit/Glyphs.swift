/// The characters that draw borders, bars and markers: box drawing and eighth blocks in UTF-8,
/// plain ASCII elsewhere (a terminal in the C locale drops what it cannot show).
public struct Glyphs: Equatable, Sendable {
  public var horizontal: Character
  public var vertical: Character
  public var topLeft: Character
  public var topRight: Character
  public var bottomLeft: Character
  public var bottomRight: Character
  public var full: Character
  /// Partial blocks from one eighth to seven eighths; empty in ASCII.
  public var partials: [Character]
  public var pointer: Character
  public var separator: String
  public var ellipsis: String

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    full: "█", partials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], pointer: "▸", separator: " · ",
    ellipsis: "…")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    full: "#", partials: [], pointer: ">", separator: " - ", ellipsis: "...")
}
