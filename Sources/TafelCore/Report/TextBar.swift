/// A horizontal bar for a score from 0 to 100, drawn in text: eighth blocks where the terminal
/// speaks UTF-8, `#` otherwise.
public enum TextBar {
  public static func draw(value: Double, width: Int, unicode: Bool) -> String {
    guard width > 0 else { return "" }
    let clamped = min(max(value, 0), 100)
    let eighths = Int((clamped / 100 * Double(width * 8)).rounded())
    if !unicode {
      let full = (eighths + 4) / 8
      return String(repeating: "#", count: full) + String(repeating: " ", count: width - full)
    }
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let full = eighths / 8
    let partial = partials[eighths % 8]
    let used = full + (partial.isEmpty ? 0 : 1)
    return String(repeating: "█", count: full) + partial
      + String(repeating: " ", count: max(0, width - used))
  }
}

/// How a report may colour its text.
public enum TextColouring: Sendable, Equatable {
  case none
  /// ANSI colours for a terminal with this many colours (8, 16 or 256).
  case ansi(colours: Int)

  /// The escape sequence that starts `colour` on such a terminal. Orange needs 256 colours; with
  /// fewer it falls back to plain yellow, and yellow is drawn bold to tell the two apart.
  func start(_ colour: DriveColour) -> String {
    guard case .ansi(let count) = self else { return "" }
    if count >= 256 {
      let index = [
        DriveColour.yellow: 226, .green: 40, .orange: 208, .blue: 33, .red: 196, .purple: 129,
      ]
      return "\u{1B}[38;5;\(index[colour] ?? 7)m"
    }
    switch colour {
    case .yellow: return "\u{1B}[1;33m"
    case .green: return "\u{1B}[32m"
    case .orange: return "\u{1B}[33m"
    case .blue: return "\u{1B}[34m"
    case .red: return "\u{1B}[31m"
    case .purple: return "\u{1B}[35m"
    }
  }

  var bold: String { self == .none ? "" : "\u{1B}[1m" }
  var reset: String { self == .none ? "" : "\u{1B}[0m" }
}
