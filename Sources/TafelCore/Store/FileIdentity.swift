#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One version of a file on disk. Tafel saves by writing a new file and renaming it over the old
/// one, so every save makes a new inode; a file another program rewrote, replaced or removed
/// since Tafel last read or wrote it shows up as a different identity, or none.
public struct FileIdentity: Equatable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modifiedSeconds: Int
  var modifiedNanoseconds: Int

  /// The identity of the file at `path` now, or nil when there is none (or it is unreadable).
  public static func of(_ path: String) -> FileIdentity? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    let modified = status.modificationTime
    return FileIdentity(
      device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
      modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec))
  }
}

extension stat {
  /// When the file was last modified; glibc and Darwin name the field differently.
  public var modificationTime: timespec {
    #if canImport(Darwin)
      st_mtimespec
    #else
      st_mtim
    #endif
  }
}
