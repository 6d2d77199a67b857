import Foundation
import Testing

@Suite("tafel --version and shell completions")
struct VersionAndCompletionTests {
  static let subcommands = ["open", "new", "check", "profile", "import", "demo", "export"]
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A build outside `scripts/release.sh` cannot know its commit, and says so instead of failing.
  @Test func versionNamesTheVersionAndAnUnknownCommit() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("--version")
      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      #expect(
        result.stdout.wholeMatch(of: /\d+\.\d+\.\d+ \(unknown commit\)\n/) != nil,
        "\(result.stdout)")
    }
  }

  @Test func theChangelogHasASectionForThisVersion() throws {
    let version = try withWorkspace { workspace in
      try workspace.tafel("--version").stdout.split(separator: " ").first.map(String.init) ?? ""
    }
    let changelog = try String(
      contentsOf: Self.repository.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
    #expect(
      changelog.contains("\n## [\(version)] - "), "CHANGELOG.md has no section for \(version)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func theCompletionScriptOffersEverySubcommandAndTheirOptions(shell: String) throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("--generate-completion-script", shell)
      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.count > 500)
      // Option names without their dashes: fish lists them as `-l read-only`.
      for word in Self.subcommands + ["read-only", "theme", "participants", "anonymous"] {
        #expect(result.stdout.contains(word), "the \(shell) completion lacks \(word)")
      }
    }
  }
}
