import TafelUI

/// The terminal's own control strings that a whole frame is written with, each as it is sent.
/// Made from terminfo for the real terminal (`TerminfoStrings`), and from readable stand-ins in
/// tests.
struct FrameVocabulary {
  /// `clear`: the whole screen blank, the cursor home.
  var clear: [UInt8]
  /// `sgr0`: every attribute off.
  var reset: [UInt8]
  /// `op`: the terminal's own foreground and background colours.
  var originalColours: [UInt8]?
  var bold: [UInt8]?
  var dim: [UInt8]?
  var reverse: [UInt8]?
  var underline: [UInt8]?
  /// `setaf` and `setab` for one colour number.
  var foreground: (Int16) -> [UInt8]?
  var background: (Int16) -> [UInt8]?
  /// `cup`: the cursor to a row and a column, both from 0.
  var move: (_ row: Int, _ column: Int) -> [UInt8]
}

/// A whole frame as the bytes that draw it on a terminal, row by row, with the attributes and
/// colours changed only where a written cell needs it. It ends with the attributes off, the
/// terminal's own colours and the cursor home, which is where ncurses will believe the terminal
/// to be once it has been told this frame is on screen.
///
/// Pure: the terminal's strings, each style's rendition and each glyph's bytes come in, so
/// tests read the result. Nil when a frame needs something the terminal cannot be sent this
/// way (an attribute without its string, a wide glyph overlapping the cell after it); ncurses
/// then paints it, as every later frame.
enum FrameBytes {
  /// - Parameters:
  ///   - blank: the rendition of the spaces the screen already shows everywhere (it was just
  ///     cleared to them): such cells are passed over. Nil writes every cell.
  ///   - rendition: how a style is drawn, as the palette says.
  ///   - glyph: the bytes of a cell that is not printable ASCII and the columns they take,
  ///     within the columns given (`room`); nil when it cannot be written.
  static func of(
    _ grid: Grid, vocabulary: FrameVocabulary, blank: Rendition? = nil,
    rendition: (Style) -> Rendition,
    glyph: (Cell, _ room: Int) -> (bytes: [UInt8], columns: Int)?
  ) -> [UInt8]? {
    let width = grid.size.width
    var writer = Writer(vocabulary: vocabulary)
    writer.output.reserveCapacity(grid.cells.count + grid.size.height * 16 + 2048)
    let written: Bool = grid.cells.withUnsafeBufferPointer { cells in
      for y in 0..<grid.size.height {
        let base = y * width
        // The column of the terminal's cursor in this row; -1 when it is elsewhere.
        var cursor = -1
        // The first column the last glyph written did not cover.
        var covered = 0
        var x = 0
        while x < width {
          let end = grid.styleRunEnd(row: y, from: x, width: width)
          let style = rendition(cells[base + x].style)
          let passesBlanks = style == blank
          var switched = false
          while x < end {
            let cell = cells[base + x]
            if x < covered {
              // The second half of the glyph just written; any other cell there would be lost.
              guard cell.isContinuation else { return false }
              x += 1
              continue
            }
            // A second half with no glyph before it is blank too.
            let isBlank = cell.isContinuation || cell.characterCode == 32
            if passesBlanks && isBlank {
              x += 1
              while x < end, cells[base + x].isContinuation || cells[base + x].characterCode == 32 {
                x += 1
              }
              covered = x
              continue
            }
            if cursor != x {
              // A few blanks passed over are cheaper written than moved across.
              if cursor >= 0 && x - cursor <= 4 && writer.current == blank {
                writer.output += repeatElement(32, count: x - cursor)
              } else {
                writer.output += vocabulary.move(y, x)
              }
            }
            if !switched {
              guard writer.switchTo(style) else { return false }
              switched = true
            }
            if isBlank {
              writer.output.append(32)
              covered = x + 1
            } else if let byte = cell.printableASCII {
              writer.output.append(byte)
              covered = x + 1
            } else {
              guard let glyph = glyph(cell, width - x) else { return false }
              writer.output += glyph.bytes
              covered = x + max(1, glyph.columns)
              if covered > width { return false }
              if glyph.columns == 1 {
                // A stretch of one glyph (a border, a bar) repeats its bytes.
                let code = cell.characterCode
                while covered < end, cells[base + covered].characterCode == code,
                  !cells[base + covered].isContinuation
                {
                  writer.output += glyph.bytes
                  covered += 1
                }
                x = covered - 1
              }
            }
            // At the right margin the cursor waits to wrap: the next row moves it anyway.
            cursor = covered < width ? covered : -1
            x += 1
          }
        }
      }
      return true
    }
    guard written else { return nil }
    guard writer.switchTo(Rendition(colours: writer.current.colours.map { _ in .original }))
    else { return nil }
    writer.output += vocabulary.move(0, 0)
    return writer.output
  }

  /// The bytes so far and the rendition the terminal is in after them.
  private struct Writer {
    let vocabulary: FrameVocabulary
    var output: [UInt8] = []
    /// What the terminal starts in: attributes off, its own colours (ncurses's set-up, sent
    /// just before, leaves it so).
    var current = Rendition(colours: .original)

    init(vocabulary: FrameVocabulary) { self.vocabulary = vocabulary }

    /// Sends what turns `current` into `next`: everything off, then what `next` has. False
    /// when the terminal has no string for part of it.
    mutating func switchTo(_ next: Rendition) -> Bool {
      if next == current { return true }
      output += vocabulary.reset
      let was = current.colours ?? .original
      let will = next.colours ?? .original
      // A colour is given back with `op`; `sgr0` need not do it.
      let givesBack =
        (was.foreground >= 0 && will.foreground < 0) || (was.background >= 0 && will.background < 0)
      guard !givesBack || append(vocabulary.originalColours) else { return false }
      guard !next.bold || append(vocabulary.bold), !next.dim || append(vocabulary.dim),
        !next.reverse || append(vocabulary.reverse),
        !next.underline || append(vocabulary.underline),
        will.foreground < 0 || append(vocabulary.foreground(will.foreground)),
        will.background < 0 || append(vocabulary.background(will.background))
      else { return false }
      current = next
      return true
    }

    /// False when the terminal has no such string.
    private mutating func append(_ string: [UInt8]?) -> Bool {
      guard let string else { return false }
      output += string
      return true
    }
  }
}

extension ColourPairKey {
  /// The terminal's own colours (-1 is how `use_default_colors` names them).
  static let original = ColourPairKey(foreground: -1, background: -1)
}
