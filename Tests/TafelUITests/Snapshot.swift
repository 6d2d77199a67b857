import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// Compares a rendered grid with its snapshot file in `__Snapshots__`. A missing snapshot (or any,
/// with SNAPSHOT_RECORD=1) is written and the test fails once, so a new screen is read before it
/// is accepted.
func expectSnapshot(
  _ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "__Snapshots__")
  let file = folder.appendingPathComponent(name + ".txt")
  let actual = grid.dump
  let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
  guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    Issue.record(
      "recorded snapshot \(name); read it, then run again", sourceLocation: sourceLocation)
    return
  }
  if actual != expected {
    // What was drawn goes to the temporary folder, not beside the snapshots: files left in the
    // tree got committed by accident and went stale.
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tafel-snapshots")
    try? FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let failed = outside.appendingPathComponent(name + ".actual.txt")
    try? actual.write(to: failed, atomically: true, encoding: .utf8)
    Issue.record(
      "\(name) differs from its snapshot; see \(failed.path)", sourceLocation: sourceLocation)
  }
}

enum UIFixtures {
  static let content: Content = {
    do {
      return try Content.embedded()
    } catch {
      preconditionFailure("the embedded content must load: \(error)")
    }
  }()

  static func context(_ theme: Theme.Kind = .dark, unicode: Bool = true) -> RenderContext {
    RenderContext(
      content: content, theme: Theme(theme), glyphs: unicode ? .unicode : .ascii, clock: "14:35")
  }

  static func demo(language: Language = .nl) throws -> AppState {
    AppState(
      workshop: try DemoWorkshop.load(), language: language, savedAt: "14:32",
      impasseContent: content.impasse, dilemmaDeck: content.dilemmas)
  }
}
