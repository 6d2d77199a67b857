import Foundation
import TafelCore
import Testing

/// `FILE.bak` is the workshop as this Tafel opened it: made once, when it opens, and left alone
/// by every save after, so it is a version worth going back to (not one keystroke old).
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SessionBackupTests {
  @Test func theBackupIsTheFileAsOpenedAfterSeveralSaves() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace)
      let opened = try workspace.bytes("w.json")
      for yellow in 73...75 {
        try tmux.send("Enter", "Right", "Enter")
        try tmux.waitForScreen { _ in (try? workspace.anoukYellow()) == yellow }
      }
      #expect(try workspace.bytes("w.json.bak") == opened)
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try workspace.bytes("w.json.bak") == opened)
      #expect(try workspace.mode("w.json.bak") == 0o600)

      // The next session's backup is the file as that one found it: with 75.
      let again = try TmuxSession(["open", "w.json", "--lang", "nl"], in: workspace.url)
      try again.waitFor("Deelnemers (14)")
      #expect(try workspace.anoukYellow(in: "w.json.bak") == 75)
      try again.send("q")
      try again.waitFor("EXIT=0")
    }
  }
}
