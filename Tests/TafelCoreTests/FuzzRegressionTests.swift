import Foundation
import Testing

@testable import TafelCore

/// Every input in `Fuzz/Regressions` (inputs that crashed a fuzzer or broke one of its checks,
/// and a few hostile ones) through the fuzzers' code paths: a `.json` file as a workshop file, a
/// `.csv` file as a participant sheet imported into a workshop. Each must be refused with
/// messages that say where, or be read and survive a save and a load unchanged. See Fuzz/README.md.
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fuzz/Regressions")

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  var strings: UIStrings { Fixtures.content.strings }

  @Test func thereAreRegressionsOfBothKinds() {
    #expect(Self.files.contains { $0.hasSuffix(".json") })
    #expect(Self.files.contains { $0.hasSuffix(".csv") })
    #expect(Self.files.allSatisfy { $0.hasSuffix(".json") || $0.hasSuffix(".csv") })
  }

  // MARK: - Every file, as the fuzzers check it

  @Test(arguments: files.filter { $0.hasSuffix(".json") })
  func workshopFileIsRefusedWithAPlaceOrRoundTrips(_ name: String) throws {
    let bytes = try Self.bytes(name)
    let lineCount = bytes.count(where: { $0 == 0x0A }) + 1
    for validating in [true, false] {
      let workshop: Workshop
      do {
        workshop = try WorkshopStore.decode(bytes, path: name, validating: validating)
      } catch {
        for language in Language.allCases {
          let messages = error.messages(strings, in: language)
          #expect(!messages.isEmpty)
          for message in messages {
            let place = try #require(Self.place(in: message, of: name), "\(message)")
            #expect((1...lineCount).contains(place.line), "\(message)")
            #expect(place.column >= 1, "\(message)")
            #expect(!place.text.isEmpty, "\(message)")
          }
        }
        continue
      }
      let again = try WorkshopStore.decode(
        try WorkshopStore.encode(workshop), path: name, validating: validating)
      #expect(again == workshop)
    }
  }

  @Test(arguments: files.filter { $0.hasSuffix(".csv") })
  func sheetIsRefusedWithAReasonOrImportsIntoAValidWorkshop(_ name: String) throws {
    let bytes = try Self.bytes(name)
    do {
      let sheet = try ParticipantSheet(bytes: bytes)
      for original in [Workshop(title: "Leeg"), try DemoWorkshop.load()] {
        var workshop = original
        let summary = workshop.importParticipants(sheet)
        #expect(summary.added.count + summary.updated.count == sheet.rows.count)
        #expect(workshop.validate().isEmpty)
        let saved = try WorkshopStore.encode(workshop)
        #expect(try WorkshopStore.decode(saved, path: name) == workshop)
      }
    } catch let failure as ParticipantSheet.Failure {
      switch failure {
      case .badRows(let problems):
        #expect(!problems.isEmpty)
        let lineCount = bytes.count(where: { $0 == 0x0A }) + 1
        for problem in problems {
          #expect((1...lineCount).contains(problem.line), "\(problem)")
          #expect(!strings.text(problem.message, in: .nl).isEmpty)
          #expect(!strings.text(problem.message, in: .en).isEmpty)
        }
      case .missingColumns(let columns): #expect(!columns.isEmpty)
      case .notUTF8(let line, let column): #expect(line >= 1 && column >= 1)
      case .empty, .utf16: break
      }
    }
  }

  // MARK: - What each regression was about

  /// A score such as 1e300 is finite but beyond Int: converting it trapped (found by libFuzzer).
  @Test func scoresBeyondIntAreBadScoresNotACrash() throws {
    let failure = sheetFailure("csv-score-beyond-int-range.csv")
    let values = ["1e300", "-9.3e18", "9223372036854775808"]
    let expected = zip(["geel", "groen", "oranje"], values).map { column, value in
      ParticipantSheet.RowProblem(
        line: 2, message: Message(.importBadScore, ["column": column, "value": value]))
    }
    #expect(failure == .badRows(expected))
  }

  /// A quoted blank name, a vertical tab or a line separator survived trimming, and the import
  /// saved a workshop that then failed to load ("the name is empty").
  @Test func blankNamesAndOrganisationsAreBadRows() {
    #expect(
      sheetFailure("csv-blank-names.csv")
        == .badRows([
          .init(line: 2, message: Message(.importEmptyName)),
          .init(line: 3, message: Message(.importEmptyOrganisation)),
          .init(
            line: 3,
            message: Message(
              .importControlCharacter,
              ["column": "organisatie", "code": "U+2028", "position": "1"])),
          .init(line: 4, message: Message(.importEmptyName)),
          .init(
            line: 4,
            message: Message(
              .importControlCharacter, ["column": "naam", "code": "U+000B", "position": "1"])),
        ]))
  }

  @Test func aLatin1SheetIsNotText() {
    #expect(sheetFailure("csv-not-utf8-latin1.csv") == .notUTF8(line: 2, column: 4))
  }

  /// JSONSourceMap skipped `\uXXXX` escapes in keys, so a key written with one was not found by
  /// its path and a newer file was refused without a line and column.
  @Test func anEscapedSchemaVersionKeyIsFoundByItsPosition() throws {
    let error = try #require(workshopError("json-escaped-schema-version-key.json"))
    #expect(error.kind == .newerSchema(version: 7, supported: Workshop.currentSchemaVersion))
    #expect(error.position == .init(line: 1, column: 24))
  }

  @Test func problemsUnderEscapedKeysAreFoundWhereTheyAre() throws {
    let error = try #require(workshopError("json-escaped-keys-name-their-line.json"))
    guard case .invalid(let problems) = error.kind else {
      Issue.record("expected invalid, got \(error.kind)")
      return
    }
    #expect(problems.map(\.path) == [[.key("title")], [.key("intakeNotes"), .key("😀 nergens\n")]])
    #expect(error.problemPositions == [.init(line: 1, column: 36), .init(line: 1, column: 83)])
  }

  @Test func deepNestingIsRefusedWhereItGetsTooDeep() throws {
    let error = try #require(workshopError("json-deep-nesting.json"))
    #expect(
      error.kind
        == .notJSON(
          expected: Message(.expectLessNesting), found: Message(.foundCharacter, ["character": "["])
        ))
    #expect(error.position?.line == 1)
  }

  /// Numbers beyond Int and Double, and a lone surrogate, used to pass the strict syntax check
  /// and then fail in JSONDecoder, whose error carries no path (the file was refused at 1:1).
  /// The strict reader refuses them itself now, where they are.
  @Test(arguments: [
    ("json-huge-numbers.json", JSONSourceMap.Position(line: 5, column: 34)),
    ("json-lone-surrogate.json", JSONSourceMap.Position(line: 1, column: 32)),
  ])
  func whatJSONDecoderWouldRefuseIsRefusedWhereItIs(
    _ name: String, at position: JSONSourceMap.Position
  ) throws {
    let error = try #require(workshopError(name))
    guard case .notJSON = error.kind else {
      Issue.record("expected notJSON, got \(error.kind)")
      return
    }
    #expect(error.position == position)
  }

  /// Each problem's position was found by reading the file from its start: 21,000 problems in
  /// 63 KB took 47 s in a debug build (13 s under the fuzzer, past its timeout).
  @Test func thousandsOfProblemsAreLocatedInOnePass() throws {
    let error = try #require(workshopError("json-thousands-of-problems.json"))
    #expect(error.problemPositions.count == 2000)
    #expect(error.problemPositions.last == .init(line: 1, column: 8042))
    // How long 21,000 problems take is the ReadBadFile benchmark's to say, not a unit test's.
    let dates = Array(repeating: "\"\"", count: 21_000).joined(separator: ",")
    let bytes = Array("{\"schemaVersion\":2,\"title\":\"t\",\"dates\":[\(dates)]}".utf8)
    #expect(throws: FileError.self) { try WorkshopStore.decode(bytes, path: "many.json") }
  }

  @Test func positionsInOnePassAreThePositionsOneByOne() throws {
    // The demo has more than one line and characters of more than one byte (coöperatie).
    let map = try JSONSourceMap(Array(DemoWorkshop.fileText.utf8))
    let demo = try DemoWorkshop.load()
    var paths: [FieldPath] = [[], [.key("title")], [.key("missing")], [.key("dates"), .index(9)]]
    for index in demo.participants.indices {
      let participant: FieldPath = [.key("participants"), .index(index)]
      paths += [participant.appending("scores").appending("blue"), participant.appending("x")]
    }
    paths.shuffle()
    #expect(map.nearestPositions(of: paths) == paths.map { map.nearestPosition(of: $0) })
  }

  // MARK: - Helpers

  func sheetFailure(_ name: String) -> ParticipantSheet.Failure? {
    do {
      _ = try ParticipantSheet(bytes: try Self.bytes(name))
      return nil
    } catch let failure as ParticipantSheet.Failure {
      return failure
    } catch {
      Issue.record("cannot read \(name): \(error)")
      return nil
    }
  }

  func workshopError(_ name: String) -> FileError? {
    do {
      _ = try WorkshopStore.decode(try Self.bytes(name), path: name)
      return nil
    } catch let error as FileError {
      return error
    } catch {
      Issue.record("cannot read \(name): \(error)")
      return nil
    }
  }

  /// The line, column and text of a message of the form `path:line:column: text`.
  static func place(in message: String, of path: String) -> (line: Int, column: Int, text: String)?
  {
    guard message.hasPrefix(path + ":") else { return nil }
    let parts = message.dropFirst(path.count + 1).split(
      separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]),
      parts[2].hasPrefix(" ")
    else { return nil }
    return (line, column, String(parts[2].dropFirst()))
  }
}
