import Testing

@testable import TafelTerminal

@Suite struct TerminalCapabilitiesTests {
  @Test func outputThatIsNotATerminalGetsNoColour() {
    // Tests run with standard output redirected, as CI does.
    let capabilities = TerminalCapabilities.detect(environment: ["TERM": "xterm-256color"])
    #expect(capabilities.colours == 0)
    #expect(capabilities.columns == nil)
  }
}
