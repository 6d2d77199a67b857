import TafelCore

/// The facilitator's console beside the work while a wall of its own is connected: a small live
/// preview of what the wall shows ("op de muur", drawn by the wall's own renderer from
/// `WallView.onWall`, so the preview cannot differ from the wall), what comes next, the timer
/// and the clock, the private notes of what is up, and who has still to choose. On a narrow
/// screen it is two lines under the work instead.
enum ConsoleView {
  /// Where the console goes on a screen of `size`: a column on the right from 110 columns, two
  /// lines at the bottom below that.
  static func split(_ main: Rect) -> (work: Rect, console: Rect) {
    if main.width >= 110 {
      let width = min(48, max(38, main.width * 3 / 10))
      let (work, console) = main.splitLeft(main.width - width)
      return (work, console)
    }
    let (work, console) = main.splitBottom(min(2, main.height / 4))
    return (work, console)
  }

  static func render(
    _ state: AppState, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    guard !rect.isEmpty else { return }
    let brief = ConsoleBrief(state, context: context)
    if rect.height <= 3 {
      renderStrip(state, brief, in: rect, into: &grid, context: context)
    } else {
      renderColumn(state, brief, in: rect, into: &grid, context: context)
    }
  }

  static func text(_ key: StringKey, _ arguments: [String: String] = [:], _ context: RenderContext)
    -> String
  { context.text(key, arguments, context.language) }

  static func statusText(_ brief: ConsoleBrief, _ context: RenderContext) -> String {
    switch brief.wallStatus {
    case .live: text(.consoleLive, [:], context)
    case .frozen: text(.uiFrozen, [:], context)
    case .blank: text(.uiWallBlank, [:], context)
    }
  }

  /// How to get the wall back to live, when it is not.
  static func hint(_ brief: ConsoleBrief, _ context: RenderContext) -> String? {
    switch brief.wallStatus {
    case .live: nil
    case .frozen: text(.consoleFrozen, [:], context)
    case .blank: text(.consoleBlank, [:], context)
    }
  }

  static func statusStyle(_ brief: ConsoleBrief, _ context: RenderContext) -> Style {
    brief.wallStatus == .live ? context.theme.heading : context.theme.warning
  }

  /// "Op de muur: Groep · live" and the rest on one line each.
  static func renderStrip(
    _ state: AppState, _ brief: ConsoleBrief, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let theme = context.theme
    grid.fill(rect, style: theme.normal)
    let view = WallView.onWall(state, content: context.content)
    let shown = view.page.map { screenName($0.screen, context) } ?? ""
    var x = rect.x + 1
    x += grid.write(
      text(.consoleOnWall, [:], context) + ": " + shown + (shown.isEmpty ? "" : " · "), x: x,
      y: rect.y, style: theme.heading)
    x += grid.write(statusText(brief, context), x: x, y: rect.y, style: statusStyle(brief, context))
    if let next = brief.next {
      grid.write(
        "   " + text(.consoleNext, ["next": next], context), x: x, y: rect.y, style: theme.normal,
        limit: rect.maxX - x)
    }
    guard rect.height > 1 else { return }
    grid.write(
      secondLine(brief, context), x: rect.x + 1, y: rect.y + 1, style: theme.normal,
      limit: rect.width - 2)
  }

  /// Timer, clock and who has chosen, on one line.
  static func secondLine(_ brief: ConsoleBrief, _ context: RenderContext) -> String {
    var parts: [String] = []
    if let timer = brief.timer {
      parts.append(
        text(timer.running ? .consoleTimer : .consoleTimerPaused, ["time": timer.text], context))
    }
    parts.append(text(.consoleClock, ["time": context.clock], context))
    if let answered = brief.answered {
      parts.append(
        text(
          .consoleAnswered, ["count": "\(answered.count)", "total": "\(answered.total)"], context))
    }
    if let hands = brief.hands {
      parts.append(context.content.strings.count(.wallHandsCounted, hands, in: context.language))
    }
    if let note = brief.notes.first {
      parts.append(text(.consoleNotes, [:], context) + ": " + note)
    }
    return parts.joined(separator: context.glyphs.separator)
  }

  static func renderColumn(
    _ state: AppState, _ brief: ConsoleBrief, in rect: Rect, into grid: inout Grid,
    context: RenderContext
  ) {
    let theme = context.theme
    let area = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: rect.height)
    grid.fill(area, style: theme.normal)
    // The preview keeps the wall's shape (about 16:9 in cells of 1:2), at most a third high.
    let previewHeight = min(max(6, area.height / 3), (area.width - 2) * 9 / 32 + 2)
    let (previewBox, rest) = area.splitTop(previewHeight + 2)
    let title = text(.consoleOnWall, [:], context) + " · " + statusText(brief, context)
    let inside = grid.box(
      previewBox, title: title, glyphs: context.glyphs, theme: theme,
      titleStyle: statusStyle(brief, context))
    let preview = WallRenderer.render(
      WallView.onWall(state, content: context.content),
      size: Size(width: inside.width, height: inside.height), context: context)
    for y in 0..<inside.height {
      for x in 0..<inside.width {
        grid[inside.x + x, inside.y + y] = preview[x, y]
      }
    }
    var lines: [(String, Style, Int)] = []
    if let hint = hint(brief, context) {
      lines += [(hint, theme.warning, 0), ("", theme.normal, 0)]
    }
    if let next = brief.next {
      lines.append((text(.consoleNext, ["next": next], context), theme.heading, 0))
    }
    lines.append((secondLine(ConsoleBrief.timeOnly(brief), context), theme.normal, 0))
    lines.append(("", theme.normal, 0))
    if let answered = brief.answered {
      lines.append(
        (
          text(
            .consoleAnswered, ["count": "\(answered.count)", "total": "\(answered.total)"],
            context), theme.heading, 0
        ))
      if !answered.waiting.isEmpty {
        lines.append(
          (
            text(.consoleWaitingFor, ["names": answered.waiting.joined(separator: ", ")], context),
            theme.normal, 2
          ))
      }
      lines.append(("", theme.normal, 0))
    }
    if let hands = brief.hands {
      lines.append(
        (
          context.content.strings.count(.wallHandsCounted, hands, in: context.language),
          theme.heading, 0
        ))
      lines.append(("", theme.normal, 0))
    }
    lines.append((text(.consoleNotes, [:], context), theme.heading, 0))
    if brief.notes.isEmpty {
      lines.append((text(.consoleNoNotes, [:], context), theme.dim, 2))
    }
    for note in brief.notes { lines.append((note, theme.normal, 2)) }
    let body = Rect(x: rest.x + 1, y: rest.y + 1, width: rest.width - 2, height: rest.height - 1)
    var row = 0
    for (line, style, indent) in lines where row < body.height {
      if line.isEmpty {
        row += 1
        continue
      }
      row += grid.paragraph(line, in: body, from: row, style: style, indent: indent)
    }
  }

  static func screenName(_ screen: WallScreen, _ context: RenderContext) -> String {
    switch screen {
    case .team: text(.keyTeam, [:], context)
    case .group: text(.keyGroup, [:], context)
    case .impasse: text(.keyImpasse, [:], context)
    case .dilemma: text(.keyDilemma, [:], context)
    }
  }
}

extension ConsoleBrief {
  /// Only the timer and the clock, for the column, which shows the rest on lines of its own.
  static func timeOnly(_ brief: ConsoleBrief) -> ConsoleBrief {
    var only = brief
    only.answered = nil
    only.hands = nil
    only.notes = []
    return only
  }
}
