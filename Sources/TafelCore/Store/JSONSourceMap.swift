/// A strict JSON (RFC 8259) reader that keeps positions: it finds the first syntax error with its
/// line and column, and the line and column of any value by its path. Foundation's decoder says
/// neither, and a facilitator who edited a file by hand needs both to find the mistake.
public struct JSONSourceMap: Sendable {
  /// A 1-based line and column; the column counts characters, not bytes.
  public struct Position: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var description: String { "\(line):\(column)" }
  }

  /// Where the text stops being JSON, and what was expected there.
  public struct SyntaxError: Error, Equatable, Sendable {
    public var position: Position
    public var expected: Message
    public var found: Message
  }

  private let bytes: [UInt8]
  /// Where each value starts, by path; nil when they were not recorded while reading.
  private let recorded: [FieldPath: Int]?
  /// Where each key of an object starts (its opening quote), by the path of its value; nil when
  /// they were not recorded while reading.
  private let recordedKeys: [FieldPath: Int]?
  /// The values as read, for `TreeDecoder`; only when asked for.
  let tree: JSONTree?

  /// Reads `data`; throws `SyntaxError` at the first place that is not valid JSON. Without
  /// `recordingPositions` the positions of values and keys are not kept (a file that loads
  /// needs none; with 1,000 participants they were most of the time to open it), and the first
  /// question about one reads the text again to find them. With `buildingTree` the values are
  /// kept for `TreeDecoder`.
  public init(_ data: [UInt8], recordingPositions: Bool = true) throws(SyntaxError) {
    try self.init(data, recordingPositions: recordingPositions, buildingTree: false)
  }

  init(_ data: [UInt8], recordingPositions: Bool, buildingTree: Bool) throws(SyntaxError) {
    bytes = data
    var parser = Parser(bytes: data, recording: recordingPositions, building: buildingTree)
    try parser.parseDocument()
    recorded = recordingPositions ? parser.positions : nil
    recordedKeys = recordingPositions ? parser.keyOffsets : nil
    tree = buildingTree ? parser.tree : nil
  }

  /// The values' positions, read again when they were not recorded: the text passed once.
  private var positions: [FieldPath: Int] {
    if let recorded { return recorded }
    return recordedAgain().positions
  }

  /// The keys' positions, read again when they were not recorded.
  private var keyOffsets: [FieldPath: Int] {
    if let recordedKeys { return recordedKeys }
    return recordedAgain().keyOffsets
  }

  private func recordedAgain() -> (positions: [FieldPath: Int], keyOffsets: [FieldPath: Int]) {
    var parser = Parser(bytes: bytes, recording: true, building: false)
    return (try? parser.parseDocument()).map { (parser.positions, parser.keyOffsets) } ?? ([:], [:])
  }

  /// The text of the string whose opening quote is at `offset`, escapes decoded.
  static func unescapedText(in bytes: [UInt8], at offset: Int) -> String? {
    var parser = Parser(bytes: bytes, recording: false, building: false)
    parser.offset = offset
    return try? parser.parseString(keepingText: true)
  }

  /// Where the key that names the value at `path` starts, if the value is in an object.
  public func keyPosition(of path: FieldPath) -> Position? {
    keyOffsets[path].map { Self.position(at: $0, in: bytes) }
  }

  /// Every key in the file, in file order, by the path of its value.
  public var keyPaths: [FieldPath] {
    keyOffsets.sorted { $0.value < $1.value }.map(\.key)
  }

  /// Where the value at `path` starts, if there is one.
  public func position(of path: FieldPath) -> Position? {
    positions[path].map { Self.position(at: $0, in: bytes) }
  }

  /// The position of the value at `path`, or of the nearest enclosing value that exists.
  public func nearestPosition(of path: FieldPath) -> Position? {
    Self.nearestOffset(of: path, in: positions).map { Self.position(at: $0, in: bytes) }
  }

  /// `nearestPosition(of:)` for many paths in one pass over the text, so that a file with
  /// thousands of problems is not read once per problem.
  public func nearestPositions(of paths: [FieldPath]) -> [Position?] {
    // A file without problems asks for none: no second reading.
    guard !paths.isEmpty else { return [] }
    let positions = self.positions
    let offsets = paths.enumerated().compactMap { slot, path in
      Self.nearestOffset(of: path, in: positions).map { (slot: slot, offset: min($0, bytes.count)) }
    }
    var found = [Position?](repeating: nil, count: paths.count)
    var line = 1
    var column = 1
    // A byte-order mark is no character anyone sees: the first column starts after it.
    var index = Self.byteOrderMarkLength(bytes)
    for (slot, offset) in offsets.sorted(by: { $0.offset < $1.offset }) {
      if offset < index {
        found[slot] = Position(line: 1, column: 1)
        continue
      }
      // As in position(at:in:): a new line starts after each LF; columns count characters.
      while index < offset {
        if bytes[index] == 0x0A {
          line += 1
          column = 1
        } else if bytes[index] & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      found[slot] = Position(line: line, column: column)
    }
    return found
  }

  /// The first number in the file that is not a whole number, leaving out values under the keys
  /// in `fractionalKeys` (fields that may hold fractions), if there is one.
  public func firstFractionalNumber(exceptUnder fractionalKeys: Set<String>) -> FieldPath? {
    let candidates = positions.filter { path, offset in
      guard case .key(let key)? = path.components.last, fractionalKeys.contains(key) else {
        return Self.isFraction(at: offset, in: bytes)
      }
      return false
    }
    return candidates.min { $0.value < $1.value }?.key
  }

  static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  private static func isFraction(at offset: Int, in bytes: [UInt8]) -> Bool {
    guard offset < bytes.count,
      bytes[offset] == UInt8(ascii: "-") || (48...57).contains(bytes[offset])
    else { return false }
    var end = offset
    while end < bytes.count, "-+.eE0123456789".utf8.contains(bytes[end]) { end += 1 }
    let value = Double(String(decoding: bytes[offset..<end], as: UTF8.self)) ?? 0
    return value.rounded() != value
  }

  private static func nearestOffset(of path: FieldPath, in positions: [FieldPath: Int]) -> Int? {
    var components = path.components
    while true {
      if let found = positions[FieldPath(components)] { return found }
      if components.isEmpty { return nil }
      components.removeLast()
    }
  }

  static func position(at offset: Int, in bytes: [UInt8]) -> Position {
    var line = 1
    let end = max(min(offset, bytes.count), byteOrderMarkLength(bytes))
    var lineStart = byteOrderMarkLength(bytes)
    for index in lineStart..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    return Position(line: line, column: column)
  }
}

