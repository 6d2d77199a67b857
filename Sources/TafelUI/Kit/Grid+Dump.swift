/// The grid as reviewable text: the rows first, then the style runs, one line per run that is
/// not plain. Snapshot files hold this, so a change to the screen reads as a diff.
extension Grid {
  public var dump: String {
    var lines = (0..<size.height).map { "|" + paddedRow($0) + "|" }
    lines.append("--- styles")
    for y in 0..<size.height {
      var x = 0
      while x < size.width {
        let style = self[x, y].style
        var end = x + 1
        while end < size.width, self[end, y].style == style { end += 1 }
        if style != .plain { lines.append("\(y):\(x)-\(end - 1) \(style.summary)") }
        x = end
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func paddedRow(_ y: Int) -> String {
    var text = ""
    for x in 0..<size.width where !self[x, y].isContinuation { text.append(self[x, y].character) }
    return text
  }
}

extension Style {
  /// A short description such as `bold reverse fg=yellow`.
  public var summary: String {
    var parts: [String] = []
    if bold { parts.append("bold") }
    if reverse { parts.append("reverse") }
    if underline { parts.append("underline") }
    if dim { parts.append("dim") }
    if foreground != .terminalDefault { parts.append("fg=\(foreground.name)") }
    if background != .terminalDefault { parts.append("bg=\(background.name)") }
    return parts.joined(separator: " ")
  }
}

extension PaletteColour {
  public var name: String {
    switch self {
    case .terminalDefault: "default"
    case .black: "black"
    case .white: "white"
    case .grey: "grey"
    case .drive(let colour): colour.rawValue
    }
  }
}
