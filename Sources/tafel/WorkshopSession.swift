import Foundation
import TafelCore
import TafelUI

/// The file behind the screen: where the workshop is saved, and the lock that keeps a second
/// Tafel from editing it at the same time. Save-as moves both to the new path.
///
/// It also remembers which version of the file it last read or wrote, and will not overwrite a
/// file that another program replaced, rewrote or removed since: the save fails with the reason
/// on screen, the edits stay in memory, and save-as (to any path, the same one included) puts
/// them on disk.
final class WorkshopSession {
  private(set) var path: String
  private var lock: WorkshopLock?
  private var lastSeen: FileIdentity?
  private let strings: UIStrings
  private let language: Language

  init(
    path: String, lock: WorkshopLock?, lastSeen: FileIdentity?, strings: UIStrings,
    language: Language
  ) {
    self.path = path
    self.lock = lock
    self.lastSeen = lastSeen
    self.strings = strings
    self.language = language
  }

  func save(_ workshop: Workshop) -> SaveStatus {
    let now = FileIdentity.of(path)
    guard now == lastSeen else {
      let kind: FileError.Kind = now == nil ? .goneSinceOpened : .changedSinceOpened
      return .failed(message: reason(FileError(path: path, kind: kind)))
    }
    return write(workshop, to: path)
  }

  /// Saves to the path the facilitator typed. A file already there is replaced only with
  /// `overwrite` (after they were asked, with what it is); a file another Tafel holds never is.
  func saveAs(_ newPath: String, _ workshop: Workshop, overwrite: Bool) -> WriteOutcome<SaveStatus>
  {
    let expanded = FilePaths.resolvingLink(FilePaths.expandingTilde(newPath))
    // Choosing the file's own path is how the facilitator says "overwrite it after all"; a
    // read-only session must first get the lock, or it would write under another Tafel.
    if Self.samePath(expanded, path) {
      if lock == nil {
        do {
          lock = try WorkshopLock(workshopPath: path)
        } catch {
          return .finished(.failed(message: reason(error)))
        }
      }
      // A file changed since it was read (by the Tafel that held it, say) is shown first.
      if !overwrite, FileIdentity.of(path) != lastSeen,
        let existing = ExistingFile.describe(path, changedOpenFile: true)
      {
        return .exists(existing)
      }
      return .finished(write(workshop, to: path))
    }
    if ExistingFile.isFolder(expanded) {
      return .finished(.failed(message: reason(FileError(path: newPath, kind: .isDirectory))))
    }
    // Saving over a lock or backup would be undone the moment Tafel releases or rotates it.
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
      lock?.release()
      lock = newLock
      path = expanded
      lastSeen = FileIdentity.of(expanded)
      return .finished(.saved(at: Clock.now()))
    } catch {
      if error.kind == .alreadyExists, let existing = ExistingFile.describe(expanded) {
        return .exists(existing)
      }
      return .finished(.failed(message: reason(error)))
    }
  }

  func close() {
    lock?.release()
    lock = nil
  }

  private func write(_ workshop: Workshop, to path: String) -> SaveStatus {
    do {
      try WorkshopStore.save(workshop, to: path)
      lastSeen = FileIdentity.of(path)
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