extension JSONSourceMap {
  private struct Parser {
    let bytes: [UInt8]
    var offset = 0
    var path: [FieldPathComponent] = []
    /// How many objects and arrays enclose the value being read.
    var depth = 0
    /// Whether to keep the offset of every value and key (`positions`, `keyOffsets`) and the
    /// path to each, which costs most of the reading.
    let recording: Bool
    var positions: [FieldPath: Int] = [:]
    var keyOffsets: [FieldPath: Int] = [:]
    /// Whether to keep the values (`tree`).
    let building: Bool
    var tree = JSONTree()
    /// The node of the container being read, the parent of the next value.
    var parent = -1
    /// The key of the value about to be read, in the tree.
    var pendingKey = ""
    // Deep nesting is refused rather than risking the stack on a hostile file.
    // A workshop nests six levels deep; 64 leaves room and keeps the recursion far from the
    // small stacks of worker threads.
    let maximumDepth = 64
    /// No text in a workshop comes near this; a longer one is damage, or not a workshop, and
    /// would make every frame that shows it slow.
    static let maximumStringBytes = 1_048_576

    init(bytes: [UInt8], recording: Bool, building: Bool) {
      self.bytes = bytes
      self.recording = recording
      self.building = building
      // About one value per 16 bytes in a workshop file: grown once or twice, not a dozen times.
      if building { tree.nodes.reserveCapacity(bytes.count / 16) }
    }

