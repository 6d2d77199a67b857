import CNcursesw
import TafelCore
import TafelUI

/// A terminal colour number with the attributes needed to reach it: on 8-colour terminals
/// bright yellow is yellow plus bold, and grey is white made dim.
struct ColourChoice: Hashable {
  var number: Int16
  var bold = false
  var dim = false
}

/// Picks terminal colour numbers for Tafel's palette, per colour depth and background. Pure, so
/// the choices (orange is 208 at 256 colours, yellow without bold at 8) are unit-tested.
///
/// On a light background the drive colours are darker so they read on white, and the default
/// colours are forced to black on white, because a projector theme must not inherit a dark
/// terminal background.
struct ColourPalette {
  /// 0 (no colour), 8, 16 or 256.
  var depth: Int
  var background: NcursesTerminal.Background
  /// Whether `use_default_colors` succeeded, so -1 means the terminal's own colours.
  var defaultColours: Bool

  /// The colour for `colour`, or nil on a monochrome terminal.
  func choice(for colour: PaletteColour, asBackground: Bool) -> ColourChoice? {
    guard depth > 0 else { return nil }
    switch colour {
    case .terminalDefault: return defaultChoice(asBackground: asBackground)
    // Literal, not swapped for the light background: the light theme asks for black on white
    // by name. Only the terminal's default colours follow the background.
    case .white: return white
    case .black: return black
    case .grey: return grey
    case .drive(let drive):
      let numbers = DriveNumbers(drive)
      switch (depth, background) {
      case (256, .dark): return ColourChoice(number: numbers.dark256)
      case (256, .light): return ColourChoice(number: numbers.light256)
      case (16, .dark): return ColourChoice(number: numbers.dark16)
      // Bright yellow would vanish on white, so light 16-colour terminals use the 8-colour set.
      default: return ColourChoice(number: numbers.eight, bold: numbers.eightBold)
      }
    }
  }

  /// How `style` is drawn: its attributes, plus the foreground/background pair when in colour.
  func rendition(for style: Style) -> Rendition {
    var rendition = Rendition(
      bold: style.bold, dim: style.dim, reverse: style.reverse, underline: style.underline)
    guard let foreground = choice(for: style.foreground, asBackground: false),
      let background = choice(for: style.background, asBackground: true)
    else { return rendition }
    rendition.bold = rendition.bold || foreground.bold
    rendition.dim = rendition.dim || foreground.dim
    rendition.colours = ColourPairKey(foreground: foreground.number, background: background.number)
    return rendition
  }

  private var white: ColourChoice {
    ColourChoice(number: depth == 256 ? 231 : depth == 16 ? 15 : Int16(COLOR_WHITE))
  }

  private var black: ColourChoice {
    ColourChoice(number: depth == 256 ? 16 : Int16(COLOR_BLACK))
  }

  private var grey: ColourChoice {
    switch (depth, background) {
    case (256, .dark): return ColourChoice(number: 245)
    case (256, .light): return ColourChoice(number: 242)
    case (_, .dark): return ColourChoice(number: Int16(COLOR_WHITE), dim: true)
    // White, dimmed or not, would disappear on a white background.
    case (16, .light): return ColourChoice(number: 8)
    case (_, .light): return ColourChoice(number: Int16(COLOR_BLACK), dim: true)
    }
  }

  private func defaultChoice(asBackground: Bool) -> ColourChoice {
    switch background {
    case .light: return asBackground ? white : black
    case .dark where defaultColours: return ColourChoice(number: -1)
    case .dark: return ColourChoice(number: Int16(asBackground ? COLOR_BLACK : COLOR_WHITE))
    }
  }
}

/// The colour numbers of one drive colour at each depth (swift-ncurses.md P16).
private struct DriveNumbers {
  var dark256: Int16
  var light256: Int16
  var dark16: Int16
  var eight: Int16
  var eightBold = false

  init(_ drive: DriveColour) {
    switch drive {
    case .yellow:
      (dark256, light256, dark16, eight) = (226, 178, 11, Int16(COLOR_YELLOW))
      eightBold = true
    case .green: (dark256, light256, dark16, eight) = (40, 28, 10, Int16(COLOR_GREEN))
    // Neither 16 nor 8 colours have orange: dark (unbolded) yellow stands in for it.
    // On white (a projector) orange and red must differ in lightness, not in hue alone, which
    // a washed-out image loses: 166 and 160 looked alike. Orange is a bright 202, red a deep
    // 124, well apart from yellow 178 above and purple 91 beside (ColourPaletteTests measures
    // it with 40% white mixed in).
    case .orange: (dark256, light256, dark16, eight) = (208, 202, 3, Int16(COLOR_YELLOW))
    case .blue: (dark256, light256, dark16, eight) = (33, 26, 12, Int16(COLOR_BLUE))
    case .red: (dark256, light256, dark16, eight) = (196, 124, 9, Int16(COLOR_RED))
    case .purple: (dark256, light256, dark16, eight) = (129, 91, 13, Int16(COLOR_MAGENTA))
    }
  }
}
