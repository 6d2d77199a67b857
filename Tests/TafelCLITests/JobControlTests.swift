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

  /// Ctrl-Z while frames are being painted. ncurses, when it owns SIGTSTP, sets it to "ignore"
  /// during every `doupdate`, and the kernel throws away a signal that is ignored when it
  /// arrives: Tafel did not stop and only a second Ctrl-Z worked (about one press in 25 right
  /// after an edit, when the save's outcome repaints the header). A burst of score changes
  /// keeps Tafel painting while Ctrl-Z comes, at varying moments; every press must stop it.
  ///
  /// One lost press in the 60 is let pass, and only that: on a machine loaded with other
  /// builds and tests a press is still lost now and then (on 2026-12-02, one or two of the 60
  /// in about a third of the loaded runs, none on a quiet machine), for a reason not found
  /// yet. strace shows ncurses no longer touches SIGTSTP while painting, so it is not the
  /// fault above, which lost one press in 25 and still fails this test most times.
  @Test func everyCtrlZStopsEvenWhileAFrameIsPainted() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tries = 60
      // A shell with job control that starts Tafel once per try: after each stop it writes
      // "<try> <status>" to `stops`, ends that Tafel (which saves and lets go of the file) and
      // waits for `go<try>`. Written out, not as a loop: a job that stops inside a loop or
      // after `fg` ends a non-interactive bash.
      var script = "trap '' TTOU; set -m\n"
      for attempt in 1...tries {
        script +=
          "\"$@\"; echo \(attempt) $? > stops; kill -TERM %1 2>/dev/null; kill -CONT %1 2>/dev/null; "
          + "wait; echo \(attempt) > ended; until [ -e go\(attempt) ]; do sleep 0.02; done\n"
      }
      try workspace.write(script, to: "script")
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "nl"], in: workspace.url, launcher: "bash script")
      var lost: [Int] = []
      for attempt in 1...tries {
        try tmux.waitForScreen { $0.contains("Deelnemers (14)") }
        try tmux.send("Enter")
        try tmux.waitForScreen {
          $0.range(of: #"\[[0-9]+ *\]"#, options: .regularExpression) != nil
        }
        try tmux.sendRaw(Array(repeating: attempt.isMultiple(of: 2) ? "Left" : "Right", count: 20))
        usleep(UInt32(attempt % 5) * 15_000)
        try tmux.send("C-z")
        if !stopped(attempt, in: workspace, within: 8) {
          lost.append(attempt)
          try tmux.send("C-z")
          guard stopped(attempt, in: workspace, within: 10) else {
            Issue.record("try \(attempt): a second Ctrl-Z did not stop Tafel either")
            return
          }
          // A few lost presses prove the point; the rest would only take time.
          if lost.count == 3 { break }
        }
        // The next Tafel starts only once this one has gone: continued to end, it repaints
        // before it exits, and that old screen must not pass for the next one's.
        guard Self.wait(for: "ended", toSay: "\(attempt)", in: workspace, seconds: 10) else {
          Issue.record("try \(attempt): Tafel did not end")
          return
        }
        try workspace.write("", to: "go\(attempt)")
      }
      #expect(lost.count <= 1, "Ctrl-Z did not stop Tafel in tries \(lost) of \(tries)")
      #expect(try workspace.tafel("check", "w.json").status == 0)
    }
  }

  /// Whether the shell reported try `attempt` stopped (status 148) within `seconds`.
  private func stopped(_ attempt: Int, in workspace: Workspace, within seconds: Double) -> Bool {
    Self.wait(for: "stops", toSay: "\(attempt) 148", in: workspace, seconds: seconds)
  }

  /// Whether `file` holds `text` (give or take a newline) within `seconds`.
  private static func wait(
    for file: String, toSay text: String, in workspace: Workspace, seconds: Double
  ) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      let said = (try? workspace.text(file))?.trimmingCharacters(in: .whitespacesAndNewlines)
      if said == text { return true }
      usleep(20_000)
    } while Date() < deadline
    return false
  }
}