    mutating func parseDocument() throws(SyntaxError) {
      if let invalid = Self.firstInvalidUTF8Offset(bytes) {
        offset = invalid
        throw SyntaxError(
          position: JSONSourceMap.position(at: invalid, in: bytes), expected: Message(.expectUTF8),
          found: Message(.foundNotUTF8))
      }
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
      skipWhitespace()
      if offset >= bytes.count { throw error(expected: Message(.expectValue)) }
      try parseValue()
      skipWhitespace()
      if offset < bytes.count { throw error(expected: Message(.expectEndOfFile)) }
    }

    mutating func parseValue() throws(SyntaxError) {
      if depth > maximumDepth { throw error(expected: Message(.expectLessNesting)) }
      if recording { positions[FieldPath(path)] = offset }
      guard offset < bytes.count else { throw error(expected: Message(.expectValue)) }
      let start = offset
      let kind: JSONTree.Kind
      var node = -1
      if building {
        node = tree.nodes.count
        tree.nodes.append(
          JSONTree.Node(kind: .null, start: start, end: start, parent: parent, key: pendingKey))
        // The key names this value only: the elements of an array under it have none.
        pendingKey = ""
      }
      switch bytes[offset] {
      case UInt8(ascii: "{"):
        kind = .object
        try parseObject(node: node)
      case UInt8(ascii: "["):
        kind = .array
        try parseArray(node: node)
      case UInt8(ascii: "\""):
        let escaped = try skipString()
        kind = escaped ? .escapedString : .string
      case UInt8(ascii: "t"):
        kind = .trueValue
        try parseLiteral("true")
      case UInt8(ascii: "f"):
        kind = .falseValue
        try parseLiteral("false")
      case UInt8(ascii: "n"):
        kind = .null
        try parseLiteral("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        kind = .number
        try parseNumber()
      default: throw error(expected: Message(.expectValue))
      }
      if building {
        tree.nodes[node].kind = kind
        tree.nodes[node].end = offset
      }
    }

    /// The children of the container `node` (their indices, in order) into the tree.
    mutating func close(_ node: Int, childrenFrom start: Int) {
      guard building else { return }
      tree.nodes[node].firstChild = tree.children.count
      tree.nodes[node].childCount = openChildren.count - start
      tree.children += openChildren[start...]
      openChildren.removeSubrange(start...)
    }

    /// The children and keys of the containers being read, innermost last: one list for all,
    /// not two new ones per object (their growth was a tenth of reading 1,000 people).
    var openChildren: [Int] = []
    var openKeys: [String] = []

    mutating func parseObject(node: Int) throws(SyntaxError) {
      offset += 1
      skipWhitespace()
      if peek(UInt8(ascii: "}")) {
        offset += 1
        return
      }
      // Most objects hold a handful of keys: a list is cheaper than a set until it grows.
      let keysStart = openKeys.count
      let childrenStart = openChildren.count
      var keySet: Set<String> = []
      var keyCount = 0
      var comma: Int?
      depth += 1
      let outer = parent
      parent = node
      defer {
        depth -= 1
        parent = outer
        openKeys.removeSubrange(keysStart...)
      }
      while true {
        skipWhitespace()
        if let comma, peek(UInt8(ascii: "}")) {
          throw trailingComma(at: comma, expected: Message(.expectKeyAfterComma))
        }
        guard peek(UInt8(ascii: "\"")) else { throw error(expected: Message(.expectKey)) }
        let keyStart = offset
        let key = try parseString(keepingText: true)
        // JSONDecoder keeps the first of two equal keys and drops the second without a word.
        let isNew: Bool
        if keyCount < 16 {
          isNew = !openKeys[keysStart...].contains(key)
          openKeys.append(key)
          keyCount += 1
          if keyCount == 16 { keySet = Set(openKeys[keysStart...]) }
        } else {
          isNew = keySet.insert(key).inserted
        }
        guard isNew else {
          offset = keyStart
          throw SyntaxError(
            position: JSONSourceMap.position(at: keyStart, in: bytes),
            expected: Message(.expectUniqueKey),
            found: Message(.foundDuplicateKey, ["key": String(key.prefix(40))]))
        }
        if recording { keyOffsets[FieldPath(path + [.key(key)])] = keyStart }
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { throw error(expected: Message(.expectColon)) }
        offset += 1
        skipWhitespace()
        if recording { path.append(.key(key)) }
        if building {
          openChildren.append(tree.nodes.count)
          pendingKey = key
        }
        try parseValue()
        if recording { path.removeLast() }
        skipWhitespace()
        if peek(UInt8(ascii: ",")) {
          comma = offset
          offset += 1
        } else if peek(UInt8(ascii: "}")) {
          offset += 1
          close(node, childrenFrom: childrenStart)
          return
        } else {
          throw error(expected: Message(.expectCommaOrBrace))
        }
      }
    }

    mutating func parseArray(node: Int) throws(SyntaxError) {
      offset += 1
      skipWhitespace()
      if peek(UInt8(ascii: "]")) {
        offset += 1
        return
      }
      var index = 0
      let childrenStart = openChildren.count
      var comma: Int?
      depth += 1
      let outer = parent
      parent = node
      defer {
        depth -= 1
        parent = outer
      }
      while true {
        skipWhitespace()
        if let comma, peek(UInt8(ascii: "]")) {
          throw trailingComma(at: comma, expected: Message(.expectValueAfterComma))
        }
        if recording { path.append(.index(index)) }
        if building { openChildren.append(tree.nodes.count) }
        try parseValue()
        if recording { path.removeLast() }
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: ",")) {
          comma = offset
          offset += 1
        } else if peek(UInt8(ascii: "]")) {
          offset += 1
          close(node, childrenFrom: childrenStart)
          return
        } else {
          throw error(expected: Message(.expectCommaOrBracket))
        }
      }
    }

