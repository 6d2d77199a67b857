import Foundation

/// The bytes of a file Tafel reads whole: a workshop, the config file, a spreadsheet, a deck.
public enum FileBytes {
  /// Files larger than this are refused before they are read into memory.
  public static let maximumSize = 64 * 1_048_576

  /// The file's bytes, or the reason they cannot be had.
  public static func read(at path: String) throws(FileError) -> [UInt8] {
    // open(2) rather than FileManager: it tells a missing file from a symbolic-link loop or a
    // file we may not read, and the reason goes to the facilitator as it is.
    var fd = open(path, O_RDONLY | O_CLOEXEC)
    // A signal (Ctrl-Z or a resize, caught while ncurses starts) may interrupt a slow open.
    while fd < 0, errno == EINTR { fd = open(path, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else {
      let code = errno
      throw code == ENOENT
        ? FileError(path: path, kind: .notFound) : .unreadable(path, errno: code)
    }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw .unreadable(path, errno: errno) }
    if status.st_mode & S_IFMT == S_IFDIR { throw FileError(path: path, kind: .isDirectory) }
    if status.st_size > maximumSize {
      throw FileError(
        path: path, kind: .tooLarge(bytes: Int(status.st_size), limit: maximumSize))
    }
    // read(2) into one buffer rather than FileHandle and Data: Foundation's first read cost a
    // tenth of a millisecond of every start. A file that grows while it is read is read on.
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= maximumSize else {
          throw FileError(path: path, kind: .tooLarge(bytes: count, limit: maximumSize))
        }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        buffer.baseAddress.map { Foundation.read(fd, $0 + count, buffer.count - count) } ?? 0
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path, errno: errno)
      }
      if got == 0 { break }
      count += got
    }
    // A stream (a pipe, a file in /proc) says no size first and may end past the limit.
    if count > maximumSize {
      throw FileError(path: path, kind: .tooLarge(bytes: count, limit: maximumSize))
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
