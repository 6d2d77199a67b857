import Foundation
import Synchronization

/// The keys a `Decodable` type asked for, by the path of the object it asked in. Whatever a
/// file holds beyond them the type never read, and would be gone after the next save. Because
/// the types themselves say what they read, a field added to the model later is known at once.
public final class KeyLog: Sendable {
  private let asked = Mutex<[FieldPath: Set<String>]>([:])

  public init() {}

  static let userInfoKey = CodingUserInfoKey(rawValue: "tafel.keyLog")!

  func opened(_ path: FieldPath) {
    asked.withLock { if $0[path] == nil { $0[path] = [] } }
  }

  func ask(_ key: String, in path: FieldPath) {
    asked.withLock { _ = $0[path, default: []].insert(key) }
  }

  /// The keys asked for in the object at `path`, or nil when no type read it as an object.
  public func keys(in path: FieldPath) -> Set<String>? {
    asked.withLock { $0[path] }
  }
}

/// A value decoded through a decoder that writes every key asked for into the `KeyLog` in the
/// decoder's `userInfo`.
struct KeyRecorded<Value: Decodable>: Decodable {
  var value: Value

  init(from decoder: any Decoder) throws {
    guard let log = decoder.userInfo[KeyLog.userInfoKey] as? KeyLog else {
      value = try Value(from: decoder)
      return
    }
    value = try Value(from: KeyRecordingDecoder(inner: decoder, path: [], log: log))
  }
}

/// Passes every request to the decoder it wraps and notes the keys asked for. Paths are kept
/// here, not taken from `codingPath`, where a dictionary key such as "3" reads as an index.
private struct KeyRecordingDecoder: Decoder {
  let inner: any Decoder
  let path: FieldPath
  let log: KeyLog

  var codingPath: [any CodingKey] { inner.codingPath }
  var userInfo: [CodingUserInfoKey: Any] { inner.userInfo }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let container = try inner.container(keyedBy: type)
    log.opened(path)
    return KeyedDecodingContainer(KeyedRecorder(inner: container, path: path, log: log))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    UnkeyedRecorder(inner: try inner.unkeyedContainer(), path: path, log: log)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueRecorder(inner: try inner.singleValueContainer(), decoder: self)
  }
}

private struct KeyedRecorder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let inner: KeyedDecodingContainer<Key>
  let path: FieldPath
  let log: KeyLog

  var codingPath: [any CodingKey] { inner.codingPath }
  var allKeys: [Key] { inner.allKeys }

  private func asking(_ key: Key) -> FieldPath {
    log.ask(key.stringValue, in: path)
    return path.appending(key.stringValue)
  }

  func contains(_ key: Key) -> Bool {
    _ = asking(key)
    return inner.contains(key)
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    _ = asking(key)
    return try inner.decodeNil(forKey: key)
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    _ = asking(key)
    return try inner.decode(type, forKey: key)
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let child = asking(key)
    if isPlain(type) { return try inner.decode(type, forKey: key) }
    return try T(
      from: KeyRecordingDecoder(inner: try inner.superDecoder(forKey: key), path: child, log: log))
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let child = asking(key)
    let container = try inner.nestedContainer(keyedBy: type, forKey: key)
    log.opened(child)
    return KeyedDecodingContainer(KeyedRecorder<NestedKey>(inner: container, path: child, log: log))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let child = asking(key)
    return UnkeyedRecorder(
      inner: try inner.nestedUnkeyedContainer(forKey: key), path: child, log: log)
  }

  func superDecoder() throws -> any Decoder {
    KeyRecordingDecoder(
      inner: try inner.superDecoder(), path: path.appending("super"), log: log)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    let child = asking(key)
    return KeyRecordingDecoder(inner: try inner.superDecoder(forKey: key), path: child, log: log)
  }
}

private struct UnkeyedRecorder: UnkeyedDecodingContainer {
  var inner: any UnkeyedDecodingContainer
  let path: FieldPath
  let log: KeyLog

  var codingPath: [any CodingKey] { inner.codingPath }
  var count: Int? { inner.count }
  var isAtEnd: Bool { inner.isAtEnd }
  var currentIndex: Int { inner.currentIndex }

  mutating func decodeNil() throws -> Bool { try inner.decodeNil() }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try inner.decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try inner.decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try inner.decode(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try inner.decode(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try inner.decode(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try inner.decode(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try inner.decode(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try inner.decode(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try inner.decode(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try inner.decode(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try inner.decode(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try inner.decode(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try inner.decode(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try inner.decode(type) }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if isPlain(type) { return try inner.decode(type) }
    let child = path.appending(index: currentIndex)
    return try T(from: KeyRecordingDecoder(inner: try inner.superDecoder(), path: child, log: log))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let child = path.appending(index: currentIndex)
    let container = try inner.nestedContainer(keyedBy: type)
    log.opened(child)
    return KeyedDecodingContainer(KeyedRecorder<NestedKey>(inner: container, path: child, log: log))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let child = path.appending(index: currentIndex)
    return UnkeyedRecorder(inner: try inner.nestedUnkeyedContainer(), path: child, log: log)
  }

  mutating func superDecoder() throws -> any Decoder {
    let child = path.appending(index: currentIndex)
    return KeyRecordingDecoder(inner: try inner.superDecoder(), path: child, log: log)
  }
}

private struct SingleValueRecorder: SingleValueDecodingContainer {
  let inner: any SingleValueDecodingContainer
  /// The decoder of the same value: a nested type decodes from it, so its keys are noted too.
  let decoder: KeyRecordingDecoder

  var codingPath: [any CodingKey] { inner.codingPath }

  func decodeNil() -> Bool { inner.decodeNil() }
  func decode(_ type: Bool.Type) throws -> Bool { try inner.decode(type) }
  func decode(_ type: String.Type) throws -> String { try inner.decode(type) }
  func decode(_ type: Double.Type) throws -> Double { try inner.decode(type) }
  func decode(_ type: Float.Type) throws -> Float { try inner.decode(type) }
  func decode(_ type: Int.Type) throws -> Int { try inner.decode(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try inner.decode(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try inner.decode(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try inner.decode(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try inner.decode(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try inner.decode(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try inner.decode(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try inner.decode(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try inner.decode(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try inner.decode(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if isPlain(type) { return try inner.decode(type) }
    return try T(from: decoder)
  }
}

/// Types that hold no keys: decoded by the wrapped decoder directly, which is faster.
private func isPlain<T>(_ type: T.Type) -> Bool {
  type == String.self || type == Int.self || type == Double.self || type == Bool.self
}
