/// A value in each language Tafel speaks, as content files hold it: `{"nl": …, "en": …}`.
public struct Localized<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
  public var nl: Value
  public var en: Value

  public init(nl: Value, en: Value) {
    self.nl = nl
    self.en = en
  }

  public subscript(language: Language) -> Value {
    switch language {
    case .nl: nl
    case .en: en
    }
  }
}
