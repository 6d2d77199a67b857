import CNcursesw
import TafelUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Writes the first frame whole, then tells ncurses it is on screen; false when it cannot,
  /// and ncurses is then ready to paint it as any other (nothing of the frame was sent).
  ///
  /// ncurses finds what to send by comparing every cell with what it believes is on screen,
  /// and on a blank screen most of that work is finding the gaps and the cheapest cursor
  /// movement across each: at 250x70 that was 6.3 M instructions before the first frame, a
  /// third of the start. Here the frame goes out as the cells in turn (`FrameBytes`), after
  /// ncurses's own set-up (the alternate screen, keypad, mouse, a hidden cursor) and a clear.
  /// Then `endwin`, which ends ncurses's initial state (`prepareOutput`), and the same frame
  /// through ncurses go to /dev/null, after the terminal already shows it: every later frame
  /// is compared with what is really there, and the cursor (home) and the attributes (off) are
  /// where ncurses believes them.
  func paintFirstFrame(_ grid: Grid) -> Bool {
    guard let frame = firstFrameBytes(grid) else {
      endwinUnseen()
      return false
    }
    // What ncurses holds of its set-up, sent now: `delay_output` of nothing only flushes.
    delay_output(0)
    guard Self.send(frame, to: output) else {
      // Part of a frame may be on screen: ncurses clears it and paints all.
      endwinUnseen()
      clearok(window, true)
      return false
    }
    draw(grid)
    wmove(window, 0, 0)
    leaveok(window, false)
    wnoutrefresh(window)
    leaveok(window, true)
    unseen {
      endwin()
      doupdate()
      // `endwin` turned the keypad's codes off and the way back leaves them so: the first read
      // of a key would send them again, to a terminal that never lost them.
      keypad(window, true)
    }
    return true
  }

  /// Ends ncurses's initial state before ncurses paints the first frame itself: its way back
  /// from `endwin`, in that frame's `doupdate`, then sends the set-up again, and clears.
  private func endwinUnseen() {
    unseen {
      endwin()
      keypad(window, true)
    }
  }

  /// Runs `work` with ncurses's output going to /dev/null. The terminal's modes stay as they
  /// are: ncurses sets them through the same descriptor, which is not a terminal meanwhile, so
  /// an `endwin` here does not blink the shell's screen and modes in between. Where the output
  /// cannot be turned aside, `work` is seen: the shell's screen shows for a moment, and the
  /// frame is painted a second time.
  private func unseen(_ work: () -> Void) {
    let saved = tafel_output_aside(output)
    work()
    if saved >= 0 { tafel_output_back(output, saved) }
  }

  /// The clear and the frame, or nil where ncurses is to paint it.
  private func firstFrameBytes(_ grid: Grid) -> [UInt8]? {
    guard Self.canHideCursor(), palette.depth == 0 || palette.defaultColours,
      grid.size == size, let vocabulary = TerminfoStrings.vocabulary()
    else { return nil }
    // The dark theme's blank is the terminal's own, which the screen is cleared to.
    let ownBlank = Rendition(colours: palette.depth > 0 ? .original : nil)
    let blank = palette.rendition(for: .plain) == ownBlank ? ownBlank : nil
    var glyphCache = GlyphCache<(bytes: [UInt8], columns: Int)?>()
    let frame = FrameBytes.of(
      grid, vocabulary: vocabulary, blank: blank, rendition: { self.rendition(for: $0) },
      glyph: { cell, room in glyphCache.glyph(of: cell, room: room, make: self.glyphBytes) })
    return frame.map { vocabulary.clear + $0 }
  }

  /// How `style` is drawn as `draw` gives it to ncurses: when the colour pairs have run out,
  /// in the terminal's own colours (pair 0), so ncurses and the screen agree.
  private func rendition(for style: Style) -> Rendition {
    var rendition = palette.rendition(for: style)
    if rendition.colours != nil && pair(for: style).pair == 0 { rendition.colours = .original }
    return rendition
  }

  /// The bytes of `character`'s glyphs within `room` columns (`glyphs(for:room:)`, as ncurses
  /// gets them) and the columns they take; nil when a piece is no Unicode scalar.
  private func glyphBytes(_ character: Character, room: Int) -> (bytes: [UInt8], columns: Int)? {
    var text = ""
    var columns = 0
    for (wide, width) in glyphs(for: character, room: room) {
      for value in wide where value != 0 {
        guard let scalar = Unicode.Scalar(UInt32(bitPattern: value)) else { return nil }
        text.unicodeScalars.append(scalar)
      }
      columns += width
    }
    return (Array(text.utf8), columns)
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
        } else if written < 0 && errno == EINTR {
          continue
        } else if written < 0 && errno == EAGAIN {
          // A terminal left non-blocking by another program: wait until it takes more.
          var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, 100)
        } else {
          return false
        }
      }
      return true
    }
  }
}
