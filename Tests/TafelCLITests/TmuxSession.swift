import Foundation
import Testing

/// The real `tafel` binary running in a detached tmux session on its own socket, driven by keys
/// and read back as screen text, the way a facilitator would see it. Waits poll for text; nothing
/// sleeps a fixed time and hopes.
final class TmuxSession {
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }

  let socket = "tafel-e2e-\(UUID().uuidString.prefix(8))"

  /// Starts `tafel arguments` in a window of `width`×`height`; after it exits the pane shows
  /// `EXIT=<code>`, then runs the shell command `afterExit` (in the same terminal, so it can
  /// inspect what Tafel left behind) and stays open so the end can be read. `launcher` is a
  /// shell command that ends by running its arguments (`sh -c '…; exec "$@"' sh`), for limits
  /// and mounts that only Tafel should get.
  init(
    _ arguments: [String], width: Int = 120, height: Int = 36, in directory: URL,
    environment: [String: String] = [:], launcher: String = "", afterExit: String = ""
  ) throws {
    let variables = ["TERM": "tmux-256color", "LANG": "C.UTF-8"].merging(environment) { $1 }
    let assignments = variables.sorted { $0.key < $1.key }.map {
      "\($0.key)=\(Self.quote($0.value))"
    }
    let command =
      // NO_COLOR from the test runner's environment would turn colour off; tests set it when
      // they mean it.
      "cd \(Self.quote(directory.path)) && \(launcher) env -u NO_COLOR \(assignments.joined(separator: " ")) "
      + ([TafelProcess.executable.path] + arguments).map(Self.quote).joined(separator: " ")
      + "; echo EXIT=$?; \(afterExit.isEmpty ? "" : afterExit + "; ")sleep 600"
    // The server this starts outlives the call; it must not inherit an output pipe, or reading
    // that pipe would never end.
    try tmux(
      [
        "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e",
        command,
      ],
      capture: false)
  }

  /// Writes the demo workshop as `w.json` in `workspace`, opens it and waits for the Team view
  /// ("Deelnemers (14)" or "Participants (14)"): how most end-to-end tests begin.
  static func openDemo(
    in workspace: Workspace, language: String = "nl", width: Int = 120, height: Int = 36,
    environment: [String: String] = [:], launcher: String = "", afterExit: String = ""
  ) throws -> TmuxSession {
    #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
    let tmux = try TmuxSession(
      ["open", "w.json", "--lang", language], width: width, height: height, in: workspace.url,
      environment: environment, launcher: launcher, afterExit: afterExit)
    try tmux.waitFor(language == "nl" ? "Deelnemers (14)" : "Participants (14)")
    return tmux
  }

  deinit { _ = try? tmux(["kill-server"], capture: false) }

  /// The screen as text.
  func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "e2e"]) }

  /// The screen with colour escape codes, as `capture-pane -e` gives it.
  func colouredScreen() throws -> String { try tmux(["capture-pane", "-e", "-p", "-t", "e2e"]) }

  /// Sends tmux key names (`Enter`, `Down`, `NPage`) or, with `literally`, text.
  func send(_ keys: String..., literally: Bool = false) throws {
    try tmux(["send-keys", "-t", "e2e"] + (literally ? ["-l"] : []) + keys, capture: false)
  }

  /// Sends several tmux key names in one call.
  func sendRaw(_ keys: [String]) throws {
    guard !keys.isEmpty else { return }
    try tmux(["send-keys", "-t", "e2e"] + keys, capture: false)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"], capture: false)
  }

  func display(_ format: String) throws -> String {
    try tmux(["display", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The process id of the program in the pane.
  func panePID() throws -> Int32 {
    Int32(try display("#{pane_pid}")) ?? 0
  }

  /// Waits until the screen contains `text`, for at most `seconds`; records an issue with the
  /// screen as it was when it does not come.
  @discardableResult
  func waitFor(
    _ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      usleep(50_000)
    }
    Issue.record("waited for \"\(text)\"; the screen was:\n\(last)", sourceLocation: sourceLocation)
    throw WaitFailed()
  }

  /// Waits until the screen satisfies `condition`, as `waitFor` does for text.
  @discardableResult
  func waitForScreen(
    seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
    where condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(50_000)
    }
    Issue.record("the screen never matched; it was:\n\(last)", sourceLocation: sourceLocation)
    throw WaitFailed()
  }

  /// The screen once two captures a tenth of a second apart agree: tmux may be read while a
  /// frame is still arriving, and a half-drawn frame has half-drawn borders.
  func settledScreen(seconds: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = try screen()
    while Date() < deadline {
      usleep(100_000)
      let next = try screen()
      if next == last { return next }
      last = next
    }
    return last
  }

  struct WaitFailed: Error {}

  /// Runs one tmux command and returns what it printed. `posix_spawn` and `waitpid` rather than
  /// Foundation's `Process`: the server that `new-session` starts keeps running, and Process
  /// waits for descriptors that server inherits, so it would wait forever.
  @discardableResult
  private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("tafel-tmux-\(UUID().uuidString)").path
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // The test runner's threads block signals; the tmux server and so Tafel would inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw TmuxFailed(code: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return capture ? (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" : ""
  }

  struct TmuxFailed: Error {
    var code: Int32
  }

  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
