import ArgumentParser
import Foundation
import TafelCore

/// Options every command takes: the language and the content folder.
struct CommonOptions: ParsableArguments {
  @Option(help: "Language of the output: nl or en (default: from config.toml, else LANG, else nl).")
  var lang: Language?

  @Option(help: "A folder with your own content files (colours.json, pitfall-rules.json, …).")
  var content: String?

  var choices: CommonChoices { CommonChoices(lang: lang, content: content) }
  var language: Language { choices.language }
  func loadContent() throws -> Content { try choices.loadContent() }
}

/// What the common options chose, as a plain value: the quick start (`OpenRequest.quick`)
/// fills it without the parser's property wrappers.
struct CommonChoices {
  var lang: Language?
  var content: String?

  var language: Language {
    lang ?? Self.defaultLanguage(environment: ProcessEnvironment.current)
  }

  /// The language without `--lang`: from the settings file, else from the environment.
  static func defaultLanguage(environment: [String: String]) -> Language {
    UserConfig.current.language ?? Language.preferred(environment: environment)
  }

  /// The content to use; a broken content file ends the command with its error.
  func loadContent() throws -> Content {
    do {
      if let folder = content ?? UserConfig.current.content {
        return try Content.load(overridingWith: folder)
      }
      return try Content.embedded()
    } catch {
      // The embedded strings may not be available when the content itself failed to load.
      let fallback = try? Content.embedded()
      throw CommandFailure(
        lines: fallback.map { error.messages($0.strings, in: language) } ?? ["\(error)"])
    }
  }
}

extension Language: ExpressibleByArgument {}

/// A command that failed: its lines go to standard error and the exit code is 1
/// (`ExitStatus.failure`).
struct CommandFailure: Error, CustomStringConvertible {
  var lines: [String]
  var description: String { lines.joined(separator: "\n") }
}

/// Runs `body`; a `FileError` becomes the localised lines of a `CommandFailure`.
func reportingFileErrors<T>(
  _ content: Content, _ language: Language, _ body: () throws(FileError) -> T
) throws -> T {
  do {
    return try body()
  } catch {
    var lines = error.messages(content.strings, in: language)
    if case .locked = error.kind { lines.append(content.strings.text(.lockedHint, in: language)) }
    throw CommandFailure(lines: lines)
  }
}
