import Foundation
import TafelCore
import TafelFixtures
import Testing

/// `tafel forget` on a workshop with a history (issue 16): the journal, the sessions' minutes
/// and every copy Tafel keeps, in every place it keeps them, with a temporary home so the real
/// one is never read or touched.
@Suite("tafel forget, with a history")
struct ForgetHistoryTests {
  /// A home and the runtime and temporary folders inside the workspace; no XDG_DATA_HOME, so
  /// rescue copies live where they do by default, under ~/.local/share/tafel/rescue.
  static func environment(_ workspace: Workspace) throws -> [String: String] {
    let environment = TafelProcess.environment.merging(
      [
        "HOME": workspace.path("home"), "XDG_RUNTIME_DIR": workspace.path("run"),
        "TMPDIR": workspace.path("tmp"),
      ],
      uniquingKeysWith: { $1 })
    for folder in [
      "home/.local/share/tafel/rescue", "run/tafel-rescue", "tmp/tafel-rescue-\(getuid())",
    ] {
      try FileManager.default.createDirectory(
        atPath: workspace.path(folder), withIntermediateDirectories: true)
    }
    return environment
  }

  @Test func forgettingSomeoneWithAHistoryLeavesNoTraceInTheJournalCopiesOrMinutes() throws {
    try withWorkspace { workspace in
      let environment = try Self.environment(workspace)
      try WorkshopStore.save(try ThreeSessions.workshop(), to: workspace.path("w.json"))
      let saved = try workspace.bytes("w.json")
      // The copies Tafel makes: the backup, a rescue copy in each of its three folders, and the
      // temporary file a save killed midway leaves.
      for copy in [
        "w.json.bak", "home/.local/share/tafel/rescue/w-20260112-213000.json",
        "run/tafel-rescue/w-20260209-213000.json",
        "tmp/tafel-rescue-\(getuid())/w-20260309-213000.json",
        ".w.json.tmp-a1B2c3",
      ] {
        try saved.write(to: workspace.url.appendingPathComponent(copy))
      }
      // The reports at the names `tafel export` gives: the whole process and each session.
      for arguments in [
        ["--format", "html"], ["--format", "md"], ["--format", "csv"],
        ["--session", "1", "--format", "md"], ["--session", "2", "--format", "html"],
        ["--session", "1", "--format", "csv"], ["--session", "3", "--format", "md"],
      ] {
        let export = try TafelProcess.run(
          ["export", "w.json"] + arguments, in: workspace.url, environment: environment)
        #expect(export.status == 0, "\(arguments): \(export.stderr)")
      }
      #expect(
        try ForgetCommandTests.filesNamingAnouk(in: workspace)
          == [
            ".w.json.tmp-a1B2c3", "home/.local/share/tafel/rescue/w-20260112-213000.json",
            "run/tafel-rescue/w-20260209-213000.json",
            "tmp/tafel-rescue-\(getuid())/w-20260309-213000.json",
            "w-sessie-1.csv", "w-sessie-1.md", "w-sessie-2.html", "w.csv", "w.html", "w.json",
            "w.json.bak", "w.md",
          ].sorted())

      let forget = try TafelProcess.run(
        ["forget", "w.json", "--participant", "Anouk Hoëvenaars", "--yes"], in: workspace.url,
        environment: environment)

      #expect(forget.status == 0, "\(forget.stderr)")
      let left = try ForgetCommandTests.filesNamingAnouk(in: workspace)
      #expect(left == [], "\(left)\n\(forget.stdout)\n\(forget.stderr)")
      // What remains still loads, replays and tells the story without her.
      for copy in [
        "w.json", "w.json.bak", "home/.local/share/tafel/rescue/w-20260112-213000.json",
        "run/tafel-rescue/w-20260209-213000.json",
        "tmp/tafel-rescue-\(getuid())/w-20260309-213000.json",
      ] {
        let workshop = try WorkshopStore.load(from: workspace.path(copy))
        #expect(workshop.replayed() == workshop.withoutJournal, "\(copy)")
        #expect(workshop.sessions.count == 3, "\(copy)")
      }
      let minutes = try TafelProcess.run(
        ["export", "w.json", "--session", "1", "--format", "md", "--output", "-"],
        in: workspace.url,
        environment: environment)
      #expect(minutes.status == 0)
      #expect(minutes.stdout.contains("Joëlle Vermeulen, een verwijderde deelnemer\n"))
      #expect(minutes.stdout.contains("| 1 | Modelstatuten opvragen | een verwijderde deelnemer |"))
    }
  }
}
