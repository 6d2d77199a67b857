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
