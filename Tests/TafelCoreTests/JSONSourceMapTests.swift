import Testing

@testable import TafelCore

@Suite struct JSONSourceMapTests {
  /// The error for `text`, the same whether positions are recorded while reading or not.
  func syntaxError(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> JSONSourceMap.SyntaxError? {
    func read(recording: Bool) -> JSONSourceMap.SyntaxError? {
      do {
        _ = try JSONSourceMap(Array(text.utf8), recordingPositions: recording)
        return nil
      } catch {
        return error
      }
    }
    let recorded = read(recording: true)
    #expect(read(recording: false) == recorded, sourceLocation: sourceLocation)
    return recorded
  }

  @Test func aMissingCommaIsReportedWhereTheNextKeyStarts() {
    let error = syntaxError("{\n  \"a\": 1\n  \"b\": 2\n}")
    #expect(error?.position == .init(line: 3, column: 3))
    #expect(error?.expected == Message(.expectCommaOrBrace))
    #expect(error?.found == Message(.foundCharacter, ["character": "\""]))
  }

  @Test func aTextUpToOneMegabyteIsReadAndALongerOneIsRefusedWhereItStarts() {
    let limit = 1_048_576
    #expect(syntaxError("{\"a\": \"" + String(repeating: "x", count: limit) + "\"}") == nil)
    let error = syntaxError(
      "{\n  \"a\": \"" + String(repeating: "é", count: limit / 2) + "x\"}")
    #expect(error?.position == .init(line: 2, column: 8))
    #expect(error?.expected == Message(.expectShorterText, ["limit": "1.0 MB"]))
    #expect(error?.found == Message(.foundLongText, ["size": "1.1 MB"]))
  }

  @Test func numbersBeyondWhatTafelHoldsAreRefusedWhereTheyStart() {
    #expect(syntaxError("[1000000000000000, -0.000001, 0e-400, 12.5e3]") == nil)
    for number in ["1e400", "99999999999999999999", "-2e15", "1e-400"] {
      let error = syntaxError("{\"a\": [0, \(number)]}")
      #expect(error?.position == .init(line: 1, column: 11), "\(number)")
      #expect(error?.expected == Message(.expectSensibleNumber))
      #expect(error?.found == Message(.foundNumber, ["number": number]))
    }
  }

  @Test func halfASurrogatePairIsRefusedAtItsEscape() {
    #expect(syntaxError("[\"\\ud83d\\ude00\"]") == nil)
    for text in ["\\ud800 half", "\\udc00", "\\ud800\\u0041"] {
      let error = syntaxError("[\"ab\(text)\"]")
      #expect(error?.position == .init(line: 1, column: 5), "\(text)")
      #expect(error?.found == Message(.foundHalfCharacter))
    }
  }

  @Test func truncatedFileReportsLineAndColumnOfTheEnd() {
    let error = syntaxError("{\n  \"participants\": [\n    {\"name\": \"Ünal\"")
    #expect(error?.position == .init(line: 3, column: 20))
    #expect(error?.found == Message(.foundEndOfFile))
  }

  @Test func columnsCountCharactersNotBytes() {
    let error = syntaxError("{\"naam\": \"Çelik\" x}")
    #expect(error?.position == .init(line: 1, column: 18))
  }

  @Test func trailingCommasAndCommentsAreNotJSON() {
    #expect(syntaxError("[1, 2,]") != nil)
    #expect(syntaxError("{\"a\": 1} // note") != nil)
    #expect(syntaxError("{\"a\": 01}") != nil)
  }

  @Test func bytesThatAreNotUTF8AreFoundWhereTheyAre() {
    let found = syntaxErrorBytes([0x7B, 0x0A, 0x22, 0xFF, 0x22])
    #expect(found?.position == .init(line: 2, column: 2))
    #expect(found?.found == Message(.foundNotUTF8))
  }

  func syntaxErrorBytes(_ bytes: [UInt8]) -> JSONSourceMap.SyntaxError? {
    do {
      _ = try JSONSourceMap(bytes)
      return nil
    } catch {
      return error
    }
  }

  @Test func anEmptyFileExpectsAValue() {
    #expect(syntaxError("")?.expected == Message(.expectValue))
    #expect(syntaxError("  \n")?.position == .init(line: 2, column: 1))
  }

  @Test func deepNestingIsRefusedNotCrashedOn() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(syntaxError(deep)?.expected == Message(.expectLessNesting))
  }

