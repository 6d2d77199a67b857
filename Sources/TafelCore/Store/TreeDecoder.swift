/// Decodes a value from the strict reader's `JSONTree` and notes, for every object a type read,
/// which of its keys the type asked for: a key never asked for is one the model does not know.
/// It is the fast way in for a file that is sound. Any failure, and any unknown key, sends the
/// file down the slow way (`JSONDecoder` with the key-recording wrapper), which says what is wrong
/// in exactly the words and at exactly the place it always did.
final class TreeDecoding {
  let bytes: [UInt8]
  let tree: JSONTree
  /// Per node: whether a type asked for its key in its object.
  var asked: [Bool]
  /// Per node: whether a type read it as an object (a keyed container).
  var opened: [Bool]

  init(bytes: [UInt8], tree: JSONTree) {
    self.bytes = bytes
    self.tree = tree
    asked = Array(repeating: false, count: tree.nodes.count)
    opened = asked
  }

  /// Decodes the root value as a `T`; nil when it does not decode (the slow way says why).
  static func decode<T: Decodable>(_ type: T.Type, bytes: [UInt8], tree: JSONTree) -> (
    value: T, hasUnknownKeys: Bool
  )? {
    guard !tree.nodes.isEmpty else { return nil }
    let state = TreeDecoding(bytes: bytes, tree: tree)
    guard let value = try? T(from: TreeDecoder(state: state, node: 0)) else { return nil }
    return (value, state.hasUnknownKeys)
  }

  /// True when an object a type read holds a key that no type asked for.
  var hasUnknownKeys: Bool {
    for index in tree.nodes.indices where opened[index] {
      for child in tree.childIndices(of: index) where !asked[child] { return true }
    }
    return false
  }

  /// The coding path of `node`, for the errors thrown here (which the slow way replaces).
  func codingPath(of node: Int) -> [any CodingKey] {
    var path: [any CodingKey] = []
    var current = node
    while current > 0 {
      let parent = tree.nodes[current].parent
      if tree.nodes[parent].kind == .object {
        path.append(TreeKey(stringValue: tree.nodes[current].key))
      } else {
        let index = tree.childIndices(of: parent).firstIndex(of: current) ?? 0
        path.append(TreeKey(intValue: index - tree.nodes[parent].firstChild))
      }
      current = parent
    }
    return path.reversed()
  }

  func mismatch(_ type: Any.Type, at node: Int) -> DecodingError {
    .typeMismatch(
      type,
      .init(codingPath: codingPath(of: node), debugDescription: "not a \(type) in the tree"))
  }

  func text(of node: Int) throws -> String {
    let value = tree.nodes[node]
    switch value.kind {
    case .string:
      return String(decoding: bytes[(value.start + 1)..<(value.end - 1)], as: UTF8.self)
    case .escapedString:
      guard let text = JSONSourceMap.unescapedText(in: bytes, at: value.start) else {
        throw mismatch(String.self, at: node)
      }
      return text
    default:
      throw mismatch(String.self, at: node)
    }
  }

  func integer<T: FixedWidthInteger>(_ type: T.Type, at node: Int) throws -> T {
    guard let value = JSONTree.integer(tree.nodes[node], in: bytes), let exact = T(exactly: value)
    else { throw mismatch(type, at: node) }
    return exact
  }

  func double(at node: Int) throws -> Double {
    let value = tree.nodes[node]
    if let whole = JSONTree.integer(value, in: bytes), abs(whole) < 1 << 53 { return Double(whole) }
    guard value.kind == .number,
      let number = Double(String(decoding: bytes[value.start..<value.end], as: UTF8.self))
    else { throw mismatch(Double.self, at: node) }
    return number
  }
}

