import Foundation
import TafelCore

/// Where the workshop goes when Tafel ends while its own file could not be saved (a full disk,
/// a folder gone read-only, a file replaced by another program): the edits must outlive the
/// process. The copy is private (0600, in a 0700 folder) like every workshop file.
enum RescueCopy {
  static func write(_ workshop: Workshop, for path: String, environment: [String: String])
    -> Result<String, FileError>
  {
    let folders = Self.folders(environment: environment)
    let name = namePrefix(for: path) + LocalTime.compact() + ".json"
    var lastError = FileError(path: folders[0], kind: .writeFailed(reason: ""))
    for folder in folders {
      let target = FilePaths.joined(folder, name)
      do {
        try PrivateFolder.create(folder)
      } catch {
        lastError = error
        continue
      }
      // A shared folder such as /tmp: only a folder of our own, closed to others, will do.
      var status = stat()
      guard lstat(folder, &status) == 0, status.st_uid == getuid(), status.st_mode & 0o077 == 0,
        status.st_mode & S_IFMT == S_IFDIR
      else {
        lastError = FileError(path: folder, kind: .notMadeByTafel)
        continue
      }
      // A new file, never one that is there already (two rescues in one second, or a link
      // someone put in the folder).
      for attempt in 1...9 {
        let candidate =
          attempt == 1 ? target : FilePaths.removingExtension(target) + "-\(attempt).json"
        do {
          try WorkshopStore.create(workshop, at: candidate)
          return .success(candidate)
        } catch {
          lastError = error
          guard error.kind == .alreadyExists else { break }
        }
      }
    }
    return .failure(lastError)
  }

  /// Where rescue copies go, in the order they are tried: the user's data folder; then the
  /// runtime folder (memory, private) for when the disk is full; then the temporary folder.
  /// The home is `$HOME` as the XDG rules say: Foundation's `NSHomeDirectory` reads the password
  /// database on Linux, so a `HOME` set for a test or a sandbox would be passed by.
  static func folders(environment: [String: String]) -> [String] {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let base =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FilePaths.joined(home, ".local/share")
    return [FilePaths.joined(base, "tafel/rescue")]
      + (environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 }.map {
        [FilePaths.joined($0, "tafel-rescue")]
      } ?? [])
      + [FilePaths.joined(NSTemporaryDirectory(), "tafel-rescue-\(getuid())")]
  }

  /// The rescue copies that may have been made of the workshop at `path` (by its name: a copy
  /// keeps no other trace of where it came from), in every rescue folder.
  static func copies(of path: String, environment: [String: String]) -> [String] {
    let prefix = namePrefix(for: path)
    return folders(environment: environment).flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        .filter { name in
          guard name.hasPrefix(prefix), name.hasSuffix(".json") else { return false }
          // "alliantie-20261202-031500.json" or "-2.json": the time, not another workshop
          // called "alliantie-2".
          let rest = name.dropFirst(prefix.count).dropLast(".json".count)
          return rest.count >= 15 && rest.prefix(8).allSatisfy(\.isNumber)
            && rest.dropFirst(8).first == "-"
        }
        .map { FilePaths.joined(folder, $0) }
    }
  }

  private static func namePrefix(for path: String) -> String {
    FilePaths.removingExtension(FilePaths.name(of: path)) + "-"
  }
}
