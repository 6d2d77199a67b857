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

/// A text that counts something, in its two forms: "1 deelnemer" and "{count} deelnemers".
public struct PluralForms: Codable, Sendable, Equatable {
  public var one: String
  public var other: String

  public init(one: String, other: String) {
    self.one = one
    self.other = other
  }
}

/// The UI strings of one content set, `strings.json`: every `StringKey` in both languages.
/// A text that counts something sits under `plurals` instead, with a form for one and one for
/// any other number; `text` picks the form by the `count` argument. That is the one rule for
/// "1 X / n Xs": a number before a counted word belongs in `plurals` (a test checks).
public struct UIStrings: Codable, Sendable, Equatable {
  /// The texts by key. The embedded ones stay the list the content compiler sorted, searched
  /// by halving: making a dictionary of their 800 keys cost a tenth of a millisecond's hashing
  /// at every start, before the first frame. A facilitator's own file is kept as decoded.
  private var table: Table
  public var plurals: [String: Localized<PluralForms>]?

  private enum Table: Sendable {
    case sorted([(key: String, text: Localized<String>)])
    case dictionary([String: Localized<String>])
  }

  public var strings: [String: Localized<String>] {
    get {
      switch table {
      case .dictionary(let strings): strings
      case .sorted(let entries):
        Dictionary(entries.lazy.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
      }
    }
    set { table = .dictionary(newValue) }
  }

  public init(
    strings: [String: Localized<String>], plurals: [String: Localized<PluralForms>]? = nil
  ) {
    table = .dictionary(strings)
    self.plurals = plurals
  }

  /// `entries` in ascending order of their keys, each key once (the content compiler writes
  /// them so; `ContentTests` finds every key's text).
  init(
    sorted entries: [(key: String, text: Localized<String>)],
    plurals: [String: Localized<PluralForms>]? = nil
  ) {
    table = .sorted(entries)
    self.plurals = plurals
  }

  private enum CodingKeys: String, CodingKey {
    case strings, plurals
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    table = .dictionary(try container.decode([String: Localized<String>].self, forKey: .strings))
    plurals = try container.decodeIfPresent(
      [String: Localized<PluralForms>].self, forKey: .plurals)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(strings, forKey: .strings)
    try container.encodeIfPresent(plurals, forKey: .plurals)
  }

  public static func == (lhs: UIStrings, rhs: UIStrings) -> Bool {
    lhs.strings == rhs.strings && lhs.plurals == rhs.plurals
  }

  /// The text kept for `key`, if any.
  private func template(_ key: String) -> Localized<String>? {
    switch table {
    case .dictionary(let strings): return strings[key]
    case .sorted(let entries):
      var low = 0
      var high = entries.count
      while low < high {
        let middle = (low + high) / 2
        if entries[middle].key < key { low = middle + 1 } else { high = middle }
      }
      return low < entries.count && entries[low].key == key ? entries[low].text : nil
    }
  }

  /// The text for `key` in `language`, with `{name}` slots filled from `arguments`.
  /// A key missing from a facilitator's own strings shows as the key, so it is noticed.
  public func text(
    _ key: StringKey, _ arguments: [String: String] = [:], in language: Language
  ) -> String {
    if let forms = plurals?[key.rawValue]?[language] {
      return Self.fill(Self.form(forms, count: arguments["count"]), with: arguments)
    }
    guard let template = template(key.rawValue)?[language] else { return key.rawValue }
    return Self.fill(template, with: arguments)
  }

  /// The text for a counting key with `count` filled in: "1 deelnemer", "3 deelnemers".
  public func count(_ key: StringKey, _ count: Int, in language: Language) -> String {
    text(key, ["count": String(count)], in: language)
  }

  /// The form for `count`: "one" only for exactly 1 (also in Dutch, where 0 takes the plural).
  static func form(_ forms: PluralForms, count: String?) -> String {
    count == "1" ? forms.one : forms.other
  }

  /// Whether `key` is a counting text (under `plurals`).
  public func isPlural(_ key: StringKey) -> Bool { plurals?[key.rawValue] != nil }

  public func text(_ message: Message, in language: Language) -> String {
    text(message.key, message.arguments, in: language)
  }

  /// Replaces each `{name}` in `template` with its argument; unknown names stay as they are.
  public static func fill(_ template: String, with arguments: [String: String]) -> String {
    // Its bytes, not `contains("{")`: that is Foundation's search for a string, not specialised
    // here, and its first use in the first frame's header cost 0.05 ms.
    guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
    var result = ""
    var rest = Substring(template)
    // `append(contentsOf:)` with a Substring, not `+=`: the generic `+=` costs the runtime a
    // search of every conformance the first time, in the first frame's header.
    while let open = rest.firstIndex(of: "{") {
      result.append(contentsOf: rest[..<open])
      guard let close = rest[open...].firstIndex(of: "}") else {
        rest = rest[open...]
        break
      }
      let name = String(rest[rest.index(after: open)..<close])
      result += arguments[name] ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    result.append(contentsOf: rest)
    return result
  }
}
