import CNcursesw
import Testing

@testable import TafelTerminal

/// The strings a first frame is written with, read from the terminfo database as Debian ships it.
@Suite struct TerminfoStringsTests {
  private func vocabulary(_ term: String) -> FrameVocabulary?? {
    terminfoLock.withLock { _ -> FrameVocabulary?? in
      guard tafel_terminfo_begin(term) != 0 else { return .none }
      defer { tafel_terminfo_end() }
      return .some(TerminfoStrings.vocabulary())
    }
  }

  private func text(_ bytes: [UInt8]?) -> String? {
    bytes.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func anXtermGetsItsOwnStrings() throws {
    let found = try #require(vocabulary("xterm-256color"))
    let xterm = try #require(found)
    #expect(text(xterm.clear) == "\u{1B}[H\u{1B}[2J")
    #expect(text(xterm.reset) == "\u{1B}(B\u{1B}[m")
    #expect(text(xterm.originalColours) == "\u{1B}[39;49m")
    #expect(text(xterm.bold) == "\u{1B}[1m")
    #expect(text(xterm.reverse) == "\u{1B}[7m")
    #expect(text(xterm.move(0, 0)) == "\u{1B}[1;1H")
    #expect(text(xterm.move(69, 249)) == "\u{1B}[70;250H")
    #expect(text(xterm.foreground(33)) == "\u{1B}[38;5;33m")
    #expect(text(xterm.foreground(3)) == "\u{1B}[33m")
    #expect(text(xterm.background(231)) == "\u{1B}[48;5;231m")
  }

  /// vt100's strings ask `tputs` for delays (`$<5>`); written as they are, they would show.
  @Test func paddingIsLeftOut() throws {
    let found = try #require(vocabulary("vt100"))
    let vt100 = try #require(found)
    #expect(text(vt100.move(4, 9)) == "\u{1B}[5;10H")
    #expect(text(vt100.reset) == "\u{1B}[m\u{0F}")
    #expect(text(vt100.bold) == "\u{1B}[1m")
  }

  /// ansi scrolls after writing its bottom-right cell and loses attributes next to colours;
  /// linux loses some too: ncurses, which knows, draws their first frame.
  @Test func terminalsWhereAWholeFrameCouldGoWrongAreLeftToNcurses() throws {
    for term in ["ansi", "linux"] {
      let found = try #require(vocabulary(term), "\(term) is not in the terminfo database")
      #expect(found == nil, "\(term)")
    }
  }

  /// Each flag that makes writing a whole frame unsafe refuses it on its own.
  @Test func eachFlagThatWouldGoWrongRefusesAWholeFrame() {
    let safe = TerminfoStrings.Flags(
      automaticMargins: true, delayedWrap: true, movesInAttributes: true,
      attributesLostWithColour: false, attributesTakeCells: false)
    #expect(TerminfoStrings.takesWholeFrames(safe))
    var noWrap = safe
    (noWrap.automaticMargins, noWrap.delayedWrap) = (false, false)
    #expect(TerminfoStrings.takesWholeFrames(noWrap))
    var scrolls = safe
    scrolls.delayedWrap = false
    var smears = safe
    smears.movesInAttributes = false
    var loses = safe
    loses.attributesLostWithColour = true
    var spends = safe
    spends.attributesTakeCells = true
    for flags in [scrolls, smears, loses, spends] {
      #expect(!TerminfoStrings.takesWholeFrames(flags), "\(flags)")
    }
  }
}
