/// Text from a workshop, a spreadsheet, a content folder or a file name made harmless for a
/// terminal: every control character (C0, DEL, C1) is shown as a visible escape such as `\e` or
/// `\x07` instead of being sent, so a name like `Evil \e]0;pwned\a` cannot retitle the window,
/// clear the screen or forge a line. Printable text, emoji and joiners pass unchanged.
public enum TerminalText {
  /// `text` with every control character written out visibly. Idempotent: what it returns has no
  /// control characters left.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result.append(contentsOf: spelled(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Lines for standard output or error: line breaks stay, every other control character is
  /// shown visibly.
  public static func printable(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.contains(where: { isControl($0) && $0 != "\n" }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in scalars {
      if scalar != "\n", isControl(scalar) {
        result.append(contentsOf: spelled(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` holds a character a terminal, spreadsheet or browser would act on.
  public static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isControl)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  static func spelled(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\u{1B}": return "\\e"
    case "\u{07}": return "\\a"
    case "\u{08}": return "\\b"
    case "\t": return "\\t"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\0": return "\\0"
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
  }
}
