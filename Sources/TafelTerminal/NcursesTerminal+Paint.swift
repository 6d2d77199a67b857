import CNcursesw
import TafelUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Paints `grid`: ncurses sends only the cells that changed since the last frame. The first
  /// frame is written whole without ncurses's comparison (`paintFirstFrame`).
  public func paint(_ grid: Grid) {
    guard screen != nil else { return }
    if isFirstFrame {
      isFirstFrame = false
      if paintFirstFrame(grid) { return }
    }
    draw(grid)
    wnoutrefresh(window)
    doupdate()
  }

  /// Draws `grid` into ncurses' virtual screen (`stdscr`), clipped to the real screen (the grid
  /// may still have the old size right after a resize), clearing whatever it does not cover.
  func draw(_ grid: Grid) {
    let rows = Int(getmaxy(window))
    let columns = Int(getmaxx(window))
    let height = min(rows, grid.size.height)
    let width = min(columns, grid.size.width)
    // Cells go in as strings (`wadd_wchnstr`), which ncurses copies without the cursor,
    // wrapping and control-character work it does for each `wadd_wch`: that work was two
    // thirds of painting a first frame. One row's cells, reused for every row.
    var buffer = [cchar_t](repeating: cchar_t(), count: max(width, 1))
    var glyphCache = GlyphCache<[([wchar_t], Int)]>()
    grid.cells.withUnsafeBufferPointer { cells in
      buffer.withUnsafeMutableBufferPointer { buffer in
        for y in 0..<height {
          draw(
            row: y, of: grid, cells: cells, width: width, buffer: buffer, glyphCache: &glyphCache)
          // Whatever the grid does not cover must not keep an old frame's text.
          if width < columns {
            wmove(window, Int32(y), Int32(width))
            wclrtoeol(window)
          }
        }
      }
    }
    if height < rows {
      wmove(window, Int32(height), 0)
      wclrtobot(window)
    }
  }

  /// Draws the grid's row `y`, up to `width` columns, into ncurses' virtual screen.
  ///
  /// A row is painted in runs of one style, and most characters are printable ASCII: a cell
  /// then is its run's cell with the character put in, the run's cell made by `setcchar` once.
  /// Cells gather in `buffer` and go in as one string. But most of a frame is one cell
  /// repeated (the blanks inside a box, a border, a bar), and `wadd_wchnstr` asks `wcwidth`
  /// about every cell it copies, so a stretch of at least `shortestStretch` equal one-column
  /// cells goes in with `mvwhline_set`, which copies its cell as it is.
  ///
  /// What follows a stretch starts with the stretch's last cell once more: `wadd_wchnstr`
  /// blanks the cell before a string that starts on the second half of an old frame's wide
  /// character, and here that cell would be the stretch's. A glyph can come in more pieces than
  /// the columns it is given (a wide character whose second half a box line took); what then
  /// does not fit is left out, as ncurses leaves it at the margin.
  private func draw(
    row y: Int, of grid: Grid, cells: UnsafeBufferPointer<Cell>, width: Int,
    buffer: UnsafeMutableBufferPointer<cchar_t>, glyphCache: inout GlyphCache<[([wchar_t], Int)]>
  ) {
    let space: [wchar_t] = [32, 0]
    var styled = cchar_t()
    let base = y * grid.size.width
    // The cells waiting in `buffer`, and the column of the first.
    var count = 0
    var column = 0
    func send() {
      if count > 0 {
        mvwadd_wchnstr(window, Int32(y), Int32(column), buffer.baseAddress, Int32(count))
      }
      count = 0
    }
    // The first column the last glyph drawn did not cover: a continuation cell beyond it
    // belongs to nothing and is cleared, or an old frame's text would stay there.
    var covered = 0
    var start = 0
    while start < width {
      let end = grid.styleRunEnd(row: y, from: start, width: width)
      let (attributes, pair) = self.pair(for: cells[base + start].style)
      setcchar(&styled, space, attributes, pair, nil)
      var x = start
      while x < end {
        let source = cells[base + x]
        if source.isContinuation && x < covered {
          x += 1
          continue
        }
        if count == 0 { column = x }
        // Printable ASCII straight from the cell's byte, without making a `Character`.
        let byte = source.isContinuation ? 32 : source.printableASCII
        let last =
          source.isContinuation ? x : lastOfStretch(from: x, before: end, in: cells, at: base)
        if last - x + 1 >= Self.shortestStretch,
          let cell = byte.map({ Self.cell($0, styled: styled) })
            ?? singleColumn(source, room: width - x, attributes, pair, &glyphCache)
        {
          send()
          buffer[0] = cell
          mvwhline_set(window, Int32(y), Int32(x), buffer.baseAddress, Int32(last - x + 1))
          // The stretch's last cell stays, to start what follows.
          count = 1
          column = last
          covered = last + 1
          x = last + 1
          continue
        }
        if let byte {
          guard count < buffer.count else { break }
          buffer[count] = Self.cell(byte, styled: styled)
          count += 1
          covered = x + 1
          x += 1
          continue
        }
        var offset = 0
        let pieces = glyphCache.glyph(of: source, room: width - x) { glyphs(for: $0, room: $1) }
        for (text, columns) in pieces where count < buffer.count {
          buffer[count] = cchar_t()
          setcchar(&buffer[count], text, attributes, pair, nil)
          count += 1
          offset += columns
        }
        covered = x + max(1, offset)
        x += 1
      }
      start = end
    }
    send()
  }

  /// The shortest stretch that gets a call of its own. 2, 4 and 8 cost the same for a 250x70
  /// first frame (within 0.1 % of its instructions); 16 left more blanks to `wcwidth`.
  private static let shortestStretch = 4

  /// The run's cell, `styled`, with `byte` as its character.
  private static func cell(_ byte: UInt8, styled: cchar_t) -> cchar_t {
    var cell = styled
    cell.chars.0 = wchar_t(byte)
    return cell
  }

  /// The last column from `x` on, before `end`, whose cell holds the same character as `x`'s.
  private func lastOfStretch(
    from x: Int, before end: Int, in cells: UnsafeBufferPointer<Cell>, at base: Int
  ) -> Int {
    let code = cells[base + x].characterCode
    var last = x
    while last + 1 < end, cells[base + last + 1].characterCode == code,
      !cells[base + last + 1].isContinuation
    {
      last += 1
    }
    return last
  }

  /// The cell that draws `source` when its glyph is one piece of one column, else nil.
  private func singleColumn(
    _ source: Cell, room: Int, _ attributes: attr_t, _ pair: Int16,
    _ glyphCache: inout GlyphCache<[([wchar_t], Int)]>
  ) -> cchar_t? {
    let pieces = glyphCache.glyph(of: source, room: room) { glyphs(for: $0, room: $1) }
    guard pieces.count == 1, pieces[0].1 == 1 else { return nil }
    var cell = cchar_t()
    setcchar(&cell, pieces[0].0, attributes, pair, nil)
    return cell
  }

  /// Makes every frame leave in one write, without a cursor move at its end. Call once, before
  /// anything is drawn.
  static func prepareOutput(_ window: UnsafeMutablePointer<WINDOW>) {
    // ncurses 6.4 flushes after every cursor movement while a screen is still in its initial
    // state, and only the way back from `endwin` ends that state: a 120x36 frame went out in
    // about 100 writes, moving the selection in 25. Each write wakes the terminal, which may
    // show half a frame, and over ssh each becomes a packet of its own. The first frame
    // (`paintFirstFrame`) therefore ends with an `endwin` and the way back from it, unseen
    // after a frame of Tafel's own, or before ncurses's.
    //
    // The cursor is hidden and text fields draw their own, so parking it after every frame (at
    // the last cell drawn) is a wasted cursor move. Where it cannot be hidden, keep parking it.
    leaveok(window, canHideCursor())
  }

  static func canHideCursor() -> Bool { TerminfoStrings.has("civis") }

  /// The attributes and colour pair for `style`, allocating the pair on first use.
  func pair(for style: Style) -> (attributes: attr_t, pair: Int16) {
    let rendition = palette.rendition(for: style)
    guard let colours = rendition.colours else { return (rendition.attributes, 0) }
    let (number, isNew) = pairs.number(for: colours)
    if isNew { init_pair(number, colours.foreground, colours.background) }
    return (rendition.attributes, number)
  }

  /// The wide strings (each NUL-terminated) that draw `character` within `room` columns, with
  /// the columns each takes. What the terminal gets is `TerminalGlyph`'s, so ncurses, the
  /// terminal and the grid count the same columns. A glyph that does not fit becomes spaces
  /// rather than wrapping; one this C library measures differently from Tafel's table (another
  /// Unicode version) becomes "?" and spaces; without UTF-8 every column gets an ASCII stand-in.
  func glyphs(for character: Character, room: Int) -> [([wchar_t], Int)] {
    let columns = DisplayWidth.of(character)
    guard columns > 0, columns <= room else { return [([32, 0], 1)] }
    if character.isASCII { return [(character.unicodeScalars.map(Self.wide) + [0], columns)] }
    if unicode {
      let glyph = TerminalGlyph(character)
      let agrees = zip(glyph.pieces, glyph.widths).allSatisfy { piece, width in
        piece.first.map { tafel_wcwidth($0.value) == Int32(width) } ?? false
      }
      if agrees {
        return zip(glyph.pieces, glyph.widths).map { piece, width in
          (piece.map(Self.wide) + [0], width)
        }
      }
      return ("?" + String(repeating: " ", count: columns - 1)).unicodeScalars.map {
        ([Self.wide($0), 0], 1)
      }
    }
    return ASCIITransliteration.cell(character, columns: columns).unicodeScalars.map {
      ([Self.wide($0), 0], 1)
    }
  }

  private static func wide(_ scalar: Unicode.Scalar) -> wchar_t {
    wchar_t(bitPattern: scalar.value)
  }
}
