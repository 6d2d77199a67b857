/// Keeps a text cell from being taken for a formula. Excel, LibreOffice and Google Sheets run a
/// cell that starts with `=`, `+`, `-` or `@` (and after a tab or carriage return), so a name
/// such as `=HYPERLINK(...)` in an exported sheet would run on the reader's machine. As OWASP
/// advises, such a cell gets a leading single quote, which spreadsheets read as "this is text".
///
/// `tafel import` takes that quote off again, so an export imports as exactly the same people.
/// For that round trip to be exact for every text, a cell that already starts with a quote
/// followed by such a character gets one more quote on the way out.
public enum SpreadsheetFormula {
  private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// The text as it goes into a CSV cell.
  public static func neutralised(_ text: String) -> String {
    needsQuote(text) ? "'" + text : text
  }

  /// The text a cell written by `neutralised` stood for.
  public static func restored(_ cell: String) -> String {
    guard cell.hasPrefix("'"), needsQuote(String(cell.dropFirst())) else { return cell }
    return String(cell.dropFirst())
  }

  private static func needsQuote(_ text: String) -> Bool {
    var scalars = text.unicodeScalars[...]
    while scalars.first == "'" { scalars = scalars.dropFirst() }
    guard let first = scalars.first else { return false }
    return triggers.contains(first)
  }
}
