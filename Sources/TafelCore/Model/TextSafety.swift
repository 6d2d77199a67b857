/// Which characters a text Tafel keeps may hold. Control characters (NUL, escape, delete, the C1
/// range) are invisible, and some make a terminal or a spreadsheet do things; they are refused
/// where a text comes in, with their place, so they never reach a file or a screen.
public enum TextSafety {
  /// True for a control character; line breaks and tabs included, which only some texts allow.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// The first control character in `text` and its place, counted in characters from 1.
  public static func firstControlCharacter(
    in text: String, allowing allowed: Set<Unicode.Scalar> = []
  ) -> (Unicode.Scalar, Int)? {
    var position = 0
    for scalar in text.unicodeScalars {
      position += 1
      if isControl(scalar), !allowed.contains(scalar) { return (scalar, position) }
    }
    return nil
  }

  /// `U+001B`: how a character nobody can see is named.
  public static func code(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
