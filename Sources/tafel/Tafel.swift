import ArgumentParser
import Foundation
import TafelCore

/// The `tafel` command: a workshop companion for facilitators of alliances between care and
/// welfare organisations.
@main
struct Tafel: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tafel",
    abstract:
      "Workshop companion for facilitators of alliances between care and welfare organisations.",
    discussion: """
      Tafel keeps a workshop (organisations, participants and their drive profiles) in a \
      human-readable JSON file and shows each person's and the group's colour profile, \
      with the pitfalls for the group to test.
      """,
    version: BuildInfo.versionLine,
    subcommands: [
      OpenCommand.self, NewCommand.self, CheckCommand.self, ProfileCommand.self, ImportCommand.self,
      DemoCommand.self, ExportCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

  /// Runs the command; a `CommandFailure` prints its own lines to standard error, without the
  /// parser's English "Error:" prefix, and exits with 1.
  static func main() {
    // Once, before any thread starts: the locale decides UTF-8 output and glyphs.
    setlocale(LC_ALL, "")
    // Under a file-size limit a write past it would kill Tafel with SIGXFSZ, edits and all;
    // ignored, the write fails with EFBIG and the save reports it like a full disk.
    signal(SIGXFSZ, SIG_IGN)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as CommandFailure {
      failure.lines.forEach(Console.error)
      Foundation.exit(1)
    } catch {
      Console.exit(withParserError: error)
    }
  }
}
