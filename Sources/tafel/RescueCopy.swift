import Foundation
import TafelCore

/// Where the workshop goes when Tafel ends while its own file could not be saved (a full disk,
/// a folder gone read-only, a file replaced by another program): the edits must outlive the
/// process. The copy is private (0600, in a 0700 folder) like every workshop file.
enum RescueCopy {
  static func write(_ workshop: Workshop, for path: String, environment: [String: String])
    -> Result<String, FileError>
  {
    let base =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
    let folders = [
      (base as NSString).appendingPathComponent("tafel/rescue"),
      (NSTemporaryDirectory() as NSString).appendingPathComponent("tafel-rescue-\(getuid())"),
    ]
    let name =
      ((path as NSString).lastPathComponent as NSString).deletingPathExtension + "-"
      + LocalTime.compact() + ".json"
    var lastError = FileError(path: folders[0], kind: .writeFailed(reason: ""))
    for folder in folders {
      let target = (folder as NSString).appendingPathComponent(name)
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        lastError = FileError(path: folder, kind: .writeFailed(reason: "\(error)"))
        continue
      }
      do {
        try WorkshopStore.save(workshop, to: target)
        return .success(target)
      } catch {
        lastError = error
      }
    }
    return .failure(lastError)
  }
}
