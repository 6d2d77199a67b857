import CNcursesw
import TafelUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Writes the first frame whole, then tells ncurses it is on screen; false when it cannot
  /// (nothing of the frame is sent then, and ncurses paints it as any other).
  ///
  /// ncurses finds what to send by comparing every cell with what it believes is on screen,
  /// and on a blank screen most of that work is finding the gaps and the cheapest cursor
  /// movement across each: at 250x70 its first frame was 6 M instructions, a third of the time
  /// to the first frame. Here the frame goes out as every cell in turn (`FrameBytes`), then
  /// ncurses draws the same frame with its output turned to /dev/null, after the terminal
  /// already shows it, so every later frame is compared with what is really there. The
  /// terminal ends both ways with the cursor home and the attributes off.
  func paintFirstFrame(_ grid: Grid) -> Bool {
    guard Self.canHideCursor(), palette.depth == 0 || palette.defaultColours else { return false }
    // ncurses's way back from the `endwin` of `prepareOutput`: its modes, the alternate screen,
    // a cleared screen. It may also find a new size.
    doupdate()
    guard grid.size == size, let vocabulary = TerminfoStrings.vocabulary() else { return false }
    // The dark theme's blank is the terminal's own, which the screen was just cleared to.
    let ownBlank = Rendition(colours: palette.depth > 0 ? .original : nil)
    let blank = palette.rendition(for: .plain) == ownBlank ? ownBlank : nil
    var glyphBytes = GlyphBytes()
    let frame = FrameBytes.of(
      grid, vocabulary: vocabulary, blank: blank, rendition: { self.palette.rendition(for: $0) },
      glyph: { cell, room in glyphBytes.pieces(of: cell, room: room, glyphs: self.glyphs) })
    guard let frame else { return false }
    guard Self.send(frame, to: output) else {
      // Part of a frame may be on screen: ncurses clears it and paints all.
      clearok(window, true)
      return false
    }
    draw(grid)
    wmove(window, 0, 0)
    leaveok(window, false)
    wnoutrefresh(window)
    leaveok(window, true)
    if tafel_doupdate_unseen(output) == 0 {
      // ncurses paints the frame over itself: more bytes, the same screen.
      doupdate()
    }
    return true
  }

  /// Writes all of `bytes`, across short writes and signals; false on an error.
  private static func send(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let start = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, start + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
          continue
        } else {
          return false
        }
      }
      return true
    }
  }
}

/// Each character's bytes once per frame, as `GlyphCache` keeps its wide strings for ncurses.
private struct GlyphBytes {
  private var entries: [(code: UInt32, room: Int, pieces: [(bytes: [UInt8], columns: Int)])] = []
  private var last = 0

  mutating func pieces(
    of cell: Cell, room: Int, glyphs: (Character, Int) -> [([wchar_t], Int)]
  ) -> [(bytes: [UInt8], columns: Int)]? {
    let code = cell.characterCode
    // Runs of one character (a border, a bar) are common: the last one found first.
    if last < entries.count, entries[last].code == code, entries[last].room <= room {
      return entries[last].pieces
    }
    if let found = entries.firstIndex(where: { $0.code == code && $0.room <= room }) {
      last = found
      return entries[found].pieces
    }
    let character = cell.character
    var pieces: [(bytes: [UInt8], columns: Int)] = []
    for (wide, columns) in glyphs(character, room) {
      var text = ""
      for value in wide where value != 0 {
        guard let scalar = Unicode.Scalar(UInt32(bitPattern: value)) else { return nil }
        text.unicodeScalars.append(scalar)
      }
      pieces.append((Array(text.utf8), columns))
    }
    let needs = DisplayWidth.of(character)
    if needs <= room {
      last = entries.count
      entries.append((code, needs, pieces))
    }
    return pieces
  }
}
