import Foundation
import Testing

@testable import TafelCore

@Suite struct WorkshopStoreTests {
  let scratch: ScratchFolder
  init() throws { scratch = try ScratchFolder() }
  var folder: URL { scratch.url }
  var path: String { scratch.workshopPath }

  func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func savedWorkshopLoadsBackTheSame() throws {
    let demo = try DemoWorkshop.load()
    try WorkshopStore.save(demo, to: path)
    #expect(try WorkshopStore.load(from: path) == demo)
  }

  @Test func fileIsPrettyPrintedWithSortedKeys() throws {
    try WorkshopStore.save(Fixtures.workshop(Array(Fixtures.yellowGroup.prefix(1))), to: path)
    let saved = try text(path)
    #expect(saved.hasSuffix("}\n"))
    #expect(saved.contains("\n  \"language\" : \"nl\",\n"))
    let keys = saved.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      $0.split(separator: "\"")[1]
    }
    #expect(keys == keys.sorted())
  }

  @Test func fileAndBackupAreReadableByTheOwnerOnly() throws {
    try WorkshopStore.save(Fixtures.workshop([]), to: path)
    try WorkshopStore.save(Fixtures.workshop(Fixtures.yellowGroup), to: path)
    for file in [path, path + ".bak"] {
      let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
      #expect(mode == 0o600, "\(file)")
    }
  }

  @Test func savingKeepsThePreviousVersionAsBackup() throws {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    try WorkshopStore.save(workshop, to: path)
    let first = try text(path)
    workshop.title = "Tweede versie"
    try WorkshopStore.save(workshop, to: path)
    #expect(try text(path + ".bak") == first)
    #expect(try WorkshopStore.load(from: path).title == "Tweede versie")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains("tmp")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func savingIntoAMissingFolderFailsAndNamesTheFile() {
    let missing = folder.appendingPathComponent("nope/workshop.json").path
    #expect(throws: FileError.self) { try WorkshopStore.save(Fixtures.workshop([]), to: missing) }
    do {
      try WorkshopStore.save(Fixtures.workshop([]), to: missing)
    } catch {
      #expect(error.path == missing)
      guard case .writeFailed(let reason) = error.kind else {
        Issue.record("expected writeFailed, got \(error.kind)")
        return
      }
      #expect(reason.contains("No such file"))
      // In the facilitator's language, not the system's English.
      let dutch = error.messages(Fixtures.content.strings, in: .nl).joined()
      #expect(dutch.contains("het bestand of de map bestaat niet"))
      #expect(!dutch.contains("No such file"))
    }
  }

  @Test func createRefusesToReplaceAFile() throws {
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: FileError(path: path, kind: .alreadyExists)) {
      try WorkshopStore.create(Fixtures.workshop([]), at: path)
    }
    #expect(try text(path) == "keep me")
  }

  func loadError(_ contents: String) throws -> FileError? {
    try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    do {
      _ = try WorkshopStore.load(from: path)
      return nil
    } catch {
      return error
    }
  }

  @Test func corruptFileReportsLineAndColumn() throws {
    let error = try loadError(
      "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"dates\": []\n}\n")
    #expect(error?.position == .init(line: 4, column: 3))
    #expect(error?.path == path)
    let message = error?.messages(Fixtures.content.strings, in: .en).first ?? ""
    #expect(
      message == "\(path):4:3: not valid JSON: expected ',' or '}' after the value, found '\"'")
  }

  @Test func wrongTypeIsReportedAtTheValue() throws {
    let error = try loadError(
      "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\",\n  \"organisations\": [],\n  \"participants\": [\n    {\"id\": \"a\", \"name\": \"A\", \"organisation\": \"o\",\n     \"scores\": {\"yellow\": \"veel\", \"green\": 1, \"orange\": 1, \"blue\": 1, \"red\": 1, \"purple\": 1}}\n  ]\n}\n"
    )
    #expect(error?.position == .init(line: 7, column: 27))
    let message = error?.messages(Fixtures.content.strings, in: .nl).first ?? ""
    #expect(message.hasSuffix(":7:27: participants[0].scores.yellow: verwacht een geheel getal"))
  }

  @Test func missingFieldIsNamed() throws {
    let error = try loadError("{\"schemaVersion\": 1}")
    #expect(error?.kind == .missingField(field: [], name: "title"))
  }

  @Test func unknownEnumValueListsTheAllowedOnes() throws {
    let error = try loadError("{\"schemaVersion\": 1, \"title\": \"x\", \"language\": \"de\"}")
    let message = error?.messages(Fixtures.content.strings, in: .en).first ?? ""
    #expect(message.hasSuffix(":1:48: language: expected one of: nl, en"))
  }

  @Test func newerSchemaIsRefusedClearly() throws {
    let error = try loadError("{\"schemaVersion\": 7, \"whatever\": [1, 2]}")
    #expect(error?.kind == .newerSchema(version: 7, supported: Workshop.currentSchemaVersion))
    let message = error?.messages(Fixtures.content.strings, in: .en).first ?? ""
    #expect(message.contains("newer Tafel"))
  }

  @Test func aFractionWhereAWholeNumberBelongsIsNamedAndPlaced() throws {
    let error = try loadError(
      "{\"schemaVersion\": 2, \"title\": \"t\",\n \"dilemmaRounds\": [{\"card\": \"c\", "
        + "\"timer\": {\"durationSeconds\": 300, \"elapsedSeconds\": 12.5}, "
        + "\"handCounts\": [3, 2.5]}]}")
    #expect(
      error?.kind
        == .wrongValue(
          field: [.key("dilemmaRounds"), .index(0), .key("handCounts"), .index(1)],
          expected: Message(.expectWholeNumber)))
    #expect(error?.position == .init(line: 2, column: 111))
    let header = try loadError("{\"schemaVersion\": 2.5, \"title\": \"t\"}")
    #expect(
      header?.kind
        == .wrongValue(field: [.key("schemaVersion")], expected: Message(.expectWholeNumber)))
  }

  @Test func aSchemaVersionBelowOneIsNotCalledNewer() throws {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.schemaVersion = 0
    let problems = workshop.validate()
    let texts = problems.map { Fixtures.content.strings.text($0.message, in: .en) }
    #expect(texts.contains("schemaVersion 0 does not exist; Tafel files start at 1"))
    #expect(!texts.contains { $0.contains("newer") })
  }

  @Test func invalidContentListsEveryProblemWithItsLine() throws {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.participants[2].scores.red = 101
    workshop.participants[3].organisationID = "elders"
    let bytes = try WorkshopStore.encode(workshop)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    do {
      _ = try WorkshopStore.load(from: path)
      Issue.record("an invalid workshop loaded")
    } catch {
      let messages = error.messages(Fixtures.content.strings, in: .en)
      #expect(messages.count == 2)
      let lines = String(decoding: bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let redLine = (lines.firstIndex { $0.contains("\"red\" : 101") } ?? 0) + 1
      #expect(messages[0].hasPrefix("\(path):\(redLine):"))
      #expect(messages[0].hasSuffix("participants[2].scores.red: the score 101 is outside 0–100"))
      #expect(messages[1].contains("no organisation has the id \"elders\""))
    }
    #expect(try WorkshopStore.load(from: path, validating: false).participants.count == 4)
  }

  @Test func aSymbolicLinkLoopIsNamedAsOne() throws {
    let loop = folder.appendingPathComponent("loop.json").path
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
    do {
      _ = try WorkshopStore.load(from: loop)
      Issue.record("a symbolic-link loop loaded")
    } catch {
      let message = error.messages(Fixtures.content.strings, in: .en).first ?? ""
      #expect(message.hasPrefix("\(loop): cannot read the file: too many levels of symbolic links"))
      let dutch = error.messages(Fixtures.content.strings, in: .nl).first ?? ""
      #expect(dutch.contains("te veel symbolische koppelingen"))
    }
  }

  @Test func emptyFileAndDirectoryAndMissingFileAreNamed() throws {
    #expect(
      try loadError("")?.kind
        == .notJSON(expected: Message(.expectValue), found: Message(.foundEndOfFile)))
    #expect(throws: FileError(path: folder.path, kind: .isDirectory)) {
      try WorkshopStore.load(from: folder.path)
    }
    let missing = folder.appendingPathComponent("missing.json").path
    #expect(throws: FileError(path: missing, kind: .notFound)) {
      try WorkshopStore.load(from: missing)
    }
  }
}

