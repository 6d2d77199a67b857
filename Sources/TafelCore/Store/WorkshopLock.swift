import Foundation

/// Who holds a workshop file open for editing.
public struct LockOwner: Codable, Equatable, Sendable {
  public var processID: Int32
  public var host: String
  /// When the lock was taken, as ISO 8601 in local time.
  public var since: String

  /// The lock file's JSON, keys sorted: written by hand because every start takes a lock, and
  /// `JSONEncoder`'s first use was 2 % of a start's instructions (docs/performance.md).
  var fileText: [UInt8] {
    Array(
      ("{\"host\":" + Self.quoted(host) + ",\"processID\":\(processID),\"since\":"
        + Self.quoted(since) + "}").utf8)
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{00}"..."\u{1F}", "\u{7F}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

/// An exclusive claim on a workshop file so that only one Tafel edits it at a time. It is an
/// advisory `flock` on `FILE.lock`: the kernel drops it when the holder dies, however it dies, so
/// a lock left by a crash never blocks. The file's text names the holder for the message a second
/// Tafel shows.
public final class WorkshopLock {
  public let lockPath: String
  private var descriptor: Int32

  /// Takes the lock for the workshop at `workshopPath`, or throws `.locked` naming the holder.
  public init(workshopPath: String, now: Date = Date()) throws(FileError) {
    lockPath = workshopPath + ".lock"
    descriptor = try Self.acquire(lockPath, workshopPath: workshopPath)
    AtomicFile.removeLeftovers(of: workshopPath)
    let fd = descriptor
    let owner = LockOwner(
      processID: getpid(), host: Self.hostName(),
      since: LocalTime.iso8601(now))
    let text = owner.fileText
    _ = ftruncate(fd, 0)
    _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
  }

  /// The machine's own name; `ProcessInfo.hostName` may ask the network (DNS) for it.
  private static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Opens and locks the lock file. A holder that is releasing unlinks the file; a lock taken on
  /// such an unlinked file would be worthless, so the lock only counts when the locked file is
  /// still the one at the path.
  ///
  /// The lock file is written into, so it must be Tafel's own: a symbolic link planted at its
  /// name (in a shared folder, say) is never followed, and a file that belongs to someone else,
  /// has a second name (a hard link) or is not a plain file is refused before anything is
  /// written; otherwise the lock text would land in whatever file they point at.
  private static func acquire(_ lockPath: String, workshopPath: String) throws(FileError) -> Int32 {
    while true {
      let flags = O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
      var fd = open(lockPath, flags | O_CREAT | O_EXCL, 0o600)
      // A file made just now is ours whatever the file system says its owner is (a network
      // share may name another); one found there must prove it.
      let created = fd >= 0
      if !created, errno == EEXIST {
        fd = open(lockPath, flags)
        if fd < 0, errno == ENOENT { continue }
      }
      guard fd >= 0 else {
        let code = errno
        if code == ELOOP { throw FileError(path: lockPath, kind: .symbolicLink) }
        throw .writeFailed(lockPath, errno: code)
      }
      guard created || isOwnPlainFile(fd) else {
        close(fd)
        throw FileError(path: lockPath, kind: .notMadeByTafel)
      }
      guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
        let owner = readOwner(fd: fd)
        close(fd)
        throw FileError(
          path: workshopPath,
          kind: .locked(owner ?? LockOwner(processID: 0, host: "?", since: "?")))
      }
      // A lock Tafel left holds its owner, or nothing (killed between truncating and writing);
      // any other text is a file of someone's own that happens to have the lock's name.
      var size = stat()
      if fstat(fd, &size) == 0, size.st_size > 0, readOwner(fd: fd) == nil {
        flock(fd, LOCK_UN)
        close(fd)
        throw FileError(path: lockPath, kind: .notMadeByTafel)
      }
      var locked = stat()
      var current = stat()
      if fstat(fd, &locked) == 0, lstat(lockPath, &current) == 0,
        locked.st_ino == current.st_ino, locked.st_dev == current.st_dev
      {
        return fd
      }
      close(fd)
    }
  }

  /// A plain file of this user with one name: what Tafel itself creates.
  private static func isOwnPlainFile(_ fd: Int32) -> Bool {
    var status = stat()
    return fstat(fd, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
      && status.st_uid == getuid() && status.st_nlink == 1
  }

  /// Gives the lock up; also done when the lock is released from memory.
  public func release() {
    guard descriptor >= 0 else { return }
    unlink(lockPath)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }

  /// The holder named in the lock file at `workshopPath + ".lock"`, if it is held right now.
  public static func currentOwner(ofWorkshopAt workshopPath: String) -> LockOwner? {
    let fd = open(workshopPath + ".lock", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    if flock(fd, LOCK_SH | LOCK_NB) == 0 {
      flock(fd, LOCK_UN)
      return nil
    }
    return readOwner(fd: fd)
  }

  private static func readOwner(fd: Int32) -> LockOwner? {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = pread(fd, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    return try? JSONDecoder().decode(LockOwner.self, from: Data(buffer[0..<count]))
  }
}
