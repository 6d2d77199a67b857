/// A sentence for a person, as a key into the UI strings plus the values for its `{slots}`.
/// Core code says what to tell; the content decides how, in Dutch or English.
public struct Message: Equatable, Sendable {
  public var key: StringKey
  public var arguments: [String: String]

  public init(_ key: StringKey, _ arguments: [String: String] = [:]) {
    self.key = key
    self.arguments = arguments
  }
}

/// The UI strings of one content set, `strings.json`: every `StringKey` in both languages.
public struct UIStrings: Codable, Sendable, Equatable {
  public var strings: [String: Localized<String>]

  public init(strings: [String: Localized<String>]) { self.strings = strings }

  /// The text for `key` in `language`, with `{name}` slots filled from `arguments`.
  /// A key missing from a facilitator's own strings shows as the key, so it is noticed.
  public func text(
    _ key: StringKey, _ arguments: [String: String] = [:], in language: Language
  ) -> String {
    guard let template = strings[key.rawValue]?[language] else { return key.rawValue }
    return Self.fill(template, with: arguments)
  }

  public func text(_ message: Message, in language: Language) -> String {
    text(message.key, message.arguments, in: language)
  }

  /// Replaces each `{name}` in `template` with its argument; unknown names stay as they are.
  public static func fill(_ template: String, with arguments: [String: String]) -> String {
    guard !arguments.isEmpty, template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else {
        rest = rest[open...]
        break
      }
      let name = String(rest[rest.index(after: open)..<close])
      result += arguments[name] ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}
