/// One line of a text report in parts, each with the style a terminal may give it. The report
/// says what is a heading and which bar is which colour; how that looks (ANSI codes, or nothing)
/// is decided where the text meets a terminal, outside TafelCore.
public struct ReportLine: Equatable, Sendable, ExpressibleByStringLiteral {
  public enum Style: Equatable, Sendable {
    case plain
    case heading
    /// A bar (or its letter and name) in a drive colour.
    case colour(DriveColour)
  }

  public struct Part: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  public var parts: [Part]
  /// Bars are padded to their width; what follows the last character is dropped once the line is
  /// composed.
  public var dropsTrailingSpaces: Bool

  public init(_ parts: [Part], dropsTrailingSpaces: Bool = false) {
    self.parts = parts
    self.dropsTrailingSpaces = dropsTrailingSpaces
  }

  public init(_ text: String) { self.init([Part(text)]) }

  public init(stringLiteral text: String) { self.init(text) }

  /// The line with each part written as `write` says.
  public func composed(_ write: (Part) -> String) -> String {
    let line = parts.map(write).joined()
    guard dropsTrailingSpaces else { return line }
    return String(line.reversed().drop(while: { $0 == " " }).reversed())
  }
}

extension Array where Element == ReportLine {
  mutating func append(_ text: String) { append(ReportLine(text)) }

  static func + (lines: [ReportLine], texts: [String]) -> [ReportLine] {
    var all = lines
    all.append(contentsOf: texts.map(ReportLine.init(_:)))
    return all
  }
}
