import Foundation

/// Reads a request body the strict way: UTF-8, one JSON object, exactly the fields named, each
/// of its type. Anything else is refused whole, so nothing half-understood changes the room.
public enum StrictJSON {
  public enum Kind: Sendable {
    case string(maximumLength: Int)
    case integer
  }

  public enum Value: Equatable, Sendable {
    case string(String)
    case integer(Int)
  }

  public struct Refusal: Error, Equatable {
    public var reason: String
  }

  /// The fields of `data` by name; throws when it is not exactly an object with `fields`.
  public static func read(_ data: Data, fields: [String: Kind]) throws(Refusal) -> [String: Value] {
    guard String(validating: data, as: UTF8.self) != nil else {
      throw Refusal(reason: "not UTF-8")
    }
    let object: [String: AnyJSON]
    do {
      object = try JSONDecoder().decode([String: AnyJSON].self, from: data)
    } catch {
      throw Refusal(reason: "not a JSON object")
    }
    var values: [String: Value] = [:]
    for name in object.keys where fields[name] == nil {
      throw Refusal(reason: "unknown field \(name)")
    }
    for (name, kind) in fields {
      guard let value = object[name] else { throw Refusal(reason: "missing field \(name)") }
      switch (kind, value) {
      case (.string(let maximum), .string(let text)) where text.count <= maximum:
        values[name] = .string(text)
      case (.integer, .integer(let number)):
        values[name] = .integer(number)
      default:
        throw Refusal(reason: "wrong type or size for \(name)")
      }
    }
    return values
  }

  /// Any JSON value, told apart by what it decodes as: a boolean is never an integer, and 1.5
  /// is never one either.
  private enum AnyJSON: Decodable {
    case null, boolean, number, list, object
    case integer(Int)
    case string(String)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if (try? container.decode(Bool.self)) != nil {
        self = .boolean
      } else if let number = try? container.decode(Int.self) {
        self = .integer(number)
      } else if (try? container.decode(Double.self)) != nil {
        self = .number
      } else if let text = try? container.decode(String.self) {
        self = .string(text)
      } else if (try? container.decode([AnyJSON].self)) != nil {
        self = .list
      } else {
        _ = try container.decode([String: AnyJSON].self)
        self = .object
      }
    }
  }
}

extension StrictJSON.Value {
  public var string: String? {
    if case .string(let text) = self { text } else { nil }
  }

  public var integer: Int? {
    if case .integer(let number) = self { number } else { nil }
  }
}
