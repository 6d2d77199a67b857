#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The private folder where a facilitator's Tafel puts the socket its walls connect to:
/// `$XDG_RUNTIME_DIR/tafel/` (a per-login folder only its user can enter), else
/// `/tmp/tafel-<uid>/`, as tmux does. Either way the folder must be this user's own and closed
/// to others (0700); one made by someone else is refused rather than used, since whoever owns
/// it could read or replace the socket.
public enum RuntimeFolder {
  /// Where the folder is for this environment; nothing is made or checked.
  public static func path(environment: [String: String]) -> String {
    if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/"),
      isOwnFolder(runtime)
    {
      return trimmed(runtime) + "/tafel"
    }
    let temporary = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? trimmed($0) : nil }
    return (temporary ?? "/tmp") + "/tafel-\(getuid())"
  }

  /// Makes the folder when it is missing and checks that it is private; its path.
  public static func ensure(environment: [String: String]) throws(LinkError) -> String {
    let folder = path(environment: environment)
    if mkdir(folder, 0o700) != 0, errno != EEXIST {
      throw .system(path: folder, call: "mkdir", errno: errno)
    }
    try check(folder)
    return folder
  }

  /// Refuses a folder that is not a private folder of this user. A link is refused too: it
  /// could lead anywhere.
  public static func check(_ folder: String) throws(LinkError) {
    var status = stat()
    guard lstat(folder, &status) == 0 else {
      throw .system(path: folder, call: "lstat", errno: errno)
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw .folderUnsafe(path: folder, reason: .notFolder)
    }
    guard status.st_uid == getuid() else {
      throw .folderUnsafe(path: folder, reason: .ownedBy(uid: UInt32(status.st_uid)))
    }
    guard status.st_mode & 0o077 == 0 else {
      throw .folderUnsafe(path: folder, reason: .openToOthers)
    }
  }

  /// Whether the folder exists (the wall waits for it without making it).
  public static func exists(_ folder: String) -> Bool {
    var status = stat()
    return lstat(folder, &status) == 0
  }

  private static func isOwnFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
      && status.st_uid == getuid()
  }

  private static func trimmed(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }
}
