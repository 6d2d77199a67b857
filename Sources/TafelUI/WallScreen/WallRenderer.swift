import TafelCore

/// Draws what the room sees, from the wall's projection alone: a `WallView` (never the
/// facilitator's state) into a grid of any size, full screen, for the terminal on the projector
/// and for the console's small preview. Calm and large: no key bar, no header chrome beyond the
/// workshop's title and phase, block letters where the facilitator set projector mode and there
/// is room. Anything that is not in the `WallView` cannot be drawn here, which is the point.
public enum WallRenderer {
  /// How the wall process is connected to the facilitator's Tafel, for a calm line along the
  /// bottom when the link is gone (the last picture stays up meanwhile).
  public enum Connection: Equatable, Sendable {
    case live
    /// The facilitator's Tafel went away; the wall tries again on its own.
    case lost
  }

  /// The whole wall for `view`. `context.language` is taken from the view's page.
  public static func render(
    _ view: WallView, size: Size, context given: RenderContext, connection: Connection = .live
  ) -> Grid {
    var context = given
    if let page = view.page {
      context.language = page.language
      context.theme.highContrast = page.projector
    }
    var grid = Grid(size: size, style: context.theme.normal)
    if let page = view.page {
      var painter = WallPainter(grid: grid, context: context, page: page)
      painter.draw()
      grid = painter.grid
    }
    if connection == .lost { banner(.wallConnectionLost, into: &grid, context: context) }
    return grid
  }

  /// Before the facilitator's Tafel answers: the name, that the wall is waiting, and the one key
  /// it takes. Drawn in `context.language`.
  public static func waiting(size: Size, context: RenderContext) -> Grid {
    var grid = Grid(size: size, style: context.theme.normal)
    let area = Rect(size: size)
    let lines: [(String, Style)] = [
      (context.text(.wallWaiting, [:], context.language), context.theme.title),
      ("", context.theme.normal),
      (context.text(.wallWaitingHint, [:], context.language), context.theme.normal),
      (context.text(.wallQuitHint, [:], context.language), context.theme.dim),
    ]
    let logo = "TAFEL"
    let logoFits = BigText.width(logo) + 4 <= size.width && size.height >= 14
    let height = lines.count + (logoFits ? BigText.height + 2 : 0)
    var y = max(0, (size.height - height) / 2)
    if logoFits {
      let x = (size.width - BigText.width(logo)) / 2
      BigText.render(
        logo, at: x, y: y, width: BigText.width(logo), into: &grid, style: context.theme.title,
        glyphs: context.glyphs)
      y += BigText.height + 2
    }
    for (text, style) in lines {
      for line in TextWrap.lines(text, width: max(1, area.width - 4)) {
        grid.write(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: y, style: style)
        y += 1
      }
      if text.isEmpty { y += 1 }
    }
    return grid
  }

  /// One calm line across the bottom, over whatever is there.
  static func banner(_ key: StringKey, into grid: inout Grid, context: RenderContext) {
    let y = grid.size.height - 1
    guard y >= 0 else { return }
    let row = Rect(x: 0, y: y, width: grid.size.width, height: 1)
    grid.fill(row, style: context.theme.header)
    let text = context.text(key, [:], context.language)
      .truncated(toWidth: max(0, grid.size.width - 2), glyphs: context.glyphs)
    grid.write(
      text, x: max(0, (grid.size.width - DisplayWidth.of(text)) / 2), y: y,
      style: context.theme.header)
  }
}

/// Lays out one page: the title line, then the screen in the body, with margins that grow with
/// the wall.
struct WallPainter {
  var grid: Grid
  let context: RenderContext
  let page: WallPage

  var theme: Theme { context.theme }
  var glyphs: Glyphs { context.glyphs }
  var language: Language { context.language }
  var size: Size { grid.size }

  /// Block letters for headings: asked for by projector mode, and only where they leave room for
  /// what they head.
  var big: Bool { page.projector && size.height >= 20 && size.width >= 60 }

  func text(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
    context.text(key, arguments, language)
  }

  func count(_ key: StringKey, _ value: Int) -> String {
    context.content.strings.count(key, value, in: language)
  }

  func colourName(_ colour: DriveColour) -> String { context.colourName(colour, language) }
  func letter(_ colour: DriveColour) -> String { context.letter(colour, language) }

