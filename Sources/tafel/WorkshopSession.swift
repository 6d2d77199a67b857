import Foundation
import Synchronization
import TafelCore
import TafelUI

/// The file behind the screen: where the workshop is saved, and the lock that keeps a second
/// Tafel from editing it at the same time. Save-as moves both to the new path.
///
/// It also remembers which version of the file it last read or wrote, and will not overwrite a
/// file that another program replaced, rewrote or removed since: the save fails with the reason
/// on screen, the edits stay in memory, and save-as (to any path, the same one included) puts
/// them on disk.
///
/// Saves run on the saver's thread, save-as on the loop's (after the saves): the session's
/// fields sit behind one lock, and a write holds it, so no two writes of the file overlap.
final class WorkshopSession: Sendable {
  private struct Fields {
    var path: String
    var lock: WorkshopLock?
    var lastSeen: FileIdentity?
  }

  private let fields: Mutex<Fields>
  private let strings: UIStrings
  private let language: Language

  init(
    path: String, lock: sending WorkshopLock?, lastSeen: FileIdentity?, strings: UIStrings,
    language: Language
  ) {
    fields = Mutex(Fields(path: path, lock: lock, lastSeen: lastSeen))
    self.strings = strings
    self.language = language
  }

  var path: String { fields.withLock { $0.path } }

  /// Makes the backup of the file as this Tafel found it, once, before the first save: every
  /// later save leaves it alone, so it is a version worth going back to.
  func keepBackup() throws(FileError) {
    let path = self.path
    try WorkshopStore.keepBackup(of: path)
  }

  /// Why the file is no longer what this Tafel last read or wrote (another program replaced,
  /// rewrote or removed it), or nil while it still is.
  func changeOnDisk() -> String? {
    fields.withLock { fields in
      let now = FileIdentity.of(fields.path)
      guard now != fields.lastSeen else { return nil }
      let kind: FileError.Kind = now == nil ? .goneSinceOpened : .changedSinceOpened
      return reason(FileError(path: fields.path, kind: kind))
    }
  }

  func save(_ workshop: Workshop) -> SaveStatus {
    fields.withLock { fields in
      let now = FileIdentity.of(fields.path)
      guard now == fields.lastSeen else {
        let kind: FileError.Kind = now == nil ? .goneSinceOpened : .changedSinceOpened
        return .failed(message: reason(FileError(path: fields.path, kind: kind)))
      }
      return write(workshop, &fields, keepingBackup: false)
    }
  }

  /// Saves to the path the facilitator typed. A file already there is replaced only with
  /// `overwrite` (after they were asked, with what it is), and is kept as the backup; a file
  /// another Tafel holds never is.
  func saveAs(_ newPath: String, _ workshop: Workshop, overwrite: Bool) -> WriteOutcome<SaveStatus>
  {
    fields.withLock { fields in saveAs(newPath, workshop, overwrite: overwrite, &fields) }
  }

  private func saveAs(
    _ newPath: String, _ workshop: Workshop, overwrite: Bool, _ fields: inout Fields
  ) -> WriteOutcome<SaveStatus> {
    let expanded = FilePaths.resolvingLink(FilePaths.expandingTilde(newPath))
    // Choosing the file's own path is how the facilitator says "overwrite it after all"; a
    // read-only session must first get the lock, or it would write under another Tafel.
    if Self.samePath(expanded, fields.path) {
      if fields.lock == nil {
        do {
          fields.lock = try WorkshopLock(workshopPath: fields.path)
        } catch {
          return .finished(.failed(message: reason(error)))
        }
      }
      // A file changed since it was read (by the Tafel that held it, say) is shown first.
      let changed = FileIdentity.of(fields.path) != fields.lastSeen
      if !overwrite, changed,
        let existing = ExistingFile.describe(fields.path, changedOpenFile: true)
      {
        return .exists(existing)
      }
      // The other program's version is the one worth a backup then.
      return .finished(write(workshop, &fields, keepingBackup: changed))
    }
    if ExistingFile.isFolder(expanded) {
      return .finished(.failed(message: reason(FileError(path: newPath, kind: .isDirectory))))
    }
    // Saving over a lock or backup would be undone the moment Tafel releases or replaces it.
    guard ![".lock", ".bak", ".tmp"].contains(where: { expanded.hasSuffix($0) }) else {
      return .finished(.failed(message: reason(FileError(path: newPath, kind: .reservedName))))
    }
    do {
      // The lock first: a file another Tafel holds is refused before it is even described.
      let newLock = try WorkshopLock(workshopPath: expanded)
      if overwrite {
        try WorkshopStore.save(workshop, to: expanded)
      } else {
        if let existing = ExistingFile.describe(expanded) {
          newLock.release()
          return .exists(existing)
        }
        try WorkshopStore.create(workshop, at: expanded)
      }
      fields.lock?.release()
      fields.lock = newLock
      fields.path = expanded
      fields.lastSeen = FileIdentity.of(expanded)
      return .finished(.saved(at: Clock.now()))
    } catch {
      if error.kind == .alreadyExists, let existing = ExistingFile.describe(expanded) {
        return .exists(existing)
      }
      return .finished(.failed(message: reason(error)))
    }
  }

  func close() {
    fields.withLock { fields in
      fields.lock?.release()
      fields.lock = nil
    }
  }

  private func write(_ workshop: Workshop, _ fields: inout Fields, keepingBackup: Bool)
    -> SaveStatus
  {
    do {
      try WorkshopStore.save(workshop, to: fields.path, keepingBackup: keepingBackup)
      fields.lastSeen = FileIdentity.of(fields.path)
      return .saved(at: Clock.now())
    } catch {
      return .failed(message: reason(error))
    }
  }

  private static func samePath(_ first: String, _ second: String) -> Bool {
    FilePaths.normalised(first) == FilePaths.normalised(second)
  }

  private func reason(_ error: FileError) -> String {
    error.messages(strings, in: language).joined(separator: "; ")
  }
}

/// The wall-clock time as the header shows it, and as a timestamp for what is recorded.
enum Clock {
  static func timestamp() -> String { LocalTime.iso8601() }

  static func now() -> String { LocalTime.hoursAndMinutes() }
}

extension Clock {
  /// The clock as the loop's ticks carry it.
  static func moment() -> Moment {
    let date = Date()
    return Moment(
      timestamp: LocalTime.iso8601(date), seconds: date.timeIntervalSince1970,
      clock: LocalTime.hoursAndMinutes(date))
  }
}
