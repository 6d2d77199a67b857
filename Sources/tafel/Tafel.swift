import ArgumentParser
import Foundation
import TafelCore
import TafelTerminal

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
      DemoCommand.self, ExportCommand.self, ForgetCommand.self, WallCommand.self,
      RoomCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

  /// Runs the command. A `CommandFailure` prints its own lines to standard error, without the
  /// parser's English "Error:" prefix, and exits with 1; a usage error exits with 64, its text in
  /// the user's language where Tafel knows the parser's wording.
  static func main() {
    // Once, before any thread starts: the locale decides UTF-8 output and glyphs.
    ProcessLocale.adopt()
    // Under a file-size limit a write past it would kill Tafel with SIGXFSZ, edits and all;
    // ignored, the write fails with EFBIG and the save reports it like a full disk.
    signal(SIGXFSZ, SIG_IGN)
    let arguments = Array(CommandLine.arguments.dropFirst())
    let quickOpen = OpenRequest.quick(arguments, commands: commandNames)
    // ncurses starts on a second thread while the settings and the workshop are read; whatever
    // is said before the screen opens first gives the terminal back (`cancel`). Not for the
    // demo's first copy, which says where it put the copy before the screen opens.
    let warmUp = quickOpen?.file == nil ? nil : TerminalWarmUp.begin()
    assert(
      commandNames == configuration.subcommands.compactMap { $0.configuration.commandName },
      "Tafel.commandNames differs from the subcommands' names")
    if let slip = CommandSuggestion.correction(
      of: arguments, commands: commandNames,
      fileExists: { FileManager.default.fileExists(atPath: $0) })
    {
      warmUp?.cancel()
      let language = usageLanguage(arguments)
      let strings = (try? Content.embeddedStrings()) ?? UIStrings(strings: [:])
      let command = (["tafel"] + slip.corrected.map(shellQuoted)).joined(separator: " ")
      Console.error(
        strings.text(.usageUnknownCommand, ["word": slip.word, "command": command], in: language))
      Foundation.exit(ExitStatus.usage)
    }
    do {
      if let request = quickOpen {
        if !UserConfig.current.problems.isEmpty { warmUp?.cancel() }
        reportSettingsProblems(language: usageLanguage(arguments))
        try request.run(warmUp: warmUp)
      } else {
        var command = try parseAsRoot(arguments)
        reportSettingsProblems(language: usageLanguage(arguments))
        try command.run()
      }
    } catch let failure as CommandFailure {
      failure.lines.forEach(Console.error)
      Foundation.exit(ExitStatus.failure)
    } catch {
      let code = exitCode(for: error)
      // Help goes to standard output with 0, as the parser prints it.
      if code == .success { Console.exit(withParserError: error) }
      let strings = (try? Content.embeddedStrings()) ?? UIStrings(strings: [:])
      let text = UsageText.localized(
        fullMessage(for: error), strings: strings, language: usageLanguage(arguments))
      if !text.isEmpty { Console.error(text) }
      Foundation.exit(code.rawValue)
    }
  }

  /// The subcommands' names, as the parser's configuration has them (a debug build checks it
  /// at every start). Written out, so neither the quick open nor the check for a mistyped
  /// command builds the configuration of every subcommand: ncurses begins its set-up a fifth of
  /// a millisecond sooner.
  static let commandNames = [
    "open", "new", "check", "profile", "import", "demo", "export", "forget", "wall", "room",
  ]

  /// A broken config.toml is said before the command runs (and the interface shows the first
  /// problem too); the command goes on with the defaults.
  static func reportSettingsProblems(language: Language) {
    let problems = UserConfig.current.problems
    guard !problems.isEmpty else { return }
    let strings = (try? Content.embeddedStrings()) ?? UIStrings(strings: [:])
    for problem in problems { Console.error(strings.text(problem, in: language)) }
  }

  /// The language for a message before the options are parsed: `--lang` when it is there and
  /// valid, else the same default as every command's.
  static func usageLanguage(_ arguments: [String]) -> Language {
    var requested: String?
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument == "--lang", index + 1 < arguments.count { requested = arguments[index + 1] }
      if argument.hasPrefix("--lang=") { requested = String(argument.dropFirst("--lang=".count)) }
    }
    return requested.flatMap(Language.init(rawValue:))
      ?? CommonChoices.defaultLanguage(environment: ProcessEnvironment.current)
  }

  /// `w.json` as it is, `my file.json` in single quotes, for a command line to copy.
  static func shellQuoted(_ argument: String) -> String {
    let plain = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }
    guard !plain || argument.isEmpty else { return argument }
    return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
