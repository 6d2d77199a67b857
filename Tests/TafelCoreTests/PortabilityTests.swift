import Foundation
import Testing

/// Package.swift promises macOS, which no machine here builds: these checks keep the Linux-only
/// spellings that broke it from coming back unnoticed.
@Suite struct PortabilityTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  static func swiftFiles() throws -> [(name: String, text: String)] {
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    var files: [(String, String)] = []
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".swift") else { continue }
      let text = try String(
        contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      files.append((path, text))
    }
    return files
  }

  @Test func glibcIsImportedOnlyWhereItExists() throws {
    let files = try Self.swiftFiles()
    #expect(files.count > 50)
    for (name, text) in files {
      let lines = text.components(separatedBy: "\n")
      for (index, line) in lines.enumerated()
      where line.trimmingCharacters(in: .whitespaces) == "import Glibc" {
        let guarded = index > 0 && lines[index - 1].contains("#if canImport(Glibc)")
        #expect(guarded, "\(name):\(index + 1): import Glibc without #if canImport(Glibc)")
      }
    }
  }

  /// glibc's names for these fields differ from Darwin's; `stat.modificationTime`,
  /// `sigaction.handler` and AtomicFile's `systemWrite` know both.
  @Test func glibcFieldNamesStayInTheirPortableWrappers() throws {
    let wrappers = [
      "TafelCore/Store/FileIdentity.swift", "TafelTerminal/SignalAction.swift",
      "TafelCore/Store/AtomicFile.swift",
    ]
    for (name, text) in try Self.swiftFiles() where !wrappers.contains(name) {
      for field in [".st_mtim.", ".st_mtim\n", "__sigaction_handler", "Glibc."] {
        #expect(!text.contains(field), "\(name) uses \(field) outside the portable wrappers")
      }
    }
  }
}
