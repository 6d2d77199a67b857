/// An object of the strict reader's tree read field by field, without a `Decoder` in between:
/// for the journal, whose thousands of small objects were most of the time to open a long
/// process through the generic keyed containers (docs/performance.md). Each field read is noted
/// as asked for and the object as opened, so an unknown key still sends the file the slow way.
struct TreeFields {
  let state: TreeDecoding
  let node: Int

  init(_ state: TreeDecoding, node: Int) throws {
    guard state.tree.nodes[node].kind == .object else {
      throw state.mismatch([String: Any].self, at: node)
    }
    state.opened[node] = true
    self.state = state
    self.node = node
  }

  /// The fields of the object `decoder` stands for, when it is the tree's (a sound file being
  /// opened); nil for any other decoder, which then takes the type's container way. That way
  /// belongs in a function of its own (`@inline(never)`): a keyed container's generic type is
  /// set up where the function using it begins, the first time a search of every conformance
  /// in the binary, which the tree's way need not pay (docs/performance.md).
  static func of(_ decoder: any Decoder) throws -> TreeFields? {
    guard let tree = decoder as? TreeDecoder else { return nil }
    return try TreeFields(tree.state, node: tree.node)
  }

  /// The only key of an object that holds exactly one, as an enum's case is written.
  var onlyKey: (name: String, node: Int)? {
    let children = state.tree.childIndices(of: node)
    guard children.count == 1, let child = children.first else { return nil }
    state.asked[child] = true
    return (state.tree.nodes[child].key, child)
  }

  /// The child under `key`, or nil when there is none or it is null (as `decodeIfPresent`).
  private func present(_ key: String) -> Int? {
    guard let child = state.tree.child(of: node, named: key) else { return nil }
    state.asked[child] = true
    return state.tree.nodes[child].kind == .null ? nil : child
  }

  private func required(_ key: String) throws -> Int {
    guard let child = present(key) else { throw state.mismatch(Any.self, at: node) }
    return child
  }

  func string(_ key: String) throws -> String { try state.text(of: required(key)) }
  func int(_ key: String) throws -> Int { try state.integer(Int.self, at: required(key)) }

  func bool(_ key: String) throws -> Bool {
    try TreeDecoder(state: state, node: required(key)).decode(Bool.self)
  }

  func value<T: Decodable>(_ key: String) throws -> T {
    try T(from: TreeDecoder(state: state, node: required(key)))
  }

  func optionalString(_ key: String) throws -> String? {
    try present(key).map { try state.text(of: $0) }
  }

  func optionalInt(_ key: String) throws -> Int? {
    try present(key).map { try state.integer(Int.self, at: $0) }
  }

  func optionalValue<T: Decodable>(_ key: String) throws -> T? {
    try present(key).map { try T(from: TreeDecoder(state: state, node: $0)) }
  }

  /// Six scores, as `DriveScores`' synthesized decoder reads them.
  func driveScores(_ key: String) throws -> DriveScores {
    try Self.driveScores(TreeFields(state, node: required(key)))
  }

  func optionalDriveScores(_ key: String) throws -> DriveScores? {
    try present(key).map { try Self.driveScores(TreeFields(state, node: $0)) }
  }

  private static func driveScores(_ scores: TreeFields) throws -> DriveScores {
    DriveScores(
      yellow: try scores.int("yellow"), green: try scores.int("green"),
      orange: try scores.int("orange"), blue: try scores.int("blue"), red: try scores.int("red"),
      purple: try scores.int("purple"))
  }

  func strings(_ key: String) throws -> [String] {
    try elements(key).map { try state.text(of: $0) }
  }

  func ints(_ key: String) throws -> [Int] {
    try elements(key).map { try state.integer(Int.self, at: $0) }
  }

  func elements(_ key: String) throws -> ArraySlice<Int> {
    let list = try required(key)
    guard state.tree.nodes[list].kind == .array else { throw state.mismatch([Any].self, at: list) }
    return state.tree.childIndices(of: list)
  }
}
