import Foundation
import Testing

/// Ctrl-Z and `fg`, from a shell with job control: the edit is on disk while Tafel is stopped,
/// the shell gets a sane terminal back, and `fg` brings the screen back to go on editing.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct JobControlTests {
  @Test func ctrlZGivesTheShellBackWithTheEditSavedAndFgGoesOn() throws {
    try withWorkspace { workspace in
      // `set -m` gives the script job control, as an interactive shell has; it waits for the
      // test to say when to bring Tafel back.
      let shell =
        "bash -c 'set -m; \"$@\"; echo STOPPED=$?; stty -a; echo END_OF_MODES; "
        + "while [ ! -e resume ]; do sleep 0.1; done; fg' bash"
      let tmux = try TmuxSession.openDemo(in: workspace, launcher: shell)
      try tmux.send("Enter", "Right", "Enter")
      // Keys not yet read when the terminal changes hands are dropped with the typeahead (as in
      // any full-screen program), so Ctrl-Z waits until the score editor has closed. The file
      // holds 73 as soon as → is read, while the screen may still show the frame from before
      // the first ⏎: only 73 drawn outside the editor's brackets shows the editor closed.
      try tmux.waitForScreen {
        (try? workspace.anoukYellow()) == 73 && $0.contains("a nieuw") && $0.contains(" 73 ")
          && !$0.contains("[73")
      }

      try tmux.send("C-z")
      try tmux.waitFor("STOPPED=148")
      let stopped = try tmux.waitFor("END_OF_MODES")
      #expect(try tmux.display("#{alternate_on}") == "0")
      let modes = stopped.split(whereSeparator: \.isWhitespace)
      for mode in ["icanon", "echo", "isig", "ixon"] {
        #expect(
          modes.contains(Substring(mode)) && !modes.contains(Substring("-" + mode)), "\(mode)")
      }

      try workspace.write("", to: "resume")
      try tmux.waitForScreen { $0.contains("a nieuw") && !$0.contains("STOPPED=") }
      #expect(try tmux.display("#{alternate_on}") == "1")
      // The shell hands the terminal over and Tafel takes its modes again; a key typed in
      // between is dropped with the typeahead, so give the hand-over a moment.
      usleep(300_000)
      try tmux.send("Enter", "Right", "Enter")
      try tmux.waitForScreen { _ in (try? workspace.anoukYellow()) == 74 }
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try workspace.tafel("check", "w.json").status == 0)
    }
  }
}
