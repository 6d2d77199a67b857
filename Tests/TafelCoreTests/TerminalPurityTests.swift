import Foundation
import Testing

/// TafelCore is pure of terminal concerns: it says what is a heading or a red bar, and the code
/// that meets a terminal (TafelExport's `TerminalColouring`, TafelTerminal) writes the codes.
@Suite struct TerminalPurityTests {
  @Test func tafelCoreWritesNoTerminalCodes() throws {
    let core = try PortabilityTests.swiftFiles().filter { $0.name.hasPrefix("TafelCore/") }
    #expect(core.count > 20)
    // ESC followed by `[` starts a control sequence (colours, cursor moves, clearing); `\e` and
    // `\x1B` are the same byte in other spellings.
    for (name, text) in core {
      for code in [#"\u{1B}["#, #"\u{001B}["#, #"\u{1b}["#, #"\e["#, #"\x1B["#, #"\x1b["#] {
        #expect(!text.contains(code), "\(name) writes a terminal code: \(code)")
      }
    }
  }
}
