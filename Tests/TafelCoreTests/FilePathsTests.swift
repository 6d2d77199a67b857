import Foundation
import Testing

@testable import TafelCore

@Suite struct FilePathsTests {
  @Test(arguments: [
    ("b", ""), ("w.json", ""), ("./b", "."), ("/b", "/"), ("/", "/"), ("/tmp/w.json", "/tmp"),
    ("/tmp/map/", "/tmp"), ("a//b", "a"), ("../b", ".."), ("map/sub/é.json", "map/sub"),
  ])
  func theFolderIsWhatNSStringWouldGiveWithoutItsTrapOnOneLetter(path: String, folder: String) {
    #expect(FilePaths.folder(of: path) == folder)
    #expect(FilePaths.openableFolder(of: path) == (folder.isEmpty ? "." : folder))
  }
}

@Suite struct FilePathsPartsTests {
  /// Each of these made an `NSString` path method trap on Linux.
  static let trapsForNSString = ["b", "//é", "map//é.json", "///é", "a//é"]

  @Test(arguments: trapsForNSString)
  func namesThatTrapFoundationAreTakenApart(path: String) {
    let joined = FilePaths.joined(FilePaths.folder(of: path), FilePaths.name(of: path))
    #expect(FilePaths.normalised(joined, from: "/w") == FilePaths.normalised(path, from: "/w"))
    #expect(!FilePaths.name(of: path).contains("/"))
  }

  @Test func nameExtensionAndJoin() {
    #expect(FilePaths.name(of: "/tmp/sessie.json") == "sessie.json")
    #expect(FilePaths.name(of: "map/") == "map")
    #expect(FilePaths.removingExtension("map.v2/sessie.json") == "map.v2/sessie")
    #expect(FilePaths.removingExtension("map.v2/sessie") == "map.v2/sessie")
    #expect(FilePaths.removingExtension(".verborgen") == ".verborgen")
    #expect(FilePaths.joined("/", "b") == "/b")
    #expect(FilePaths.joined("map/", "b") == "map/b")
    #expect(FilePaths.joined("", "b") == "b")
  }

  @Test func tildeAndNormalisedPaths() {
    #expect(FilePaths.expandingTilde("~/sessie.json", home: "/home/fa") == "/home/fa/sessie.json")
    #expect(FilePaths.expandingTilde("~", home: "/home/fa") == "/home/fa")
    #expect(FilePaths.expandingTilde("~anders/x", home: "/home/fa") == "~anders/x")
    #expect(FilePaths.normalised("./a//b/../w.json", from: "/werk") == "/werk/a/w.json")
    #expect(FilePaths.normalised("/werk/w.json", from: "/elders") == "/werk/w.json")
    #expect(FilePaths.normalised("../../../w.json", from: "/werk") == "/w.json")
  }
}
