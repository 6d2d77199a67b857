import Foundation
import TafelCore
import Testing

@testable import TafelLink

/// The laptop and the wall as the wall's end-to-end tests start them: the real binary in two
/// tmux windows, with the runtime folder inside the test's workspace so the sockets are the
/// test's own.
enum TwoScreens {
  static func environment(_ workspace: Workspace) -> [String: String] {
    ["XDG_RUNTIME_DIR": workspace.url.path]
  }

  /// `tafel wall FILE` in a window of its own.
  static func wall(
    _ workspace: Workspace, file: String = "w.json", width: Int = 120, height: Int = 36
  ) throws -> TmuxSession {
    try TmuxSession(
      ["wall", file, "--lang", "nl"], width: width, height: height, in: workspace.url,
      environment: environment(workspace))
  }

  /// The facilitator's Tafel on the demo at `w.json`, once its Team view is up.
  static func facilitator(_ workspace: Workspace) throws -> TmuxSession {
    let tmux = try TmuxSession(
      ["open", "w.json", "--lang", "nl"], in: workspace.url, environment: environment(workspace))
    try tmux.waitFor("Deelnemers (14)")
    return tmux
  }

  /// Where the socket of the workshop `file` goes (the runtime folder is made if missing).
  static func socket(_ workspace: Workspace, file: String = "w.json") throws -> String {
    let folder = try RuntimeFolder.ensure(environment: environment(workspace))
    return WallAddress.socket(forWorkshopAt: workspace.path(file), in: folder)
  }

  /// The socket's file name alone.
  static func socketName(_ workspace: Workspace, _ file: String) throws -> String {
    String(try socket(workspace, file: file).split(separator: "/").last ?? "")
  }

  /// The sockets in the workspace's runtime folder now, by name.
  static func sockets(_ workspace: Workspace) -> [String] {
    let folder = workspace.url.appendingPathComponent("tafel").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(WallAddress.suffix) }.sorted()
  }

  /// Anouk's yellow up by one on the laptop, then read back from the file once saved.
  static func editIsKept(_ laptop: TmuxSession, _ workspace: Workspace) throws {
    try laptop.send("1")
    try laptop.waitFor("Deelnemers (14)")
    try laptop.send("Enter", "Right")
    try laptop.waitFor("[73 ]")
    try laptop.send("Enter")
    try laptop.waitFor("opgeslagen")
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline, try workspace.anoukYellow() != 73 { usleep(50_000) }
    #expect(try workspace.anoukYellow() == 73)
  }
}
