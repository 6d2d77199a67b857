/// The values of a JSON text as the strict reader met them, in one flat array: what
/// `TreeDecoder` decodes a workshop from, so a file is read once (Foundation's `JSONDecoder` read
/// it twice more, with a key-recording wrapper around it, and that was most of the time to open
/// a large workshop). Texts and numbers stay bytes until a type asks for them.
struct JSONTree: Sendable {
  enum Kind: UInt8, Sendable {
    case object, array, string, escapedString, number, trueValue, falseValue, null
  }

  struct Node: Sendable {
    var kind: Kind
    /// The value's first byte (the opening quote of a text) and the byte after its last.
    var start: Int
    var end: Int
    /// The value's children: `children[firstChild ..< firstChild + childCount]`.
    var firstChild = 0
    var childCount = 0
    var parent: Int
    /// The key naming this value in its object (escapes decoded); empty in an array.
    var key: String
  }

  var nodes: [Node] = []
  var children: [Int] = []

  func childIndices(of node: Int) -> ArraySlice<Int> {
    let first = nodes[node].firstChild
    return children[first..<first + nodes[node].childCount]
  }

  /// The child of the object `node` named `key`.
  func child(of node: Int, named key: String) -> Int? {
    childIndices(of: node).first { nodes[$0].key == key }
  }

  /// The root object's whole number under `key`, when it is written as plain digits.
  func rootInteger(_ key: String, in bytes: [UInt8]) -> Int? {
    guard nodes.first?.kind == .object, let child = child(of: 0, named: key) else { return nil }
    return Self.integer(nodes[child], in: bytes)
  }

  /// A number written as plain digits (an optional minus, at most 18 digits), as an `Int`;
  /// anything else (a fraction, an exponent) is left to `JSONDecoder`'s judgement.
  static func integer(_ node: Node, in bytes: [UInt8]) -> Int? {
    guard node.kind == .number else { return nil }
    var index = node.start
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard node.end - index <= 18 else { return nil }
    var value = 0
    while index < node.end {
      let digit = Int(bytes[index]) - 48
      guard (0...9).contains(digit) else { return nil }
      value = value * 10 + digit
      index += 1
    }
    return negative ? -value : value
  }
}
