import TafelCore

/// One line of running text on the wall, wrapped to the width it is drawn in.
struct WallLine {
  var text: String
  var style: Style
  /// Columns before the text on every wrapped row.
  var indent = 0
  /// Drawn in the indent of the first row only (a bullet, a status mark, an option letter).
  var lead = ""
  var leadStyle: Style?
  /// An empty line adds one blank row.
  static func gap(_ style: Style) -> WallLine { WallLine(text: "", style: style) }
}

extension WallPainter {
  /// Draws `lines` wrapped in `rect` from `row`; what does not fit is cut, and a "…" says so.
  /// Returns the rows used.
  @discardableResult
  mutating func lines(_ lines: [WallLine], in rect: Rect, from row: Int = 0) -> Int {
    var rows: [(text: String, style: Style, x: Int, lead: String, leadStyle: Style)] = []
    for line in lines {
      if line.text.isEmpty {
        rows.append(("", line.style, 0, "", line.style))
        continue
      }
      let wrapped = TextWrap.lines(line.text, width: rect.width - line.indent)
      for (index, piece) in wrapped.enumerated() {
        rows.append(
          (
            piece, line.style, line.indent, index == 0 ? line.lead : "",
            line.leadStyle ?? line.style
          ))
      }
    }
    let room = rect.height - row
    guard room > 0 else { return 0 }
    let shown = rows.count > room ? room - 1 : rows.count
    for (offset, line) in rows.prefix(max(0, shown)).enumerated() {
      let y = rect.y + row + offset
      if !line.lead.isEmpty {
        grid.write(line.lead, x: rect.x, y: y, style: line.leadStyle, limit: line.x)
      }
      grid.write(
        line.text, x: rect.x + line.x, y: y, style: line.style, limit: rect.width - line.x)
    }
    if rows.count > room {
      grid.write(glyphs.ellipsis, x: rect.x, y: rect.y + row + room - 1, style: theme.dim)
      return room
    }
    return rows.count
  }

  /// Rows `lines` take at `width`.
  func height(of lines: [WallLine], width: Int) -> Int {
    lines.reduce(0) { sum, line in
      sum + (line.text.isEmpty ? 1 : TextWrap.lines(line.text, width: width - line.indent).count)
    }
  }

  /// A bar in a drive colour with its letter before it, for the back of the room: `rows` high.
  mutating func colourBar(
    _ colour: DriveColour, value: Double, x: Int, y: Int, width: Int, rows: Int = 1
  ) {
    for row in 0..<max(1, rows) {
      grid.bar(
        value: value, x: x, y: y + row, width: width, style: theme.bar(colour), glyphs: glyphs)
    }
  }
}
