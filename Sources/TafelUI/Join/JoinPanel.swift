import TafelCore

/// How to join the room, drawn into any rectangle: the QR code as large as fits, the address as
/// text and the room code. The text goes beside the code when that leaves it as large as below
/// it would be, since a wall is wider than tall.
///
/// A terminal without colour or without block characters cannot draw a code a camera reads (a
/// dark-on-light code needs both), so there the address and the code are written in block
/// letters instead, which the room can type from.
public enum JoinPanel {
  public static func draw(
    _ join: JoinInfo, in rect: Rect, into grid: inout Grid, context: RenderContext,
    language: Language
  ) {
    guard !rect.isEmpty else { return }
    let side = SideText(join, context: context, language: language)
    if context.theme.kind != .monochrome, context.glyphs == .unicode,
      let picture = QRPicture(join.qrText)
    {
      let besideSpace = Size(width: rect.width - side.width - gap, height: rect.height)
      let belowSpace = Size(width: rect.width, height: rect.height - belowRows)
      let beside = side.height <= rect.height ? picture.scale(fitting: besideSpace) : nil
      let below = picture.scale(fitting: belowSpace)
      if let scale = beside, scale >= below ?? 0 {
        drawBeside(picture, scale: scale, side, in: rect, into: &grid)
        return
      }
      if let scale = below {
        drawBelow(picture, scale: scale, join, in: rect, into: &grid, context: context, language)
        return
      }
    }
    drawLetters(join, in: rect, into: &grid, context: context, language: language)
  }

  /// The one line that keeps the address and code in view while the screen is back (`Q`):
  /// along the bottom of the wall, and of the facilitator's screen when it is what the room sees.
  public static func drawLine(
    _ join: JoinInfo, in rect: Rect, into grid: inout Grid, context: RenderContext,
    language: Language
  ) {
    guard !rect.isEmpty else { return }
    let line = context.text(.joinLine, ["url": join.shownURL, "code": join.code], language)
      .truncated(toWidth: rect.width, glyphs: context.glyphs)
    grid.fill(
      Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1), style: context.theme.normal)
    grid.centre(line, in: rect, y: rect.maxY - 1, style: context.theme.title)
  }

  private static let gap = 3
  private static let belowRows = 2

  private static func drawBeside(
    _ picture: QRPicture, scale: Int, _ side: SideText, in rect: Rect, into grid: inout Grid
  ) {
    let size = picture.size(scale: scale)
    let total = size.width + gap + side.width
    let x = rect.x + max(0, (rect.width - total) / 2)
    picture.draw(
      at: x, y: rect.y + max(0, (rect.height - size.height) / 2), scale: scale, into: &grid)
    side.draw(
      at: x + size.width + gap, y: rect.y + max(0, (rect.height - side.height) / 2), into: &grid)
  }

  private static func drawBelow(
    _ picture: QRPicture, scale: Int, _ join: JoinInfo, in rect: Rect, into grid: inout Grid,
    context: RenderContext, _ language: Language
  ) {
    let size = picture.size(scale: scale)
    let top = rect.y + max(0, (rect.height - size.height - belowRows) / 2)
    picture.draw(at: rect.x + (rect.width - size.width) / 2, y: top, scale: scale, into: &grid)
    let code = context.text(.joinRoomCode, [:], language) + " " + join.code
    for (offset, line) in [join.shownURL, code].enumerated() {
      grid.centre(line, in: rect, y: top + size.height + offset, style: context.theme.title)
    }
  }

  /// The address and code in block letters, each on its own lines; the address split before its
  /// port when it is too wide as one, and plain bold text where even that does not fit.
  private static func drawLetters(
    _ join: JoinInfo, in rect: Rect, into grid: inout Grid, context: RenderContext,
    language: Language
  ) {
    let theme = context.theme
    var address = [join.hostAndPort]
    if BigText.width(join.hostAndPort) > rect.width,
      let colon = join.hostAndPort.lastIndex(of: ":")
    {
      address = [String(join.hostAndPort[..<colon]), String(join.hostAndPort[colon...])]
    }
    enum Line {
      case text(String, Style)
      case big(String)
    }
    let scheme = join.url.hasPrefix("https://") ? "https://" : "http://"
    var lines: [Line] = [
      .text(context.text(.joinTitle, [:], language), theme.title), .text("", theme.normal),
      .text(context.text(.joinGoTo, [:], language) + " " + scheme, theme.normal),
    ]
    lines += address.map(Line.big)
    lines += [.text(context.text(.joinRoomCode, [:], language), theme.normal), .big(join.code)]
    func height(_ line: Line) -> Int {
      if case .big = line { return BigText.height + 1 }
      return 1
    }
    let total = lines.map(height).reduce(0, +)
    var y = rect.y + max(0, (rect.height - total) / 2)
    for line in lines where y < rect.maxY {
      switch line {
      case .text(let text, let style): grid.centre(text, in: rect, y: y, style: style)
      case .big(let text):
        let width = min(rect.width, BigText.width(text))
        BigText.render(
          text, at: rect.x + (rect.width - width) / 2, y: y, width: rect.width, maxLines: 1,
          into: &grid, style: theme.title, glyphs: context.glyphs)
      }
      y += height(line)
    }
  }
}

/// The words beside the code: what to do, the address, the room code in block letters.
private struct SideText {
  var lines: [(text: String, style: Style)]
  var code: String
  var glyphs: Glyphs
  var codeStyle: Style

  init(_ join: JoinInfo, context: RenderContext, language: Language) {
    let theme = context.theme
    lines = [
      (context.text(.joinTitle, [:], language), theme.title), ("", theme.normal),
      (context.text(.joinScan, [:], language), theme.normal),
      (context.text(.joinOrGoTo, [:], language), theme.normal),
      (join.shownURL, theme.title), ("", theme.normal),
      (context.text(.joinRoomCode, [:], language), theme.normal),
    ]
    code = join.code
    glyphs = context.glyphs
    codeStyle = theme.title
  }

  var width: Int {
    max(lines.map { DisplayWidth.of($0.text) }.max() ?? 0, BigText.width(code))
  }

  var height: Int { lines.count + BigText.height }

  func draw(at x: Int, y: Int, into grid: inout Grid) {
    for (offset, line) in lines.enumerated() {
      grid.write(line.text, x: x, y: y + offset, style: line.style)
    }
    BigText.render(
      code, at: x, y: y + lines.count, width: width, maxLines: 1, into: &grid, style: codeStyle,
      glyphs: glyphs)
  }
}

extension Grid {
  /// Writes `text` centred in `rect`'s columns on row `y`, clipped to them.
  fileprivate mutating func centre(_ text: String, in rect: Rect, y: Int, style: Style) {
    let width = DisplayWidth.of(text)
    write(text, x: rect.x + max(0, (rect.width - width) / 2), y: y, style: style, limit: rect.width)
  }
}
