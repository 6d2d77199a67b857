import Foundation

/// Writes a file so that, whatever happens midway (a crash, a full disk, a kill), the file on disk
/// holds either the old content or the new, never a mix.
enum AtomicFile {
  static func write(_ bytes: [UInt8], to path: String, backup backupPath: String?) throws(FileError)
  {
    let folder = FilePaths.openableFolder(of: path)
    let name = FilePaths.name(of: path)
    // mkstemp replaces the six trailing X's with a unique suffix.
    let suffix = String(repeating: "X", count: 6)
    var template = Array("\(folder)/.\(name).tmp-\(suffix)".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw failure(path) }
    let temporaryPath = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var finished = false
    defer {
      if !finished { unlink(temporaryPath) }
    }
    fchmod(fd, 0o600)
    guard writeAll(bytes, to: fd), fsync(fd) == 0 else {
      let error = failure(path)
      close(fd)
      throw error
    }
    guard close(fd) == 0 else { throw failure(path) }
    if let backupPath { try keepBackup(of: path, at: backupPath) }
    guard rename(temporaryPath, path) == 0 else { throw failure(path) }
    finished = true
    syncDirectory(folder)
  }

  /// Removes what a writer of `path` that was killed midway left behind: its temporary files
  /// (`.NAME.tmp-` and six random characters; they hold personal data too) and the backup's
  /// staging link. Only the holder of the workshop's lock may call this: no one else can be
  /// writing them.
  static func removeLeftovers(of path: String) {
    let folder = FilePaths.openableFolder(of: path)
    let prefix = "." + FilePaths.name(of: path) + ".tmp-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    // Bytes, not characters: String comparison would take "café" in NFC and in NFD for one name.
    for name in names
    where name.utf8.starts(with: prefix.utf8) && name.utf8.count == prefix.utf8.count + 6 {
      unlink(folder + "/" + name)
    }
    unlink(path + ".bak.tmp")
  }

  /// Hard-links the current file as the backup (through a temporary name, so the backup too is
  /// always whole); copies when the file system does not do links.
  private static func keepBackup(of path: String, at backupPath: String) throws(FileError) {
    guard access(path, F_OK) == 0 else { return }
    let staging = backupPath + ".tmp"
    unlink(staging)
    if link(path, staging) != 0 {
      guard let data = FileManager.default.contents(atPath: path) else { throw failure(path) }
      try write([UInt8](data), to: staging, backup: nil)
    }
    guard rename(staging, backupPath) == 0 else { throw failure(backupPath) }
    chmod(backupPath, 0o600)
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        return false
      }
      written += result
    }
    return true
  }

  private static func syncDirectory(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  private static func failure(_ path: String) -> FileError {
    FileError(path: path, kind: .writeFailed(reason: SystemError.describe(errno: errno)))
  }
}

/// The C library's `write`, named by module because `AtomicFile.write` hides it inside the enum.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Darwin)
    Darwin.write(fd, buffer, count)
  #else
    Glibc.write(fd, buffer, count)
  #endif
}
