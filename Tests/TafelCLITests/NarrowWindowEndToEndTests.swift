import Foundation
import Testing

/// At 80×24 in the real binary: the phase stays in the header with privacy on, and J scrolls
/// the profile to Sterk and Valkuil.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct NarrowWindowEndToEndTests {
  @Test func nothingTheFacilitatorNeedsIsOutOfReachAtEightyByTwentyFour() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, width: 80, height: 24)
      try tmux.waitFor(" · J/K ─")
      #expect(!(try tmux.screen()).contains("Valkuil:"))
      try tmux.send("J", "J", "J")
      try tmux.waitFor("Valkuil:")
      try tmux.waitFor("Sterk:")
      try tmux.send("I")
      let header = try tmux.waitFor("PRIVACY").split(separator: "\n").first ?? ""
      #expect(header.contains("Formalisering"), "\(header)")
    }
  }
}
