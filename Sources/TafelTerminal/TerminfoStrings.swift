import CNcursesw

/// The current terminal's strings for writing a whole frame (`FrameBytes`), read from terminfo
/// once ncurses has set the terminal up. Nil for a terminal where writing every cell could go
/// wrong in ways ncurses knows to avoid: one that scrolls after its bottom-right cell (automatic
/// margins without the delayed wrap), one that loses attributes next to colours, or one whose
/// attributes take a cell of their own.
enum TerminfoStrings {
  static func vocabulary() -> FrameVocabulary? {
    guard let clear = string("clear"), let reset = string("sgr0"), let cup = raw("cup") else {
      return nil
    }
    if tigetflag("am") == 1 && tigetflag("xenl") != 1 { return nil }
    if tigetnum("ncv") > 0 || tigetnum("xmc") >= 0 { return nil }
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

  private static func raw(_ name: String) -> UnsafeMutablePointer<CChar>? {
    guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return nil }
    return pointer
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
