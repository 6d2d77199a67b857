import TafelCore

/// How `tafel profile` colours its report on a terminal: ANSI colour codes (SGR) for headings and
/// bars. The one place that writes such codes; TafelCore only says what is a heading and which bar
/// is which colour (`ReportLine`).
public enum TerminalColouring: Sendable, Equatable {
  case none
  /// ANSI colours for a terminal with this many colours (8, 16 or 256).
  case ansi(colours: Int)

  /// The colouring a terminal with `colours` colours gets (0: output is not a terminal).
  public init(colours: Int) {
    self = colours >= 8 ? .ansi(colours: colours) : .none
  }

  /// The report as this terminal shows it.
  public func render(_ report: ProfileReport) -> String {
    report.render(styling: write)
  }

  /// One part of a line with its codes around it.
  public func write(_ part: ReportLine.Part) -> String {
    switch part.style {
    case .plain: part.text
    case .heading: bold + part.text + reset
    case .colour(let colour): start(colour) + part.text + reset
    }
  }

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

  /// Lines for a terminal that keep well-formed colour sequences (`ESC [ digits ; m`), which can
  /// only colour text, and spell out every other control character as `TerminalText.printable`
  /// does: titles, clearing, cursor moves and hyperlinks never pass.
  public static func printableKeepingColours(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = ""
    var pending = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
        result += TerminalText.printable(String(pending))
        pending.removeAll()
        result.unicodeScalars.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      pending.append(scalars[index])
      index += 1
    }
    return result + TerminalText.printable(String(pending))
  }

  /// The index of the `m` that ends an SGR sequence starting at `start`, or nil.
  private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count, index - start < 32 {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
      index += 1
    }
    return nil
  }
}
