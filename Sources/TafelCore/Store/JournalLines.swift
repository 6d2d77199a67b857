/// The journal's place in a workshop file: one compact entry per line inside the pretty-printed
/// file, which is still plain JSON for every reader.
enum JournalLines {
  struct Misplaced: Error {}

  /// The top-level elements of a compact JSON array, each as its own bytes.
  static func entries(of array: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var depth = 0
    var inString = false
    var escaped = false
    var start = 1
    for index in array.indices {
      let byte = array[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0, index > start { result.append(array[start..<index]) }
      case UInt8(ascii: ",") where depth == 1:
        result.append(array[start..<index])
        start = index + 1
      default: break
      }
    }
    return result
  }

  /// Puts `"journal" : [` and the entries, one per line, where sorted keys place it: before the
  /// top-level `"language"`, which every workshop file has. A raw line break cannot occur inside
  /// a JSON string, so the pattern is found only at the top level.
  static func insert(_ lines: [ArraySlice<UInt8>], into file: inout [UInt8]) throws {
    let marker = Array("\n  \"language\" : ".utf8)
    guard let at = firstIndex(of: marker, in: file) else { throw Misplaced() }
    var block = Array("\n  \"journal\" : [".utf8)
    block.reserveCapacity(lines.reduce(64) { $0 + $1.count + 6 })
    for (index, line) in lines.enumerated() {
      block += Array("\n    ".utf8)
      block += line
      if index < lines.count - 1 { block.append(UInt8(ascii: ",")) }
    }
    block += Array("\n  ],".utf8)
    file.insert(contentsOf: block, at: at)
  }

  private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= pattern.count, let first = pattern.first else { return nil }
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }
}
