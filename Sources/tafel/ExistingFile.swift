import Foundation
import TafelCore

/// What is at a path that save-as or an export would write over, in the words of the question
/// the facilitator answers before anything there is replaced.
enum ExistingFile {
  /// Whether `path` is a folder (or a link to one): never written over, not even after a yes.
  static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// nil when nothing is at `path`, not even a link that leads nowhere.
  static func describe(_ path: String, changedOpenFile: Bool = false) -> Message? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    let changed = LocalTime.whenChanged(
      Date(timeIntervalSince1970: TimeInterval(status.modificationTime.tv_sec)))
    if status.st_mode & S_IFMT == S_IFLNK {
      let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
      return Message(.uiExistingLink, ["target": target])
    }
    if status.st_mode & S_IFMT == S_IFREG,
      let workshop = try? WorkshopStore.load(from: path, validating: false)
    {
      return Message(
        changedOpenFile ? .uiExistingChangedWorkshop : .uiExistingWorkshop,
        [
          "title": workshop.title, "count": "\(workshop.participants.count)",
          "changed": changed,
        ])
    }
    let kilobytes = max(1, (Int(status.st_size) + 1023) / 1024)
    return Message(.uiExistingFile, ["size": "\(kilobytes) kB", "changed": changed])
  }
}
