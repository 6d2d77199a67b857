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
}
