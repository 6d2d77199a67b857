/// One step into a workshop's structure: a key in an object or an index in a list.
public enum FieldPathComponent: Hashable, Sendable {
  case key(String)
  case index(Int)
}

/// The place of a value in a workshop, such as `participants[3].scores.blue`; the same path
/// finds the value's line and column in the file.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible,
  ExpressibleByArrayLiteral
{
  public var components: [FieldPathComponent]

  public init(_ components: [FieldPathComponent]) { self.components = components }
  public init(arrayLiteral elements: FieldPathComponent...) { self.components = elements }

  public func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }
  public func appending(index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