@Suite struct SchemaMigrationTests {
  @Test func aVersionOneFileLoadsAndIsSavedAsTheCurrentVersion() throws {
    let scratch = try ScratchFolder()
    let text =
      "{\"schemaVersion\": 1, \"title\": \"Oud\", \"organisations\": [], \"participants\": []}"
    try Data(text.utf8).write(to: URL(fileURLWithPath: scratch.workshopPath))
    let workshop = try WorkshopStore.load(from: scratch.workshopPath)
    #expect(workshop.schemaVersion == Workshop.currentSchemaVersion)
    #expect(workshop.comfortNeeds.isEmpty)
    #expect(workshop.checklistMarks.isEmpty)
    try WorkshopStore.save(workshop, to: scratch.workshopPath)
    let saved = try String(contentsOfFile: scratch.workshopPath, encoding: .utf8)
    #expect(saved.contains("\"schemaVersion\" : \(Workshop.currentSchemaVersion)"))
    #expect(!saved.contains("comfortNeeds"))
  }

  @Test func impasseRecordsRoundTrip() throws {
    let scratch = try ScratchFolder()
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.checklistMarks[ChecklistMark.key(list: "signals", item: "talks-stiffen")] =
      ChecklistMark(
        tickedAt: "2026-11-25T10:00:00+01:00", note: "bij de BV-vraag")
    workshop.comfortNeeds = [
      ComfortNeed(
        id: "n1", organisationID: "org", text: "Geen boete bij uittreden", status: .agreed,
        topicID: "exit")
    ]
    workshop.topics = [
      FormalisationTopic(id: "huisvesting", title: "Huisvesting", status: .inDiscussion)
    ]
    workshop.phaseNotes["intake"] = "Iedereen wil, niemand wil trekken."
    try WorkshopStore.save(workshop, to: scratch.workshopPath)
    #expect(try WorkshopStore.load(from: scratch.workshopPath) == workshop)
  }

