import Testing

@testable import TafelTerminal

@Suite struct TerminalCapabilitiesTests {
  @Test func outputThatIsNotATerminalGetsNoColour() {
    let capabilities = TerminalCapabilities.detect(
      environment: ["TERM": "xterm-256color"], outputIsTerminal: false)
    #expect(capabilities.colours == 0)
    #expect(capabilities.columns == nil)
  }
}

@Suite(.serialized) struct TerminfoColourTests {
  @Test func noColorTurnsColourOff() {
    let capabilities = TerminalCapabilities.detect(
      environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], outputIsTerminal: true)
    #expect(capabilities.colours == 0)
  }

  @Test func terminfoTellsTheColourDepth() {
    let wide = TerminalCapabilities.detect(
      environment: ["TERM": "xterm-256color"], outputIsTerminal: true)
    #expect(wide.colours == 256)
    let linux = TerminalCapabilities.detect(environment: ["TERM": "linux"], outputIsTerminal: true)
    #expect(linux.colours == 8)
    let unknown = TerminalCapabilities.detect(
      environment: ["TERM": "no-such-term"], outputIsTerminal: true)
    #expect(unknown.colours == 0)
  }
}
