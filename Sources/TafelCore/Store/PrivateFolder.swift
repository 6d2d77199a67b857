#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Folders Tafel makes for its own files (the demo copy, rescue copies): private (0700) from the
/// moment they exist, made with `mkdir(2)` so a failure carries the system's reason (Foundation's
/// `createDirectory` on Linux reports only "error 512").
public enum PrivateFolder {
  /// Makes `path` and any missing folders above it; a folder already there is left as it is.
  public static func create(_ path: String) throws(FileError) {
    var made = ""
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      made += (made.isEmpty && !path.hasPrefix("/") ? "" : "/") + part
      if mkdir(made, 0o700) != 0 {
        let code = errno
        guard code == EEXIST else { throw .writeFailed(made, errno: code) }
        var status = stat()
        // A name that exists but is no folder (a file, a link that leads nowhere) stops here.
        guard stat(made, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
          throw .writeFailed(made, errno: ENOTDIR)
        }
      }
    }
  }
}
