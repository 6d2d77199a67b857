import TafelCore

/// The common start, `tafel [open] [FILE]` with the interface's own options, read without
/// swift-argument-parser: its first parse looks up the types of every command and option in the
/// Swift runtime, about a fifth of the time to the first frame. Anything else (another command,
/// help, an unknown option, a bad or missing value, a repeat) is left to the parser, which then
/// says what is wrong in its usual way.
extension OpenRequest {
  static func quick(_ arguments: [String], commands: [String]) -> OpenRequest? {
    var file: String?
    var readOnly: Bool?
    var theme: OpenCommand.ThemeChoice?
    var deck: String?
    var lang: Language?
    var content: String?
    var rest = arguments[...]
    if rest.first == "open" { rest = rest.dropFirst() }
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("-") else {
        guard file == nil, !commands.contains(argument), argument != "help" else { return nil }
        file = argument
        continue
      }
      if argument == "--read-only" {
        guard readOnly == nil else { return nil }
        readOnly = true
        continue
      }
      let (name, inline) = split(argument)
      guard let value = inline ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else {
        return nil
      }
      switch name {
      case "--lang" where lang == nil:
        guard let chosen = Language(rawValue: value) else { return nil }
        lang = chosen
      case "--theme" where theme == nil:
        guard let chosen = OpenCommand.ThemeChoice(rawValue: value) else { return nil }
        theme = chosen
      case "--deck" where deck == nil: deck = value
      case "--content" where content == nil: content = value
      default: return nil
      }
    }
    return OpenRequest(
      file: file, readOnly: readOnly ?? false, theme: theme, deck: deck,
      common: CommonChoices(lang: lang, content: content))
  }

  /// `--lang=en` as `("--lang", "en")`, `--lang` as `("--lang", nil)`.
  private static func split(_ argument: String) -> (String, String?) {
    guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }
}
