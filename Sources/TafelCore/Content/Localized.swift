/// A value in each language Tafel speaks, as content files hold it: `{"nl": …, "en": …}`.
///
/// What `Value` must be is asked by the conformances below, not by the type: the content is
/// compiled in as these values, and a constrained generic type makes the Swift runtime check
/// each requirement (a search of every conformance in the binary) the first time it builds
/// `Localized<String>`, `Localized<[String]>` and the others at start.
public struct Localized<Value> {
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

extension Localized: Encodable where Value: Encodable {}
extension Localized: Decodable where Value: Decodable {}
extension Localized: Equatable where Value: Equatable {}
extension Localized: Sendable where Value: Sendable {}
