import Foundation

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
    let scored = commands.map { ($0, distance(lowered, $0)) }
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

  /// Levenshtein distance with a swap of two neighbouring letters counting as one slip.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { rows[i][0] = i }
    for j in 0...b.count { rows[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, rows[i - 2][j - 2] + 1)
        }
        rows[i][j] = best
      }
    }
    return rows[a.count][b.count]
  }
}
