import Foundation
import Testing

/// What the system says when a file cannot be written reaches the facilitator in the language
/// they chose, not in the C library's English.
@Suite struct SystemMessageTests {
  /// Runs `tafel arguments` in `workspace` inside a private mount namespace, after `setup` (a
  /// shell command run there first, such as mounting a small tmpfs).
  func runPrivately(_ workspace: Workspace, setup: String, _ arguments: [String]) throws
    -> (status: Int32, stderr: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments =
      ["-rm", "sh", "-c", setup + " && exec \"$@\" 2>stderr.txt", "sh"]
      + [TafelProcess.executable.path] + arguments
    process.currentDirectoryURL = workspace.url
    process.environment = TafelProcess.environment
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, (try? workspace.text("stderr.txt")) ?? "")
  }

  @Test(
    .enabled(
      if: FileFaultTests.canMountPrivately, "needs a private mount namespace (unshare -rm)"))
  func aFullDiskIsSaidInDutch() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      try workspace.write(PlantedFileTests.sheet, to: "s.csv")
      try FileManager.default.createDirectory(
        atPath: workspace.path("vol"), withIntermediateDirectories: true)
      let result = try runPrivately(
        workspace, setup: "mount -t tmpfs -o size=12k tmpfs vol && cp w.json vol/",
        ["import", "vol/w.json", "--participants", "s.csv", "--lang", "nl"])
      #expect(result.status == 1)
      #expect(result.stderr.contains("vol/w.json: kan niet opslaan: de schijf is vol"))
      #expect(!result.stderr.contains("No space left"))
    }
  }

  @Test(
    .enabled(
      if: FileFaultTests.canMountPrivately, "needs a private mount namespace (unshare -rm)"))
  func aReadOnlyDiskIsSaidInDutch() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      try FileManager.default.createDirectory(
        atPath: workspace.path("vol"), withIntermediateDirectories: true)
      let result = try runPrivately(
        workspace, setup: "mount -t tmpfs tmpfs vol && mount -o remount,ro vol",
        ["export", "w.json", "--output", "vol/w.html", "--lang", "nl"])
      #expect(result.status == 1)
      #expect(
        result.stderr.contains("vol/w.html: kan niet opslaan: de schijf of map is alleen-lezen"))
    }
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func aDataFolderThatCannotBeMadeIsSaidInDutch() throws {
    try withWorkspace { workspace in
      try workspace.write("", to: "xdg")
      let tmux = try TmuxSession(
        ["open", "--lang", "nl"], in: workspace.url,
        environment: ["XDG_DATA_HOME": workspace.path("xdg")])
      let end = try tmux.waitFor("EXIT=")
      #expect(end.contains("/xdg: kan niet opslaan: een deel van het pad is geen map"))
      #expect(end.contains("EXIT=1"))
    }
  }
}
