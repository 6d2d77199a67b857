import TafelCore

/// A colour by meaning, not by number: the terminal backend picks the nearest it can show
/// (256 colours, 8 colours, or none).
public enum PaletteColour: Hashable, Sendable {
  case terminalDefault
  case black, white, grey
  case drive(DriveColour)
}

/// How one cell looks: colours and attributes. The theme fills these in from roles; monochrome
/// terminals keep only the attributes.
public struct Style: Hashable, Sendable {
  public var foreground: PaletteColour
  public var background: PaletteColour
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  public var dim: Bool

  public init(
    foreground: PaletteColour = .terminalDefault, background: PaletteColour = .terminalDefault,
    bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let plain = Style()
}

/// One cell of the screen: a character (a whole grapheme, so "ë" written as e + diaeresis stays
/// one cell) and its style. A wide character's second column holds a continuation cell.
///
/// Plain bytes: the character is kept as its one Unicode scalar (nearly every character on a
/// screen), or as the number `Graphemes` gave a grapheme of several. A grid of 17,500 cells (a
/// projector's 250x70) is then made, copied and compared without a reference count for every
/// cell; with a `Character` stored, making it was a twentieth of the first frame.
public struct Cell: Hashable, Sendable {
  private var code: UInt32
  public var style: Style
  /// True for the right half of a double-width character; the backend draws nothing there.
  public var isContinuation: Bool

  public init(_ character: Character, style: Style = .plain, isContinuation: Bool = false) {
    self.code = Graphemes.code(of: character)
    self.style = style
    self.isContinuation = isContinuation
  }

  /// A cell of one printable ASCII byte (a space to `~`), made without a `Character`.
  init(printableASCII byte: UInt8, style: Style) {
    self.code = UInt32(byte)
    self.style = style
    self.isContinuation = false
  }

  public var character: Character {
    get { Graphemes.character(for: code) }
    set { code = Graphemes.code(of: newValue) }
  }

  /// The character's one byte when it is printable ASCII (a space to `~`), read without making
  /// a `Character`: most of a frame is painted this way.
  public var printableASCII: UInt8? { code >= 32 && code < 127 ? UInt8(code) : nil }

  /// One number for each character, the same for every cell that holds it (in this process):
  /// painting keeps a character's glyphs under it without comparing `Character`s.
  public var characterCode: UInt32 { code }

  public static let blank = Cell(" ")
}