  @Test func comfortNeedsPointingNowhereAreProblems() {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.comfortNeeds = [
      ComfortNeed(id: "n1", organisationID: "nowhere", text: " ", askedOf: ["org", "gone"])
    ]
    #expect(
      workshop.validate().map { "\($0.path) \($0.kind)" } == [
        "comfortNeeds[0].organisation unknownOrganisation(\"nowhere\")",
        "comfortNeeds[0].askedOf[1] unknownOrganisation(\"gone\")",
        "comfortNeeds[0].text emptyText",
      ])
  }
}

extension WorkshopStoreTests {
  /// A workshop Tafel could not read back (over the reader's 64 MB) is never written: an import
  /// of a huge sheet would otherwise leave a file that no longer opens.
  @Test func aWorkshopTooLargeToReadBackIsNotSaved() throws {
    let small = Fixtures.workshop(Array(Fixtures.yellowGroup.prefix(1)))
    try WorkshopStore.save(small, to: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    var huge = small
    let note = String(repeating: "a", count: 1_000_000)
    huge.participants = (0..<70).map {
      Fixtures.participant(
        "P \($0)", organisation: small.organisations[0].id, small.participants[0].scores)
    }
    for index in huge.participants.indices { huge.participants[index].note = note }
    #expect {
      try WorkshopStore.save(huge, to: path)
    } throws: { error in
      guard let error = error as? FileError, case .tooLarge = error.kind else { return false }
      return true
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(throws: FileError.self) { try WorkshopStore.create(huge, at: path + "-new.json") }
    #expect(!FileManager.default.fileExists(atPath: path + "-new.json"))
  }
}
