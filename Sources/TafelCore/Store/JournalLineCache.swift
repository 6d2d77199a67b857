import Foundation
import Synchronization

/// The journal's entries as the compact lines last written, so that a save encodes only what is
/// new. The journal only grows (a grouped edit under way rewrites its last line), and encoding
/// 5,000 entries is most of a whole save's time (docs/performance.md); the entries kept are
/// compared with the journal being saved, so a journal that changed otherwise (a person
/// forgotten, another workshop) is simply encoded afresh.
final class JournalLineCache: Sendable {
  static let shared = JournalLineCache()

  private struct Lines {
    var entries: [JournalEntry] = []
    var lines: [ArraySlice<UInt8>] = []
  }

  private let last = Mutex(Lines())

  func lines(of journal: [JournalEntry]) throws -> [ArraySlice<UInt8>] {
    let cached = last.withLock { $0 }
    var kept = 0
    let common = min(cached.entries.count, journal.count)
    while kept < common, cached.entries[kept] == journal[kept] { kept += 1 }
    var lines = Array(cached.lines.prefix(kept))
    if kept < journal.count {
      lines += try Self.encode(journal[kept...])
    }
    let result = lines
    last.withLock { $0 = Lines(entries: journal, lines: result) }
    return result
  }

  static func encode(_ entries: ArraySlice<JournalEntry>) throws -> [ArraySlice<UInt8>] {
    let compact = JSONEncoder()
    compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return JournalLines.entries(of: [UInt8](try compact.encode(Array(entries))))
  }
}
