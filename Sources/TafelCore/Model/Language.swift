/// A language Tafel speaks. Dutch is the main language of use.
public enum Language: String, Codable, CaseIterable, Sendable {
  case nl, en

  /// The language the environment asks for (LC_ALL, LC_MESSAGES, LANG, in POSIX order of
  /// precedence), falling back to Dutch.
  public static func preferred(environment: [String: String]) -> Language {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      let code = value.prefix(2).lowercased()
      return Language(rawValue: code) ?? .nl
    }
    return .nl
  }
}
