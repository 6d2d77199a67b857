import ArgumentParser
import TafelCore

/// Exit codes, as README.md's table documents them.
enum ExitStatus {
  /// Done as asked (also `--help`).
  static let success: Int32 = 0
  /// The command ran and failed: a bad or missing file, a refused save, `check` finding problems.
  static let failure: Int32 = 1
  /// The command line itself was wrong (sysexits' EX_USAGE, as swift-argument-parser uses it):
  /// an unknown command or option, a missing argument, a value that is not allowed.
  static let usage: Int32 = 64
}

/// A usage error in Tafel's own words, in the user's language; the parser ends it with exit code
/// 64 like its own. Only on this path are the strings decoded on their own.
func usageError(_ key: StringKey, language: Language) -> ValidationError {
  let strings = (try? Content.embeddedStrings()) ?? UIStrings(strings: [:])
  return ValidationError(strings.text(key, in: language))
}

/// The parser's English messages for the common usage errors, said again in the user's language.
/// swift-argument-parser has no hook for its texts, so its output is recognised line by line;
/// anything not recognised stays as the parser wrote it.
enum UsageText {
  static func localized(_ text: String, strings: UIStrings, language: Language) -> String {
    guard language != .en else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      // The parser's "Help:" line repeats the option's English help text.
      .filter { !$0.hasPrefix("Help:  ") }
      .map { localizedLine(String($0), strings, language) }
      .joined(separator: "\n")
  }

  private static func localizedLine(_ line: String, _ strings: UIStrings, _ language: Language)
    -> String
  {
    if let rest = line.dropPrefix("Error: ") {
      return strings.text(.usageErrorPrefix, in: language) + message(rest, strings, language)
    }
    if let rest = line.dropPrefix("Usage: ") {
      return strings.text(.usageUsage, ["usage": rest], in: language)
    }
    if let match = line.wholeMatch(of: /\ \ See '(.+)' for more information\./) {
      return strings.text(.usageSeeHelp, ["command": String(match.1)], in: language)
    }
    return line
  }

  private static func message(_ text: String, _ strings: UIStrings, _ language: Language)
    -> String
  {
    func say(_ key: StringKey, _ arguments: [String: String]) -> String {
      strings.text(key, arguments, in: language)
    }
    if let match = text.wholeMatch(of: /Missing expected argument '(.+)'/) {
      return say(.usageMissingArgument, ["name": String(match.1)])
    }
    if let match = text.wholeMatch(of: /Missing value for '(.+)'/) {
      return say(.usageMissingValue, ["option": String(match.1)])
    }
    if let match = text.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
      return say(
        .usageUnknownOptionSuggestion, ["option": String(match.1), "suggestion": String(match.2)])
    }
    if let match = text.wholeMatch(of: /Unknown option '(.+)'/) {
      return say(.usageUnknownOption, ["option": String(match.1)])
    }
    if let match = text.wholeMatch(of: /Unexpected argument '(.+)'/) {
      return say(.usageUnexpectedArgument, ["value": String(match.1)])
    }
    if let match = text.wholeMatch(of: /\d+ unexpected arguments: (.+)/) {
      return say(.usageUnexpectedArguments, ["values": String(match.1)])
    }
    if let match = text.wholeMatch(
      of: /The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\./)
    {
      let values = match.3.matches(of: /'[^']*'/).map { String(match.3[$0.range]) }
      let list = strings.list(values, in: language)
      return say(
        .usageInvalidChoice, ["value": String(match.1), "option": String(match.2), "values": list])
    }
    if let match = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'(.*)/) {
      return say(.usageInvalidValue, ["value": String(match.1), "option": String(match.2)])
        + match.3
    }
    return text
  }
}

extension UIStrings {
  /// `'a', 'b' of 'c'`: a list with the language's word for "or" before the last.
  fileprivate func list(_ items: [String], in language: Language) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " " + text(.usageOr, in: language) + " "
      + last
  }
}

extension String {
  fileprivate func dropPrefix(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }
}