  /// Loading reads without positions; an error found later (a score out of range) asks for its
  /// position, and the text is read again to find it.
  @Test func positionsNotRecordedAreFoundWhenAskedFor() throws {
    let text = Array("{\n  \"p\": [\n    {\"s\": {\"blue\": 140.5, \"k\\u00e9y\": 1}}\n  ]\n}".utf8)
    let recorded = try JSONSourceMap(text)
    let unrecorded = try JSONSourceMap(text, recordingPositions: false)
    let paths: [FieldPath] = [
      [.key("p"), .index(0), .key("s"), .key("blue")],
      [.key("p"), .index(0), .key("s"), .key("kéy")],
      [.key("p"), .index(0), .key("missing")], [.key("nope")], [],
    ]
    for path in paths {
      #expect(unrecorded.position(of: path) == recorded.position(of: path))
      #expect(unrecorded.nearestPosition(of: path) == recorded.nearestPosition(of: path))
    }
    #expect(unrecorded.nearestPositions(of: paths) == recorded.nearestPositions(of: paths))
    #expect(unrecorded.position(of: paths[1]) == .init(line: 3, column: 39))
    #expect(
      unrecorded.firstFractionalNumber(exceptUnder: []) == [
        .key("p"), .index(0), .key("s"), .key("blue"),
      ])
  }

  @Test func valuesAreFoundByTheirPath() throws {
    let map = try JSONSourceMap(Array("{\n  \"p\": [\n    {\"s\": {\"blue\": 140}}\n  ]\n}".utf8))
    #expect(
      map.position(of: [.key("p"), .index(0), .key("s"), .key("blue")])
        == .init(line: 3, column: 20))
    #expect(
      map.nearestPosition(of: [.key("p"), .index(0), .key("missing")]) == .init(line: 3, column: 5))
    #expect(map.position(of: [.key("nope")]) == nil)
  }
}

@Suite struct JSONSourceMapStrictnessTests {
  func syntaxError(_ text: String) -> JSONSourceMap.SyntaxError? {
    do {
      _ = try JSONSourceMap(Array(text.utf8))
      return nil
    } catch {
      return error
    }
  }

  @Test func aKeyGivenTwiceIsRefusedAtTheSecond() {
    let error = syntaxError("{\"s\": {\"yellow\": 72,\n \"yellow\": 80}}")
    #expect(error?.position == .init(line: 2, column: 2))
    #expect(error?.expected == Message(.expectUniqueKey))
    #expect(error?.found == Message(.foundDuplicateKey, ["key": "yellow"]))
    #expect(syntaxError("{\"a\": {\"k\": 1}, \"b\": {\"k\": 1}}") == nil)
    // The same key written once with an escape is the same key.
    #expect(syntaxError("{\"ab\": 1, \"a\\u0062\": 2}")?.position == .init(line: 1, column: 11))
  }

  @Test func aTrailingCommaIsRefusedWhereTheCommaIs() {
    let object = syntaxError("{\n  \"a\": 1,\n}")
    #expect(object?.position == .init(line: 2, column: 9))
    #expect(object?.expected == Message(.expectKeyAfterComma))
    #expect(object?.found == Message(.foundTrailingComma))
    let array = syntaxError("[1,\n 2 , \n]")
    #expect(array?.position == .init(line: 2, column: 4))
    #expect(array?.expected == Message(.expectValueAfterComma))
  }

  @Test func controlCharactersInTextAreRefusedWhereTheyAre() {
    for (text, column, code) in [
      ("[\"ab\\u0000\"]", 5, "U+0000"), ("[\"ab\\u001B[2J\"]", 5, "U+001B"),
      ("[\"a\u{7F}\"]", 4, "U+007F"), ("[\"aé\u{9B}\"]", 5, "U+009B"), ("[\"\\f\"]", 3, "U+000C"),
      ("[\"a\u{2028}\"]", 4, "U+2028"),
    ] {
      let error = syntaxError(text)
      #expect(error?.position == .init(line: 1, column: column), "\(text)")
      #expect(error?.found == Message(.foundControlCode, ["code": code]), "\(text)")
    }
    #expect(syntaxError("[\"a\\nb\\tc\\r\"]") == nil)
  }

  @Test func aByteOrderMarkIsNoColumn() {
    let error = syntaxError("\u{FEFF}{\"a\" 1}")
    #expect(error?.position == .init(line: 1, column: 6))
    let map = try? JSONSourceMap(Array("\u{FEFF}{\"a\": 1}".utf8))
    #expect(map?.position(of: [.key("a")]) == .init(line: 1, column: 7))
    #expect(
      map?.nearestPositions(of: [[.key("a")], []]) == [
        .init(line: 1, column: 7), .init(line: 1, column: 1),
      ])
  }
}
