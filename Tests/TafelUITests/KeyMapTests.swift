import Foundation
import TafelCore
import Testing

@testable import TafelUI

@Suite struct KeyMapTests {
  @Test func noKeyIsBoundTwiceInOneScope() {
    for scope in KeyScope.allCases {
      let keys = KeyMap.bindings.filter { $0.scope == scope }.flatMap(\.keys)
      let duplicates = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
      #expect(duplicates.isEmpty, "\(scope): \(Array(duplicates))")
    }
  }

  @Test func everyBindingHasALabelInBothLanguages() {
    for binding in KeyMap.bindings {
      for language in Language.allCases {
        let label = UIFixtures.content.strings.text(binding.label, in: language)
        #expect(label != binding.label.rawValue, "\(binding.label) in \(language)")
      }
    }
  }

  @Test func typingInAFieldTakesLettersThatAreKeysElsewhere() throws {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .startAddParticipant)
    #expect(KeyMap.action(for: .character("q"), in: state) == .text(.insert("q")))
    #expect(KeyMap.action(for: .character("ë"), in: state) == .text(.insert("ë")))
    #expect(KeyMap.action(for: .escape, in: state) == .cancel)
  }

  @Test func digitsTypeAScoreOnlyWhileEditing() throws {
    var state = try UIFixtures.demo()
    #expect(KeyMap.action(for: .character("1"), in: state) == .show(.team))
    _ = reduce(&state, .startScoreEdit)
    #expect(KeyMap.action(for: .character("1"), in: state) == .typeDigit(1))
  }

  @Test func theKeysDocumentIsUpToDate() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
    let generated = KeysDocument.markdown(content: UIFixtures.content)
    let onDisk = try? String(contentsOf: file, encoding: .utf8)
    if onDisk != generated, ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
      try generated.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(onDisk == generated, "docs/keys.md is out of date: run SNAPSHOT_RECORD=1 swift test")
  }

  /// The release's manual page takes its KEYS section from this file (`scripts/release.sh`).
  @Test func theManualKeysSectionIsUpToDate() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/man/keys.mdoc")
    let generated = KeysDocument.manualSection(content: UIFixtures.content)
    let onDisk = try? String(contentsOf: file, encoding: .utf8)
    if onDisk != generated, ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try generated.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(
      onDisk == generated, "docs/man/keys.mdoc is out of date: run SNAPSHOT_RECORD=1 swift test")
  }

  @Test func theManualKeysSectionNamesEveryViewAndItsKeys() {
    let section = KeysDocument.manualSection(content: UIFixtures.content)
    #expect(section.hasPrefix(".Sh KEYS\n"))
    for heading in ["Everywhere", "Team", "Group", "Impasse", "Dilemma"] {
      #expect(section.contains("\n.Ss " + heading), "no section for \(heading)")
    }
    #expect(section.contains(".It \\&q\n\\&quit\n"))
    #expect(section.contains(".It \\&P , \\&F5\n\\&projector\n"))
    #expect(!section.contains("↑"), "the manual uses ASCII key names")
  }
}
