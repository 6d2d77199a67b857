import Foundation
import TafelCore

/// `tafel chek w.json`: since `tafel FILE` opens a file, the parser takes a mistyped command for
/// a file name and says the file does not exist. A first word that is no file, looks like no file
/// name (no `.` or `/`) and is one or two typing slips from a command is taken for that command.
enum CommandSuggestion {
  /// The options that take a value, so that their values are not taken for the first word.
  static let optionsWithValue: Set<String> = [
    "--lang", "--content", "--theme", "--deck", "--title", "--date", "--organisation",
    "--participants", "--output", "--format",
  ]

  /// The corrected command line without `tafel` (`check w.json`), or nil when the first word
  /// is a command, a file, or nothing like one.
  static func correction(
    of arguments: [String], commands: [String], fileExists: (String) -> Bool
  ) -> (word: String, corrected: [String])? {
    guard let index = firstWordIndex(arguments) else { return nil }
    let word = arguments[index]
    guard !commands.contains(word), word != "help", !word.contains("."), !word.contains("/"),
      !fileExists(word)
    else { return nil }
    let lowered = word.lowercased()
    let scored = commands.map { ($0, SlipDistance.between(lowered, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }),
      best.1 <= (best.0.count <= 4 ? 1 : 2),
      scored.filter({ $0.1 == best.1 }).count == 1
    else { return nil }
    var corrected = arguments
    corrected[index] = best.0
    return (word, corrected)
  }

  private static func firstWordIndex(_ arguments: [String]) -> Int? {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" { return nil }
      if !argument.hasPrefix("-") { return index }
      index += optionsWithValue.contains(argument) ? 2 : 1
    }
    return nil
  }
}
