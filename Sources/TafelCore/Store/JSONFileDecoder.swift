import Foundation

/// Decodes a JSON file into a value and, when it cannot, says where and why in terms a
/// facilitator who edited the file by hand can act on.
public enum JSONFileDecoder {
  /// Decodes `bytes`, read from `path`, as a `T`. Syntax is checked strictly first, so that a
  /// mistake is reported at its line and column rather than as "corrupted data".
  public static func decode<T: Decodable>(
    _ type: T.Type, from bytes: [UInt8], path: String
  ) throws(FileError) -> (value: T, sourceMap: JSONSourceMap) {
    let sourceMap: JSONSourceMap
    do {
      sourceMap = try JSONSourceMap(bytes, recordingPositions: false)
    } catch {
      throw FileError(
        path: path, kind: .notJSON(expected: error.expected, found: error.found),
        position: error.position)
    }
    return (try decode(type, from: bytes, path: path, sourceMap: sourceMap), sourceMap)
  }

  /// Decodes `bytes` whose syntax `sourceMap` has already checked.
  public static func decode<T: Decodable>(
    _ type: T.Type, from bytes: [UInt8], path: String, sourceMap: JSONSourceMap,
    decoder: JSONDecoder = JSONDecoder()
  ) throws(FileError) -> T {
    do {
      return try decoder.decode(T.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw fileError(for: error, path: path, sourceMap: sourceMap)
    } catch {
      throw FileError(path: path, kind: .unreadable(reason: "\(error)"))
    }
  }

  static func fileError(
    for error: DecodingError, path: String, sourceMap: JSONSourceMap
  ) -> FileError {
    switch error {
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let field = fieldPath(context.codingPath)
      return FileError(
        path: path, kind: .wrongValue(field: field, expected: describe(type)),
        position: sourceMap.nearestPosition(of: field))
    case .keyNotFound(let key, let context):
      let field = fieldPath(context.codingPath)
      return FileError(
        path: path, kind: .missingField(field: field, name: key.stringValue),
        position: sourceMap.nearestPosition(of: field))
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      // JSONDecoder says neither where nor what when a number with a fraction is given for a
      // whole number (a score of 62.5); the strict reader can find the first such number.
      guard let field = sourceMap.firstFractionalNumber(exceptUnder: fractionalFields) else {
        return FileError(
          path: path, kind: .wrongValue(field: [], expected: Message(.expectValidValue)),
          position: sourceMap.nearestPosition(of: []))
      }
      return FileError(
        path: path, kind: .wrongValue(field: field, expected: Message(.expectWholeNumber)),
        position: sourceMap.position(of: field))
    case .dataCorrupted(let context):
      let field = fieldPath(context.codingPath)
      return FileError(
        path: path, kind: .wrongValue(field: field, expected: allowedValues(for: field)),
        position: sourceMap.nearestPosition(of: field))
    @unknown default:
      return FileError(path: path, kind: .unreadable(reason: "\(error)"))
    }
  }

  /// The fields of Tafel's files that may hold a fraction (the dilemma timer's seconds); any
  /// other number is a whole one.
  static let fractionalFields: Set<String> = ["elapsedSeconds", "runningSince"]

  static func fieldPath(_ codingPath: [any CodingKey]) -> FieldPath {
    FieldPath(codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) })
  }

  /// What a field of an enumerated type accepts, found by the nearest key in its path.
  static func allowedValues(for field: FieldPath) -> Message {
    let keys = field.components.compactMap { component -> String? in
      if case .key(let key) = component { key } else { nil }
    }
    let values: [String]
    switch keys.last {
    case "language": values = Language.allCases.map(\.rawValue)
    case "phase": values = ProcessPhase.allCases.map(\.rawValue)
    case "kind": values = OrganisationKind.allCases.map(\.rawValue)
    case "basis": values = RuleBasis.allCases.map(\.rawValue)
    case "colour", "colours", "dominant", "underRepresented":
      values = DriveColour.allCases.map(\.rawValue)
    default: return Message(.expectValidValue)
    }
    return Message(.expectOneOf, ["values": values.joined(separator: ", ")])
  }

  static func describe(_ type: Any.Type) -> Message {
    switch type {
    case is Int.Type, is Int64.Type, is UInt.Type: Message(.expectWholeNumber)
    case is Double.Type, is Float.Type: Message(.expectNumber)
    case is String.Type: Message(.expectText)
    case is Bool.Type: Message(.expectBool)
    default:
      Message(String(describing: type).hasPrefix("Array") ? .expectList : .expectObject)
    }
  }
}