private struct TreeKey: CodingKey {
  var stringValue: String
  var intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = nil
  }

  init(intValue: Int) {
    stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// A decoder, and the single value container, of one node of the tree.
struct TreeDecoder: Decoder, SingleValueDecodingContainer {
  let state: TreeDecoding
  let node: Int

  var codingPath: [any CodingKey] { state.codingPath(of: node) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  private var kind: JSONTree.Kind { state.tree.nodes[node].kind }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard kind == .object else { throw state.mismatch([String: Any].self, at: node) }
    state.opened[node] = true
    return KeyedDecodingContainer(TreeKeyedContainer<Key>(state: state, node: node))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard kind == .array else { throw state.mismatch([Any].self, at: node) }
    return TreeUnkeyedContainer(state: state, node: node)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func decodeNil() -> Bool { kind == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    switch kind {
    case .trueValue: return true
    case .falseValue: return false
    default: throw state.mismatch(type, at: node)
    }
  }

  func decode(_ type: String.Type) throws -> String { try state.text(of: node) }
  func decode(_ type: Double.Type) throws -> Double { try state.double(at: node) }
  // Foundation reads a Float straight from the text; rounding through a Double could differ.
  func decode(_ type: Float.Type) throws -> Float { throw state.mismatch(type, at: node) }
  func decode(_ type: Int.Type) throws -> Int { try state.integer(type, at: node) }
  func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(type, at: node) }
  func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(type, at: node) }
  func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(type, at: node) }
  func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(type, at: node) }
  func decode(_ type: UInt.Type) throws -> UInt { try state.integer(type, at: node) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(type, at: node) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(type, at: node) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(type, at: node) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(type, at: node) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

private struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let state: TreeDecoding
  let node: Int
  /// Large objects (a dictionary of many entries) are looked up by key, small ones by scanning.
  private let index: [String: Int]?

  init(state: TreeDecoding, node: Int) {
    self.state = state
    self.node = node
    let children = state.tree.childIndices(of: node)
    if children.count > 16 {
      var index: [String: Int] = [:]
      for child in children { index[state.tree.nodes[child].key] = child }
      self.index = index
    } else {
      self.index = nil
    }
  }

  var codingPath: [any CodingKey] { state.codingPath(of: node) }

  var allKeys: [Key] {
    state.tree.childIndices(of: node).compactMap { Key(stringValue: state.tree.nodes[$0].key) }
  }

  /// The child named `key`, noted as asked for.
  private func find(_ key: Key) -> Int? {
    let name = key.stringValue
    let found = index.map { $0[name] } ?? state.tree.child(of: node, named: name)
    if let found { state.asked[found] = true }
    return found
  }

  private func value(_ key: Key) throws -> TreeDecoder {
    guard let child = find(key) else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "no \(key.stringValue)"))
    }
    return TreeDecoder(state: state, node: child)
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }
  func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decode(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try value(key).decode(type)
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try value(key).decode(type)
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(key).decode(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).decode(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(key).decode(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(key).decode(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(key).decode(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(key).decode(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(key).decode(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(key).decode(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try value(key).decode(type)
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try value(key).decode(type)
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try value(key).decode(type)
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: value(key))
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try value(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try value(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    guard let child = state.tree.child(of: node, named: "super") else {
      throw DecodingError.keyNotFound(
        TreeKey(stringValue: "super"), .init(codingPath: codingPath, debugDescription: "no super"))
    }
    state.asked[child] = true
    return TreeDecoder(state: state, node: child)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
}

private struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
  let state: TreeDecoding
  let node: Int
  var currentIndex = 0

  init(state: TreeDecoding, node: Int) {
    self.state = state
    self.node = node
  }

  var codingPath: [any CodingKey] { state.codingPath(of: node) }
  var count: Int? { state.tree.nodes[node].childCount }
  var isAtEnd: Bool { currentIndex >= state.tree.nodes[node].childCount }

  private mutating func next() throws -> TreeDecoder {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "at the end of the list"))
    }
    let child = state.tree.children[state.tree.nodes[node].firstChild + currentIndex]
    currentIndex += 1
    return TreeDecoder(state: state, node: child)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { return false }
    let child = state.tree.children[state.tree.nodes[node].firstChild + currentIndex]
    guard state.tree.nodes[child].kind == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}
