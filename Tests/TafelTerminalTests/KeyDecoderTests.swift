import Testing

@testable import TafelTerminal

// Codes are literal, as ncurses 6 defines them, so a wrong constant in the decoder shows up.
@Suite struct KeyDecoderTests {
  @Test func navigationKeysDecodeByCode() {
    let expected: [(Int32, KeyDecoder.Special)] = [
      (258, .key(.down)), (259, .key(.up)), (260, .key(.left)), (261, .key(.right)),
      (262, .key(.home)), (360, .key(.end)), (338, .key(.pageDown)), (339, .key(.pageUp)),
      (263, .key(.backspace)), (330, .key(.delete)), (353, .key(.backTab)), (343, .key(.enter)),
      (337, .key(.shiftUp)), (336, .key(.shiftDown)), (393, .key(.shiftLeft)),
      (402, .key(.shiftRight)), (410, .resize), (409, .mouse),
    ]
    for (code, special) in expected {
      #expect(KeyDecoder.special(keyCode: code) == special, "code \(code)")
    }
  }

  @Test func functionKeysCountFromOne() {
    #expect(KeyDecoder.special(keyCode: 265) == .key(.function(1)))
    #expect(KeyDecoder.special(keyCode: 269) == .key(.function(5)))
    #expect(KeyDecoder.special(keyCode: 264) == nil)
  }

  @Test func unknownCodesAreIgnored() {
    #expect(KeyDecoder.special(keyCode: 0o777) == nil)
  }

  @Test func controlCharactersHaveMeaningsOrLetters() {
    #expect(KeyDecoder.key(character: 10) == .enter)
    #expect(KeyDecoder.key(character: 13) == .enter)
    #expect(KeyDecoder.key(character: 9) == .tab)
    #expect(KeyDecoder.key(character: 27) == .escape)
    #expect(KeyDecoder.key(character: 127) == .backspace)
    #expect(KeyDecoder.key(character: 8) == .backspace)
    #expect(KeyDecoder.key(character: 1) == .control("a"))
    #expect(KeyDecoder.key(character: 19) == .control("s"))
    #expect(KeyDecoder.key(character: 26) == .control("z"))
    #expect(KeyDecoder.key(character: 0) == .control("@"))
  }

  @Test func printableCharactersIncludeDiacritics() {
    #expect(KeyDecoder.key(character: 113) == .character("q"))
    #expect(KeyDecoder.key(character: 235) == .character("ë"))
    #expect(KeyDecoder.key(character: 0xC7) == .character("Ç"))
    #expect(KeyDecoder.key(character: 0x20AC) == .character("€"))
  }

  @Test func invalidScalarsAndC1ControlsAreIgnored() {
    #expect(KeyDecoder.key(character: 0xD800) == nil)
    #expect(KeyDecoder.key(character: 0x85) == nil)
  }

  @Test func mouseStatesMapToButtons() {
    #expect(KeyDecoder.button(state: 0x2) == .left)  // BUTTON1_PRESSED
    #expect(KeyDecoder.button(state: 0x4) == .left)  // BUTTON1_CLICKED
    #expect(KeyDecoder.button(state: 0x1) == nil)  // BUTTON1_RELEASED
    #expect(KeyDecoder.button(state: 0x10000) == .wheelUp)  // BUTTON4_PRESSED
    #expect(KeyDecoder.button(state: 0x200000) == .wheelDown)  // BUTTON5_PRESSED
  }
}
