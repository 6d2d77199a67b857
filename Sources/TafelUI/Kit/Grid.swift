/// The screen as an off-screen grid of cells. Views draw into it; the terminal backend paints it;
/// tests read it as text. Drawing outside the grid is clipped, never a crash.
public struct Grid: Equatable, Sendable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]

  public init(size: Size, style: Style = .plain) {
    self.size = size
    cells = Array(repeating: Cell(" ", style: style), count: size.width * size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { contains(x: x, y: y) ? cells[y * size.width + x] : .blank }
    set {
      guard contains(x: x, y: y) else { return }
      cells[y * size.width + x] = newValue
    }
  }

  public func contains(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < size.width && y < size.height
  }

  /// Writes `text` from (x, y), clipped to `limit` columns and to the grid; returns the columns
  /// used. A wide character that does not fit whole is left out.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < size.height else { return 0 }
    let end = min(size.width, limit.map { x + max(0, $0) } ?? size.width)
    // Most text on screen is printable ASCII, where each byte is a character of one column:
    // walking its characters cost four times as much as writing them.
    if DisplayWidth.isPrintableASCII(text) {
      let stop = max(x, min(end, x + text.utf8.count))
      if stop > max(x, 0) { breakWideCharacters(over: max(x, 0)..<stop, y: y) }
      var column = x
      for byte in text.utf8 {
        if column >= stop { break }
        if column >= 0 { cells[y * size.width + column] = Cell(printableASCII: byte, style: style) }
        column += 1
      }
      return stop - x
    }
    var column = x
    for character in text {
      let width = DisplayWidth.of(character)
      if width == 0 { continue }
      if column + width > end { break }
      if column >= 0 {
        breakWideCharacters(over: column..<column + width, y: y)
        self[column, y] = Cell(character, style: style)
        if width == 2 { self[column + 1, y] = Cell(" ", style: style, isContinuation: true) }
      }
      column += width
    }
    return max(0, column - x)
  }

  /// Fills `rect` with `character` in `style`.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    let cell = Cell(character, style: style)
    for y in rect.y..<rect.maxY {
      breakWideCharacters(over: rect.x..<rect.maxX, y: y)
      for x in rect.x..<rect.maxX { self[x, y] = cell }
    }
  }

  /// A wide character half covered by new text becomes a space: half a glyph cannot be drawn,
  /// and a second half with nothing before it would never be painted, leaving an old frame's
  /// text in that column.
  private mutating func breakWideCharacters(over columns: Range<Int>, y: Int) {
    if self[columns.lowerBound, y].isContinuation, contains(x: columns.lowerBound - 1, y: y) {
      self[columns.lowerBound - 1, y].character = " "
    }
    if self[columns.upperBound, y].isContinuation {
      self[columns.upperBound, y].isContinuation = false
    }
  }

  /// Sets the style of every cell in `rect`, keeping the characters.
  public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
    for y in rect.y..<rect.maxY {
      for x in rect.x..<rect.maxX where contains(x: x, y: y) {
        change(&cells[y * size.width + x].style)
      }
    }
  }

  /// The text of row `y`, trailing spaces removed.
  public func rowText(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var text = ""
    for x in 0..<size.width where !self[x, y].isContinuation {
      text.append(self[x, y].character)
    }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// All rows as text, for tests and snapshots.
  public var text: String {
    (0..<size.height).map(rowText).joined(separator: "\n")
  }

  /// Where the run of one style that starts at column `x` of row `y` ends, within the first
  /// `width` columns: a terminal sets its colours once per run. Compared here, in `Style`'s own
  /// module; the terminal's module called its equality for every cell, a fifth of painting a
  /// large first frame. Always past `x`, so a loop that goes on from the end moves forward.
  public func styleRunEnd(row y: Int, from x: Int, width: Int) -> Int {
    let end = min(width, size.width)
    guard y >= 0, y < size.height, x >= 0, x < end else { return max(x + 1, end) }
    let base = y * size.width
    return cells.withUnsafeBufferPointer { cells in
      var next = x + 1
      // Every frame compares every cell's style: as one number where a style's bytes fit in one.
      if MemoryLayout<Style>.size <= MemoryLayout<UInt64>.size {
        let bits = cells[base + x].style.bits
        while next < end, cells[base + next].style.bits == bits { next += 1 }
      } else {
        let style = cells[base + x].style
        while next < end, cells[base + next].style == style { next += 1 }
      }
      return next
    }
  }
}

extension Style {
  /// The style's bytes as one number, where they fit in one. Each field is one byte with one
  /// pattern per value (`GridTests` checks every style), so equal styles give equal numbers
  /// and different ones different numbers.
  var bits: UInt64 {
    var bits: UInt64 = 0
    withUnsafeBytes(of: self) { style in
      withUnsafeMutableBytes(of: &bits) { target in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: style.prefix(target.count)))
      }
    }
    return bits
  }
}
