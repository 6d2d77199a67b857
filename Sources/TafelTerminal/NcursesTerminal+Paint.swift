import CNcursesw
import TafelUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Draws every cell of `grid` into ncurses' virtual screen, clipped to the real screen (the
  /// grid may still have the old size right after a resize), then lets ncurses send only the
  /// cells that changed.
  public func paint(_ grid: Grid) {
    guard screen != nil else { return }
    let rows = Int(getmaxy(window))
    let columns = Int(getmaxx(window))
    let height = min(rows, grid.size.height)
    let width = min(columns, grid.size.width)
    // A row goes in as one string of cells (`wadd_wchnstr`), which ncurses copies without the
    // cursor, wrapping and control-character work it does for each `wadd_wch`: that work was
    // two thirds of painting a first frame. A row is painted in runs of one style, and most
    // characters are printable ASCII: a cell then is its run's cell with the character put in,
    // the run's cell made by `setcchar` once.
    var styled = cchar_t()
    var row: [cchar_t] = []
    row.reserveCapacity(width)
    // A frame repeats its few other characters (bars, borders, accents) many times; working
    // out their wide strings once per frame took a fifth of painting the first one. No glyph
    // is wider than two columns, so with room for two the room does not change them. A short
    // list, searched from the last one found: hashing the characters for a dictionary cost
    // more than the search, and a Character key a search of every conformance on first use.
    var glyphCache: [(character: Character, pieces: [([wchar_t], Int)])] = []
    var lastGlyph = 0
    let space: [wchar_t] = [32, 0]
    grid.cells.withUnsafeBufferPointer { cells in
      for y in 0..<height {
        row.removeAll(keepingCapacity: true)
        let base = y * grid.size.width
        // The first column the last glyph drawn did not cover: a continuation cell beyond it
        // belongs to nothing and is cleared, or an old frame's text would stay there.
        var covered = 0
        for run in grid.styleRuns(row: y, width: width) {
          let (attributes, pair) = self.pair(for: run.style)
          setcchar(&styled, space, attributes, pair, nil)
          for x in run.columns {
            let source = cells[base + x]
            if source.isContinuation && x < covered { continue }
            // Printable ASCII straight from the cell's byte, without making a `Character`.
            if let byte = source.isContinuation ? 32 : source.printableASCII {
              var cell = styled
              cell.chars.0 = wchar_t(byte)
              row.append(cell)
              covered = x + 1
              continue
            }
            let character = source.character
            let pieces: [([wchar_t], Int)]
            if width - x >= 2, let found = Self.find(character, in: glyphCache, from: lastGlyph) {
              lastGlyph = found
              pieces = glyphCache[found].pieces
            } else {
              pieces = glyphs(for: character, room: width - x)
              if width - x >= 2 {
                lastGlyph = glyphCache.count
                glyphCache.append((character, pieces))
              }
            }
            var offset = 0
            for (text, columns) in pieces {
              var cell = cchar_t()
              setcchar(&cell, text, attributes, pair, nil)
              row.append(cell)
              offset += columns
            }
            covered = x + max(1, offset)
          }
        }
        mvwadd_wchnstr(window, Int32(y), 0, row, Int32(row.count))
        // Whatever the grid does not cover must not keep an old frame's text.
        if width < columns {
          wmove(window, Int32(y), Int32(width))
          wclrtoeol(window)
        }
      }
    }
    if height < rows {
      wmove(window, Int32(height), 0)
      wclrtobot(window)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Where `character` is in `cache`, looking first at `start` (runs of one character, such as
  /// a border, are common) and then from the beginning.
  private static func find(
    _ character: Character, in cache: [(character: Character, pieces: [([wchar_t], Int)])],
    from start: Int
  ) -> Int? {
    if start < cache.count, cache[start].character == character { return start }
    return cache.firstIndex { $0.character == character }
  }

  /// Makes every frame leave in one write, without a cursor move at its end. Call once, before
  /// anything is drawn.
  static func prepareOutput(_ window: UnsafeMutablePointer<WINDOW>) {
    // ncurses 6.4 flushes after every cursor movement while a screen is still in its initial
    // state, and only the way back from `endwin` ends that state: a 120x36 frame went out in
    // about 100 writes, moving the selection in 25. Each write wakes the terminal, which may
    // show half a frame, and over ssh each becomes a packet of its own. So `endwin` now: the
    // way back is the first frame's `doupdate` (a `doupdate` here as well drew a whole blank
    // screen first, an eighth of the start-up's instructions at 250x70).
    endwin()
    // The cursor is hidden and text fields draw their own, so parking it after every frame (at
    // the last cell drawn) is a wasted cursor move. Where it cannot be hidden, keep parking it.
    leaveok(window, canHideCursor())
  }

  /// `tigetstr` answers nil when the capability is absent and -1 when it is not a string one.
  private static func canHideCursor() -> Bool {
    guard let civis = tigetstr("civis") else { return false }
    return Int(bitPattern: civis) != -1
  }

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
  private func glyphs(for character: Character, room: Int) -> [([wchar_t], Int)] {
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
