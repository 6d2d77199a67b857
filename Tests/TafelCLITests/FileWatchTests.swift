import Foundation
import Testing

/// "opgeslagen" means the file on disk is what the screen shows. When another program replaces
/// the file while Tafel is open, that stops being true at once, not at the next edit.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct FileWatchTests {
  @Test func aFileReplacedUnderATafelShowsInTheHeaderWithoutAKey() throws {
    try withWorkspace { workspace in
      let tmux = try TmuxSession.openDemo(in: workspace)
      try tmux.waitFor("opgeslagen")
      var other =
        try JSONSerialization.jsonObject(with: try workspace.bytes("w.json")) as? [String: Any]
      other?["title"] = "Versie van de gemeente"
      try JSONSerialization.data(withJSONObject: other ?? [:]).write(
        to: workspace.url.appendingPathComponent("w.json"), options: .atomic)
      let theirs = try workspace.bytes("w.json")

      // No key pressed: the watcher's post reaches the screen by itself.
      try tmux.waitFor("NIET opgeslagen")
      try tmux.waitFor("w.json: is buiten Tafel gewijzigd of vervangen")
      #expect(try workspace.bytes("w.json") == theirs)
      try tmux.send("q")
      try tmux.waitFor("Toch stoppen?")
      try tmux.send("y")
      try tmux.waitFor("EXIT=")
      #expect(try workspace.bytes("w.json") == theirs)
    }
  }
}
