import Foundation
import Testing

@testable import TafelCore

/// Loading goes the fast way (`TreeDecoder` on the strict reader's values) and, for any file it
/// cannot take, the slow way (`JSONDecoder` with every key recorded). Both must end the same: the
/// same workshop, or the same error, word for word and at the same place.
struct TreeDecoderTests {
  static let corpus = Fixtures.packageRoot.appendingPathComponent("Fuzz/Corpus/WorkshopJSON")

  static var files: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map(corpus.appendingPathComponent)
      + [
        Fixtures.packageRoot.appendingPathComponent(
          "data/examples/wijkalliantie-noord-na-sessie.json")
      ]
  }

  @Test func theCorpusHasFilesToCompare() {
    #expect(Self.files.count > 15)
  }

  @Test(arguments: files)
  func theFastWayEndsAsTheSlowWay(_ file: URL) throws {
    let bytes = [UInt8](try Data(contentsOf: file))
    let fast = Result { () throws(FileError) in try WorkshopStore.decode(bytes, path: "w.json") }
    let slow = Result { () throws(FileError) in
      try WorkshopStore.decodeReportingProblems(bytes, path: "w.json")
    }
    #expect(fast == slow, "\(file.lastPathComponent)")
  }

  @Test func aSoundFileDecodesToWhatJSONDecoderReads() throws {
    let file = Fixtures.packageRoot.appendingPathComponent(
      "data/examples/wijkalliantie-noord-na-sessie.json")
    let bytes = [UInt8](try Data(contentsOf: file))
    let map = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
    let tree = try #require(map.tree)
    let fast = try #require(TreeDecoding.decode(Workshop.self, bytes: bytes, tree: tree))
    #expect(!fast.hasUnknownKeys)
    #expect(fast.value == (try JSONDecoder().decode(Workshop.self, from: Data(bytes))))
  }

  @Test func anUnknownKeyInAParticipantIsNoticed() throws {
    var text = DemoWorkshop.fileText
    let first = try #require(text.range(of: "\"role\""))
    text.replaceSubrange(first, with: "\"rloe\": \"x\", \"role\"")
    let bytes = Array(text.utf8)
    let map = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
    let tree = try #require(map.tree)
    let fast = try #require(
      TreeDecoding.decode(Workshop.self, bytes: bytes, tree: tree))
    #expect(fast.hasUnknownKeys)
  }

  @Test func escapedTextsAndFractionsDecodeAsJSONDecoderReadsThem() throws {
    let text =
      #"{"a": "tab\there \u00e9 \ud83d\ude00 \"q\" \\", "b": 2.5, "c": -17, "d": [true, null]}"#
    struct Sample: Decodable, Equatable {
      var a: String
      var b: Double
      var c: Int
      var d: [Bool?]
    }
    let bytes = Array(text.utf8)
    let map = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
    let tree = try #require(map.tree)
    let fast = try #require(
      TreeDecoding.decode(Sample.self, bytes: bytes, tree: tree))
    #expect(fast.value == (try JSONDecoder().decode(Sample.self, from: Data(bytes))))
  }

  /// The journal is read without the generic containers (`WorkshopChange(tree:node:)`): every
  /// kind of change must come back as `JSONDecoder` reads it, the fast way and not the slow one.
  @Test func everyKindOfChangeInTheJournalIsReadTheFastWay() throws {
    var workshop = ChangeFixtures.workshop()
    workshop.journal = ChangeFixtures.examples.enumerated().map { index, change in
      JournalEntry(
        at: "2026-01-12T10:00:00+01:00", session: index % 2 == 0 ? 1 : nil,
        kind: index % 3 == 0 ? .undo : nil, changes: [change, change])
    }
    let bytes = try WorkshopStore.encode(workshop)
    let map = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
    let tree = try #require(map.tree)
    let decoded = TreeDecoding.decode(Workshop.self, bytes: bytes, tree: tree)
    let fast = try #require(decoded, "a change the fast way cannot read")
    #expect(!fast.hasUnknownKeys)
    #expect(fast.value.journal == workshop.journal)
    #expect(fast.value == (try JSONDecoder().decode(Workshop.self, from: Data(bytes))))
  }

  @Test func aChangeTheFastWayCannotReadGoesTheSlowWay() throws {
    var workshop = ChangeFixtures.workshop()
    workshop.journal = [
      JournalEntry(at: "t", changes: [.setScore(participant: "sandra", colour: .red, value: 45)])
    ]
    let text = String(decoding: try WorkshopStore.encode(workshop), as: UTF8.self)
    func decodeFast(_ text: String) throws -> (value: Workshop, hasUnknownKeys: Bool)? {
      let bytes = Array(text.utf8)
      let map = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
      return TreeDecoding.decode(Workshop.self, bytes: bytes, tree: try #require(map.tree))
    }
    // A label nobody asked for is noticed; a value of the wrong kind or a case nobody knows
    // fails, so the slow way says what is wrong.
    let unknownLabel = text.replacingOccurrences(of: #""value":45"#, with: #""value":45,"x":1"#)
    #expect(try decodeFast(unknownLabel)?.hasUnknownKeys == true)
    let wrongKind = text.replacingOccurrences(of: #""value":45"#, with: #""value":"45""#)
    #expect(try decodeFast(wrongKind) == nil)
    let unknownCase = text.replacingOccurrences(of: #"{"setScore""#, with: #"{"setScoer""#)
    #expect(try decodeFast(unknownCase) == nil)
    let twoCases = text.replacingOccurrences(
      of: #"{"setScore""#, with: #"{"removeNeed":{"need":"tijd"},"setScore""#)
    #expect(try decodeFast(twoCases) == nil)
    #expect(try decodeFast(text)?.value == workshop)
  }

  /// People are read from the tree field by field too; what they may leave out, and what the
  /// fast way must refuse, end as `JSONDecoder` has them.
  @Test func peopleAreReadTheFastWayAsJSONDecoderReadsThem() throws {
    let scores = #"{"yellow":1,"green":2,"orange":3,"blue":4,"red":5,"purple":6}"#
    func decodeFast(_ participant: String) throws -> (value: Workshop, hasUnknownKeys: Bool)? {
      let text =
        #"{"schemaVersion":3,"title":"t","organisations":[{"id":"o","name":"O","#
        + #""shortName":"O","kind":"other"}],"participants":["# + participant + "]}"
      let bytes = Array(text.utf8)
      let map = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
      return TreeDecoding.decode(Workshop.self, bytes: bytes, tree: try #require(map.tree))
    }
    let whole =
      #"{"id":"a","name":"A","organisation":"o","role":"r","note":"n","scores":"#
      + scores + #","rejection":"# + scores + "}"
    let bare = #"{"id":"a","name":"A","organisation":"o","scores":"# + scores + "}"
    let nulls =
      #"{"id":"a","name":"A","organisation":"o","role":null,"rejection":null,"#
      + #""scores":"# + scores + "}"
    for text in [whole, bare, nulls] {
      let fast = try #require(try decodeFast(text), "\(text)")
      #expect(!fast.hasUnknownKeys)
      #expect(
        fast.value.participants
          == (try JSONDecoder().decode([Participant].self, from: Data(("[" + text + "]").utf8))))
    }
    #expect(try decodeFast(whole)?.value.participants.first?.rejection?.red == 5)
    let unknownScore = bare.replacingOccurrences(of: #""purple":6"#, with: #""purple":6,"pink":1"#)
    #expect(try decodeFast(unknownScore)?.hasUnknownKeys == true)
    let fraction = bare.replacingOccurrences(of: #""red":5"#, with: #""red":5.5"#)
    #expect(try decodeFast(fraction) == nil)
    let noScores = #"{"id":"a","name":"A","organisation":"o"}"#
    #expect(try decodeFast(noScores) == nil)
  }
}