    /// Reads a string and, for a key (`keepingText`), returns its text; a value's text is
    /// checked and measured but not kept.
    mutating func parseString(keepingText: Bool) throws(SyntaxError) -> String {
      let start = offset
      offset += 1
      sawEscape = false
      // A key's text is taken from the bytes as they are; only one with escapes is copied.
      var content: [UInt8] = []
      var copied = false
      var length = 0
      while offset < bytes.count {
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "\""):
          guard length <= Self.maximumStringBytes else {
            offset = start
            throw SyntaxError(
              position: JSONSourceMap.position(at: start, in: bytes),
              expected: Message(
                .expectShorterText, ["limit": FileError.megabytes(Self.maximumStringBytes)]),
              found: Message(
                .foundLongText, ["size": FileError.megabytes(length, roundingUp: true)]))
          }
          offset += 1
          guard keepingText else { return "" }
          if copied { return String(decoding: content, as: UTF8.self) }
          return String(decoding: bytes[(start + 1)..<(offset - 1)], as: UTF8.self)
        case UInt8(ascii: "\\"):
          sawEscape = true
          if keepingText, !copied {
            content = Array(bytes[(start + 1)..<offset])
            copied = true
          }
          offset += 1
          guard offset < bytes.count else { break }
          let escaped = bytes[offset]
          // Keys are kept as JSONDecoder reads them, escapes decoded, so that a key written
          // with escapes (such as "schema\u0056ersion") is still found by its path.
          if escaped == UInt8(ascii: "u") {
            guard let unit = hexUnit(at: offset + 1) else {
              throw error(expected: Message(.expectHexDigits))
            }
            let escapeStart = offset - 1
            offset += 5
            var scalar = Unicode.Scalar(unit)
            if (0xD800..<0xDC00).contains(unit), peek(UInt8(ascii: "\\")),
              offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u"),
              let low = hexUnit(at: offset + 2), (0xDC00..<0xE000).contains(low)
            {
              let pair = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
              scalar = Unicode.Scalar(pair)
              offset += 6
            }
            // Half of a surrogate pair is no character; JSONDecoder would refuse it unplaced.
            guard let scalar else {
              offset = escapeStart
              throw SyntaxError(
                position: JSONSourceMap.position(at: escapeStart, in: bytes),
                expected: Message(.expectWholeCharacter), found: Message(.foundHalfCharacter))
            }
            if TextSafety.isControl(scalar), !Self.textControls.contains(scalar) {
              throw controlCharacter(scalar, at: escapeStart)
            }
            let utf8 = String(scalar).utf8
            length += utf8.count
            if copied { content += Array(utf8) }
          } else if let unescaped = Self.unescaped[escaped] {
            if unescaped == 0x08 || unescaped == 0x0C {
              throw controlCharacter(Unicode.Scalar(unescaped), at: offset - 1)
            }
            length += 1
            if copied { content.append(unescaped) }
            offset += 1
          } else {
            throw error(expected: Message(.expectEscape))
          }
        case 0x00..<0x20:
          throw error(expected: Message(.expectClosingQuoteOnLine))
        case 0x7F:
          throw controlCharacter("\u{7F}", at: offset)
        case 0xC2 where offset + 1 < bytes.count && (0x80...0x9F).contains(bytes[offset + 1]):
          throw controlCharacter(Unicode.Scalar(bytes[offset + 1]), at: offset)
        case 0xE2
        where offset + 2 < bytes.count && bytes[offset + 1] == 0x80
          && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9):
          throw controlCharacter(bytes[offset + 2] == 0xA8 ? "\u{2028}" : "\u{2029}", at: offset)
        default:
          length += 1
          if copied { content.append(byte) }
          offset += 1
          // What follows is most often plain printable ASCII: taken in one tight loop.
          guard !copied else { continue }
          let plainStart = offset
          while offset < bytes.count {
            let next = bytes[offset]
            guard next >= 0x20, next < 0x7F, next != 0x22, next != 0x5C else { break }
            offset += 1
          }
          length += offset - plainStart
        }
      }
      throw error(expected: Message(.expectClosingQuote))
    }

    /// Whether the string read last held an escape.
    var sawEscape = false

    /// Reads a string value; true when it holds an escape.
    mutating func skipString() throws(SyntaxError) -> Bool {
      _ = try parseString(keepingText: false)
      return sawEscape
    }

    mutating func parseLiteral(_ word: String) throws(SyntaxError) {
      let expected = Array(word.utf8)
      guard bytes[offset...].starts(with: expected) else {
        throw error(expected: Message(.expectValue))
      }
      offset += expected.count
    }

    /// No number in a workshop comes near this (scores, counts, seconds); beyond it JSONDecoder
    /// may refuse the value without saying where.
    static let largestNumber = 1e15

    mutating func parseNumber() throws(SyntaxError) {
      let start = offset
      try scanNumber()
      // Plain digits, at most 15 of them: below the limit, finite, not rounded to zero.
      if offset - start <= 15,
        !bytes[start..<offset].contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == 0x65 })
      {
        return
      }
      let literal = String(decoding: bytes[start..<offset], as: UTF8.self)
      let value = Double(literal) ?? .infinity
      let mantissa = literal.prefix { $0 != "e" && $0 != "E" }
      let underflows = value == 0 && mantissa.contains { ("1"..."9").contains($0) }
      if !value.isFinite || abs(value) > Self.largestNumber || underflows {
        offset = start
        let shown = literal.count > 24 ? literal.prefix(24) + "…" : Substring(literal)
        throw SyntaxError(
          position: JSONSourceMap.position(at: start, in: bytes),
          expected: Message(.expectSensibleNumber),
          found: Message(.foundNumber, ["number": String(shown)]))
      }
    }

    mutating func scanNumber() throws(SyntaxError) {
      if peek(UInt8(ascii: "-")) { offset += 1 }
      if peek(UInt8(ascii: "0")) {
        offset += 1
      } else {
        guard digits() > 0 else { throw error(expected: Message(.expectDigit)) }
      }
      if peek(UInt8(ascii: ".")) {
        offset += 1
        guard digits() > 0 else { throw error(expected: Message(.expectDigit)) }
      }
      if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
        offset += 1
        if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { offset += 1 }
        guard digits() > 0 else { throw error(expected: Message(.expectDigit)) }
      }
    }

    mutating func digits() -> Int {
      let start = offset
      while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
        offset += 1
      }
      return offset - start
    }

    mutating func skipWhitespace() {
      while offset < bytes.count {
        switch bytes[offset] {
        case 0x20, 0x0A, 0x0D, 0x09: offset += 1
        default: return
        }
      }
    }

    func peek(_ byte: UInt8) -> Bool { offset < bytes.count && bytes[offset] == byte }

    /// Where the first byte sequence that is not UTF-8 starts (Unicode's table 3-7 of
    /// well-formed sequences), if there is one. Written out rather than through the standard
    /// library's decoder, which took a tenth of opening a large workshop.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
      var index = 0
      let count = bytes.count
      func continuation(_ at: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
        at < count && range.contains(bytes[at])
      }
      // Eight bytes at a time while they are all ASCII, as nearly all of a workshop file is.
      let asciiRun: (Int) -> Int = { start in
        bytes.withUnsafeBytes { raw in
          var at = start
          while at + 8 <= count,
            raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
          {
            at += 8
          }
          return at
        }
      }
      while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
          index = max(index + 1, asciiRun(index))
          continue
        }
        let length: Int
        switch lead {
        case 0xC2...0xDF:
          length = continuation(index + 1) ? 2 : 0
        case 0xE0:
          length = continuation(index + 1, 0xA0...0xBF) && continuation(index + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
          length = continuation(index + 1) && continuation(index + 2) ? 3 : 0
        case 0xED:
          length = continuation(index + 1, 0x80...0x9F) && continuation(index + 2) ? 3 : 0
        case 0xF0:
          length =
            continuation(index + 1, 0x90...0xBF) && continuation(index + 2)
              && continuation(index + 3) ? 4 : 0
        case 0xF1...0xF3:
          length =
            continuation(index + 1) && continuation(index + 2) && continuation(index + 3) ? 4 : 0
        case 0xF4:
          length =
            continuation(index + 1, 0x80...0x8F) && continuation(index + 2)
              && continuation(index + 3) ? 4 : 0
        default:
          length = 0
        }
        if length == 0 { return index }
        index += length
      }
      return nil
    }

    /// The byte each one-letter escape stands for.
    static let unescaped: [UInt8: UInt8] = [
      UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
      UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
      UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    /// The UTF-16 code unit written as four hex digits at `start`, if they are there.
    func hexUnit(at start: Int) -> UInt16? {
      let hex = bytes[min(start, bytes.count)..<min(start + 4, bytes.count)]
      guard hex.count == 4, hex.allSatisfy(Self.isHexDigit) else { return nil }
      return UInt16(String(decoding: hex, as: UTF8.self), radix: 16)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// A comma before a closing brace or bracket is reported where the comma is: on the line the
    /// person edited, not on the next one.
    mutating func trailingComma(at comma: Int, expected: Message) -> SyntaxError {
      offset = comma
      return SyntaxError(
        position: JSONSourceMap.position(at: comma, in: bytes), expected: expected,
        found: Message(.foundTrailingComma))
    }

    /// A control character in a text, written raw or as an escape, at `start`. Line breaks and
    /// tabs are text (a note has them); a field that must be one line is checked by validation.
    mutating func controlCharacter(_ scalar: Unicode.Scalar, at start: Int) -> SyntaxError {
      offset = start
      return SyntaxError(
        position: JSONSourceMap.position(at: start, in: bytes),
        expected: Message(.expectVisibleCharacter),
        found: Message(.foundControlCode, ["code": TextSafety.code(scalar)]))
    }

    static let textControls: Set<Unicode.Scalar> = ["\n", "\r", "\t"]

    func error(expected: Message) -> SyntaxError {
      let found: Message
      if offset >= bytes.count {
        found = Message(.foundEndOfFile)
      } else {
        let scalarEnd = min(offset + 4, bytes.count)
        let character = String(decoding: bytes[offset..<scalarEnd], as: UTF8.self).first
        found = character.map { Self.describe($0) } ?? Message(.foundNotUTF8)
      }
      return SyntaxError(
        position: JSONSourceMap.position(at: offset, in: bytes), expected: expected, found: found)
    }

    static func describe(_ character: Character) -> Message {
      if character == "\u{FFFD}" { return Message(.foundNotUTF8) }
      if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
        return Message(.foundControlCharacter)
      }
      return Message(.foundCharacter, ["character": String(character)])
    }
  }
}
