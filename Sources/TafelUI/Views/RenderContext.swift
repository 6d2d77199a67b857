import TafelCore

/// What a frame needs besides the state: content, look, and the wall-clock time to show.
public struct RenderContext: Sendable {
  public var content: Content
  public var theme: Theme
  public var glyphs: Glyphs
  /// The time for the header, hh:mm.
  public var clock: String
  /// The language the frame is drawn in; `ScreenRenderer` sets it from the state.
  public var language: Language = .nl

  public init(content: Content, theme: Theme, glyphs: Glyphs, clock: String) {
    self.content = content
    self.theme = theme
    self.glyphs = glyphs
    self.clock = clock
  }

  func text(_ key: StringKey, _ arguments: [String: String] = [:], _ language: Language) -> String {
    content.strings.text(key, arguments, in: language)
  }

  func colourName(_ colour: DriveColour, _ language: Language) -> String {
    content.colour(colour).name[language]
  }

  func letter(_ colour: DriveColour, _ language: Language) -> String {
    content.colour(colour).letter[language]
  }
}

extension Grid {
  /// A box over what is drawn in `rect`, cleared first, inset two columns: for pickers and lists
  /// that open on top of a view. Returns the inside.
  mutating func overlay(_ rect: Rect, title: String, context: RenderContext) -> Rect {
    let area = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: rect.height)
    fill(area, style: context.theme.normal)
    return box(area, title: title, glyphs: context.glyphs, theme: context.theme)
  }
}
