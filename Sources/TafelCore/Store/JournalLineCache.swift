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

  /// The lines of a file just opened, as read, for the entries decoded from them: the first
  /// save after opening a long process then encodes only what is new, not every entry (about
  /// 100 ms for 5,000). A line kept is the file's own bytes, which decode to its entry; one
  /// that spans lines (edited by hand) is not kept, so the journal stays one entry per line;
  /// then nothing is kept, not even the lines of the file before.
  func remember(_ journal: [JournalEntry], lines: [ArraySlice<UInt8>]) {
    // memchr: an import's one line holds every person, and a byte loop was 2 M instructions.
    func spansLines(_ line: ArraySlice<UInt8>) -> Bool {
      line.withUnsafeBufferPointer { buffer in
        guard let start = buffer.baseAddress else { return false }
        return memchr(start, 0x0A, buffer.count) != nil || memchr(start, 0x0D, buffer.count) != nil
      }
    }
    let kept = journal.count == lines.count && !lines.contains(where: spansLines)
    last.withLock { $0 = kept ? Lines(entries: journal, lines: lines) : Lines() }
  }

  static func encode(_ entries: ArraySlice<JournalEntry>) throws -> [ArraySlice<UInt8>] {
    let compact = JSONEncoder()
    compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return JournalLines.entries(of: [UInt8](try compact.encode(Array(entries))))
  }
}
