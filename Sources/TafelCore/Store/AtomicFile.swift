import Foundation

/// Writes a file so that, whatever happens midway (a crash, a full disk, a kill), the file on disk
/// holds either the old content or the new, never a mix.
///
/// Nothing is ever written through a name: the new content goes into a fresh temporary file
/// (`mkstemp`, `O_EXCL`), which is then renamed or linked into place. A symbolic link or a hard
/// link at the path is replaced as a name, never followed, so no other file is ever changed.
enum AtomicFile {
  /// Whether an existing file at the path may be replaced.
  enum Existing {
    /// Replace it (a workshop's own save).
    case replace
    /// Refuse with `.alreadyExists`, or with `.existsWithoutForce` for a command that offers
    /// `--force`: a new file never takes the place of one Tafel did not make.
    case refuse(FileError.Kind)
  }

  static func write(
    _ bytes: [UInt8], to path: String, backup backupPath: String?, existing: Existing = .replace
  ) throws(FileError) {
    let folder = FilePaths.openableFolder(of: path)
    let name = FilePaths.name(of: path)
    // mkstemp replaces the six trailing X's with a unique suffix.
    let suffix = String(repeating: "X", count: 6)
    var template = Array("\(folder)/.\(name).tmp-\(suffix)".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw .writeFailed(path, errno: errno) }
    let temporaryPath = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var finished = false
    defer {
      if !finished { unlink(temporaryPath) }
    }
    fchmod(fd, 0o600)
    guard writeAll(bytes, to: fd), fsync(fd) == 0 else {
      let error = FileError.writeFailed(path, errno: errno)
      close(fd)
      throw error
    }
    guard close(fd) == 0 else { throw .writeFailed(path, errno: errno) }
    if let backupPath { try keepBackup(of: path, at: backupPath) }
    switch existing {
    case .replace:
      guard rename(temporaryPath, path) == 0 else { throw .writeFailed(path, errno: errno) }
      finished = true
    case .refuse(let kind):
      try placeWithoutReplacing(temporaryPath, at: path, refusal: kind)
      finished = true
    }
    syncDirectory(folder)
  }

  /// Puts the finished temporary file at `path` only if no name is there, not even a dangling
  /// link: `link` fails on any existing name. File systems without hard links (FAT on a USB
  /// stick) get an exclusive, non-following create of `path` that the rename then replaces.
  private static func placeWithoutReplacing(
    _ temporaryPath: String, at path: String, refusal: FileError.Kind
  ) throws(FileError) {
    if link(temporaryPath, path) == 0 {
      unlink(temporaryPath)
      return
    }
    let code = errno
    if code == EEXIST { throw FileError(path: path, kind: refusal) }
    guard [EPERM, EOPNOTSUPP, ENOSYS, EMLINK].contains(code) else {
      throw .writeFailed(path, errno: code)
    }
    let claim = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard claim >= 0 else {
      let code = errno
      if code == EEXIST { throw FileError(path: path, kind: refusal) }
      throw .writeFailed(path, errno: code)
    }
    close(claim)
    guard rename(temporaryPath, path) == 0 else {
      let error = FileError.writeFailed(path, errno: errno)
      unlink(path)
      throw error
    }
  }

  /// Removes what a writer of `path` that was killed midway left behind: its temporary files
  /// (`.NAME.tmp-` and six random characters; they hold personal data too) and the backup's
  /// staging link. Only the holder of the workshop's lock may call this: no one else can be
  /// writing them.
  static func removeLeftovers(of path: String) {
    let folder = FilePaths.openableFolder(of: path)
    let prefix = "." + FilePaths.name(of: path) + ".tmp-"
    // Bytes, not characters: String comparison would take "café" in NFC and in NFD for one name.
    let wanted = prefix.utf8
    let leftovers = (FolderEntries.names(in: folder) ?? []).filter { name in
      name.utf8.count == wanted.count + 6 && name.utf8.starts(with: wanted)
    }
    for name in leftovers { unlink(folder + "/" + name) }
    unlink(path + ".bak.tmp")
  }

  /// Hard-links the current file as the backup (through a temporary name, so the backup too is
  /// always whole); copies when the file system does not do links.
  static func keepBackup(of path: String, at backupPath: String) throws(FileError) {
    guard access(path, F_OK) == 0 else { return }
    let staging = backupPath + ".tmp"
    unlink(staging)
    if link(path, staging) != 0 {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .writeFailed(path, errno: errno)
      }
      try write([UInt8](data), to: staging, backup: nil)
    }
    // Private before it takes the backup's name; through a descriptor that does not follow a
    // link someone may have put at the staging name meanwhile.
    let fd = open(staging, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    if fd >= 0 {
      fchmod(fd, 0o600)
      close(fd)
    }
    guard rename(staging, backupPath) == 0 else { throw .writeFailed(backupPath, errno: errno) }
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
}

/// The C library's `write`, named by module because `AtomicFile.write` hides it inside the enum.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Darwin)
    Darwin.write(fd, buffer, count)
  #else
    Glibc.write(fd, buffer, count)
  #endif
}
