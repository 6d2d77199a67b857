import Foundation

/// Path arithmetic without `NSString`. On Linux, swift-corelibs-foundation 6.3's path methods
/// trap on some names a facilitator may type: `deletingLastPathComponent` on a one-letter name
/// ("b"), and every one of them on a doubled slash before a letter such as "é" ("map//é.json").
public enum FilePaths {
  /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: "" for a bare
  /// name, "/" for a name in the root, and no trailing slash otherwise.
  public static func folder(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    var folder = trimmed[..<slash]
    while folder.hasSuffix("/") { folder.removeLast() }
    return folder.isEmpty ? "/" : String(folder)
  }

  /// The folder of `path` to open or list: "." for a bare name.
  public static func openableFolder(of path: String) -> String {
    let folder = folder(of: path)
    return folder.isEmpty ? "." : folder
  }

  /// The last part of `path`: the file's own name.
  public static func name(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  /// `path` without its extension (".json"); a leading dot is part of the name, not one.
  public static func removingExtension(_ path: String) -> String {
    let name = name(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
    return String(path.dropLast(name.distance(from: dot, to: name.endIndex)))
  }

  /// `folder` and `name` with one slash between them.
  public static func joined(_ folder: String, _ name: String) -> String {
    folder.isEmpty
      ? name : String(withoutTrailingSlashes(folder)) + (folder == "/" ? "" : "/") + name
  }

  /// `~` and `~/…` with the home folder in place of the tilde; other paths as they are.
  public static func expandingTilde(_ path: String, home: String = NSHomeDirectory()) -> String {
    if path == "~" { return home }
    guard path.hasPrefix("~/") else { return path }
    return joined(home, String(path.dropFirst(2)))
  }

  /// An absolute path with `.`, `..` and doubled slashes resolved by the letters alone (no links
  /// followed), so two spellings of one file compare equal.
  public static func normalised(
    _ path: String, from directory: String = FileManager.default.currentDirectoryPath
  ) -> String {
    let absolute = path.hasPrefix("/") ? path : directory + "/" + path
    var parts: [Substring] = []
    for part in absolute.split(separator: "/") where part != "." {
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else {
        parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Where a symbolic link at `path` leads, resolved once (every link on the way), so that a
  /// workshop opened through a link is locked, saved, backed up and watched as the real file.
  /// Any other path, and a link that leads nowhere, is returned as it is.
  public static func resolvingLink(_ path: String) -> String {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
      let resolved = realpath(path, nil)
    else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether `target` is the workshop at `workshopPath` or one of the files Tafel keeps beside
  /// it (backup, lock, their staging names), by name or, through any link, by the file itself.
  public static func isWorkshopOrItsOwnFile(_ target: String, workshopPath: String) -> Bool {
    let workshops = [workshopPath, resolvingLink(workshopPath)]
    let suffixes = ["", ".bak", ".lock", ".bak.tmp"]
    let owned = workshops.flatMap { workshop in suffixes.map { workshop + $0 } }
    let name = normalised(target)
    if owned.contains(where: { normalised($0) == name }) { return true }
    var found = stat()
    guard stat(target, &found) == 0 else { return false }
    return owned.contains { path in
      var status = stat()
      return stat(path, &status) == 0 && status.st_dev == found.st_dev
        && status.st_ino == found.st_ino
    }
  }

  private static func withoutTrailingSlashes(_ path: String) -> Substring {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    return trimmed
  }
}