  /// The area below the title line, inside the margins; the bottom row is left free for the
  /// connection banner.
  var body: Rect {
    let margin = size.width >= 140 ? 6 : size.width >= 100 ? 4 : 2
    let top = size.height >= 30 ? 3 : 2
    return Rect(
      x: margin, y: top, width: size.width - 2 * margin, height: size.height - top - 1)
  }

  mutating func draw() {
    drawTitleLine()
    if drawJoin() { return }
    switch page.screen {
    case .team(let team): drawTeam(team, in: screenArea)
    case .group(let group): drawGroup(group, in: screenArea)
    case .impasse(let impasse): drawImpasse(impasse, in: screenArea)
    case .dilemma(let dilemma): drawDilemma(dilemma, in: screenArea)
    }
  }

  /// The workshop's title and phase, and in privacy mode what the room is shown.
  mutating func drawTitleLine() {
    let margin = body.x
    let width = size.width - 2 * margin
    let phase = text(.uiPhase, ["phase": text(page.phase.stringKey)])
    let left = page.title + glyphs.separator + phase
    var right = page.privacy ? text(.wallPrivacy) : ""
    if DisplayWidth.of(left) + DisplayWidth.of(right) + 3 > width, page.privacy {
      right = text(.uiPrivacy)
    }
    let rightWidth = DisplayWidth.of(right)
    let room = width - (rightWidth > 0 ? rightWidth + 3 : 0)
    grid.write(
      left.truncated(toWidth: room, glyphs: glyphs), x: margin, y: 0, style: theme.dim)
    if rightWidth > 0, rightWidth + 10 < width {
      grid.write(right, x: margin + width - rightWidth, y: 0, style: theme.dim)
    }
  }

  /// A heading in block letters where they fit in `maxLines` lines, else bold; returns the rows
  /// used, including one blank row below.
  @discardableResult
  mutating func heading(
    _ words: String, in rect: Rect, from row: Int, maxLines: Int = 1, style: Style? = nil,
    forceSmall: Bool = false
  ) -> Int {
    guard row < rect.height else { return 0 }
    let style = style ?? theme.title
    // Two lines of block letters take eleven rows: only a tall wall has them to spare.
    let maxLines = size.height >= 34 ? maxLines : 1
    if big, !forceSmall, fitsBig(words, width: rect.width, maxLines: maxLines),
      rect.height - row >= BigText.height + 4
    {
      let used = BigText.render(
        words, at: rect.x, y: rect.y + row, width: rect.width, maxLines: maxLines, into: &grid,
        style: style, glyphs: glyphs)
      return used + 2
    }
    var bold = style
    bold.bold = true
    let used = grid.paragraph(words, in: rect, from: row, style: bold)
    return used + 1
  }

  /// Whether `words` fit in block letters, wrapped at spaces, in `maxLines` lines.
  func fitsBig(_ words: String, width: Int, maxLines: Int) -> Bool {
    var lines = 0
    var current = ""
    for word in words.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if BigText.width(candidate) <= width {
        current = candidate
      } else {
        guard BigText.width(String(word)) <= width else { return false }
        lines += 1
        current = String(word)
      }
    }
    if !current.isEmpty { lines += 1 }
    return lines <= maxLines
  }

  /// `text` centred on row `y` of `rect`.
  mutating func centred(_ text: String, y: Int, in rect: Rect, style: Style) {
    let cut = text.truncated(toWidth: rect.width, glyphs: glyphs)
    grid.write(cut, x: rect.x + max(0, (rect.width - DisplayWidth.of(cut)) / 2), y: y, style: style)
  }

  /// Words wrapped and centred in `rect` from `row`; returns the rows used.
  @discardableResult
  mutating func centredParagraph(_ text: String, in rect: Rect, from row: Int, style: Style) -> Int
  {
    let lines = TextWrap.lines(text, width: min(rect.width, 72))
    for (offset, line) in lines.enumerated() where row + offset < rect.height {
      centred(line, y: rect.y + row + offset, in: rect, style: style)
    }
    return lines.count
  }

  /// "…" on the last row of `rect` when not everything fitted.
  mutating func more(in rect: Rect) {
    guard rect.height > 0 else { return }
    let y = rect.maxY - 1
    grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.normal)
    grid.write(glyphs.ellipsis, x: rect.x, y: y, style: theme.dim)
  }
}
