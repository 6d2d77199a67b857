import CNcursesw

/// The current terminal's strings for writing a whole frame (`FrameBytes`), read from terminfo
/// once ncurses has set the terminal up. Nil for a terminal where writing a frame this way
/// could go wrong in ways ncurses knows to avoid (`takesWholeFrames`).
enum TerminfoStrings {
  static func vocabulary() -> FrameVocabulary? {
    guard let clear = string("clear"), let reset = string("sgr0"), let cup = raw("cup") else {
      return nil
    }
    let flags = Flags(
      automaticMargins: tigetflag("am") == 1, delayedWrap: tigetflag("xenl") == 1,
      movesInAttributes: tigetflag("msgr") == 1, attributesLostWithColour: tigetnum("ncv") > 0,
      attributesTakeCells: tigetnum("xmc") >= 0)
    guard takesWholeFrames(flags) else { return nil }
    let setaf = raw("setaf")
    let setab = raw("setab")
    var foregrounds = Colours(capability: setaf)
    var backgrounds = Colours(capability: setab)
    let move: (Int, Int) -> [UInt8]
    if bytes(cup) == Array("\u{1B}[%i%p1%d;%p2%dH".utf8) {
      // Nearly every terminal's: a frame moves hundreds of times, and filling in the
      // capability each time cost more than writing the frame.
      move = { row, column in
        var bytes: [UInt8] = [0x1B, UInt8(ascii: "[")]
        appendDecimal(row + 1, to: &bytes)
        bytes.append(UInt8(ascii: ";"))
        appendDecimal(column + 1, to: &bytes)
        bytes.append(UInt8(ascii: "H"))
        return bytes
      }
    } else {
      move = { row, column in bytes(tafel_tiparm2(cup, Int32(row), Int32(column))) ?? [] }
    }
    return FrameVocabulary(
      clear: clear, reset: reset, originalColours: string("op"), bold: string("bold"),
      dim: string("dim"), reverse: string("rev"), underline: string("smul"),
      foreground: { foregrounds.bytes(for: $0) }, background: { backgrounds.bytes(for: $0) },
      move: move)
  }

  /// The capability's string as sent: nil when the terminal lacks it (`tigetstr` answers nil,
  /// or -1 for a name that is not a string capability).
  private static func string(_ name: String) -> [UInt8]? {
    raw(name).flatMap { bytes($0) }
  }

  /// Whether the current terminal has the string capability `name`.
  static func has(_ name: String) -> Bool { raw(name) != nil }

  /// `tigetstr` answers nil when the capability is absent and -1 when it is not a string one.
  private static func raw(_ name: String) -> UnsafeMutablePointer<CChar>? {
    guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return nil }
    return pointer
  }

  /// The terminal's flags that decide whether a frame may be written whole.
  struct Flags {
    /// `am`: writing the last column wraps.
    var automaticMargins: Bool
    /// `xenl`: the wrap waits for the next character, so the bottom-right cell does not scroll.
    var delayedWrap: Bool
    /// `msgr`: the cursor may move with attributes on (a frame moves with a run's colours on).
    var movesInAttributes: Bool
    /// `ncv`: some attributes are lost next to colours.
    var attributesLostWithColour: Bool
    /// `xmc`: turning an attribute on or off takes a cell of its own.
    var attributesTakeCells: Bool
  }

  /// Whether a frame can be written cell by cell as `FrameBytes` does, where ncurses would
  /// have worked around the terminal: a bottom-right cell that scrolls the screen, a cursor
  /// that must not move with attributes on, attributes lost next to colours or spending cells.
  static func takesWholeFrames(_ flags: Flags) -> Bool {
    (!flags.automaticMargins || flags.delayedWrap) && flags.movesInAttributes
      && !flags.attributesLostWithColour && !flags.attributesTakeCells
  }

  private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
    if number >= 10 { appendDecimal(number / 10, to: &bytes) }
    bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
  }

  /// The bytes of `string` without its padding (`$<5>`, a delay for old terminals that only
  /// `tputs` understands): sent as it is, the padding would show on screen.
  private static func bytes(_ string: UnsafePointer<CChar>?) -> [UInt8]? {
    guard let string else { return nil }
    let all = UnsafeBufferPointer(start: string, count: strlen(string)).map {
      UInt8(bitPattern: $0)
    }
    var bytes: [UInt8] = []
    var index = 0
    while index < all.count {
      let dollar = UInt8(ascii: "$")
      if all[index] == dollar, index + 1 < all.count, all[index + 1] == UInt8(ascii: "<"),
        let close = all[(index + 2)...].firstIndex(of: UInt8(ascii: ">"))
      {
        index = close + 1
        continue
      }
      bytes.append(all[index])
      index += 1
    }
    return bytes
  }

  /// `setaf` or `setab` filled in once per colour number: a frame uses a dozen colours in
  /// hundreds of places.
  private struct Colours {
    let capability: UnsafeMutablePointer<CChar>?
    private var made: [[UInt8]?] = Array(repeating: nil, count: 256)

    init(capability: UnsafeMutablePointer<CChar>?) { self.capability = capability }

    mutating func bytes(for number: Int16) -> [UInt8]? {
      guard let capability, number >= 0 else { return nil }
      guard number < made.count else {
        return TerminfoStrings.bytes(tafel_tiparm1(capability, Int32(number)))
      }
      if let kept = made[Int(number)] { return kept }
      let filled = TerminfoStrings.bytes(tafel_tiparm1(capability, Int32(number)))
      made[Int(number)] = filled
      return filled
    }
  }
}
