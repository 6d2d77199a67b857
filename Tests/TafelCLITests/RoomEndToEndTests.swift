import Foundation
import Testing

/// What a facilitator tripped over in the room (issue 12), in the real binary: removing takes an
/// explicit y, and undo says what it put back.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct RoomEndToEndTests {
  @Test func onlyYRemovesAndUndoSaysWhatCameBack() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace, width: 80, height: 24)
      try tmux.send("x")
      try tmux.waitFor("Anouk Hoëvenaars (Gemeente Noordhaven) verwijderen?")
      // j is also "down" and Enter is pressed by habit: neither removes; n keeps.
      try tmux.send("j", "Enter", "n")
      try tmux.waitForScreen(where: { !$0.contains("verwijderen?") })
      #expect(try tmux.screen().contains("Anouk Hoëvenaars"))
      try tmux.send("x")
      try tmux.waitFor("verwijderen?")
      try tmux.send("y")
      try tmux.waitForScreen(where: { !$0.contains("Anouk") })
      try tmux.send("u")
      try tmux.waitFor("Teruggezet: verwijderen van Anouk Hoëvenaars")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }
}
