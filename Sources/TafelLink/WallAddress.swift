import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the walls of one workshop meet its facilitator: a socket in the runtime folder named
/// after the workshop file and a hash of its full path, so two workshops with the same name in
/// different folders never share a wall, and a wall started with a relative name, a link or
/// the full path finds the same socket. The name is readable (`alliantie-3f2a….sock`) so a
/// wall without a file can say which workshops are running.
public enum WallAddress {
  public static let suffix = ".sock"

  /// The socket of the workshop at `workshopPath` inside `folder`.
  public static func socket(forWorkshopAt workshopPath: String, in folder: String) -> String {
    let full = canonical(workshopPath)
    let hash = String(fnv1a(Array(full.utf8)), radix: 16)
    let padded = String(repeating: "0", count: 16 - hash.count) + hash
    return folder + "/" + readableName(full) + "-" + padded + suffix
  }

  /// The workshop's name as the socket names it: the file name without `.json`, in letters,
  /// digits, `-` and `_`, short enough to leave room for the hash in a socket address.
  public static func readableName(_ path: String) -> String {
    var name = Substring(path.split(separator: "/").last ?? "tafel")
    if name.lowercased().hasSuffix(".json") { name = name.dropLast(5) }
    var readable = ""
    for scalar in name.unicodeScalars.prefix(24) {
      let kept =
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        || scalar == "-" || scalar == "_"
      readable.unicodeScalars.append(kept ? scalar : "_")
    }
    return readable.isEmpty ? "tafel" : readable
  }

  /// The workshop's full path with every link and `..` resolved; a file not (yet) there is
  /// made absolute from the current folder.
  public static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    guard !path.hasPrefix("/") else { return path }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let folder = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return folder + "/" + path
  }

  /// The sockets in `folder` a wall without a file may follow. One socket file is taken as it
  /// is (if its Tafel is gone, the wall waits for it); of several, only those whose Tafel
  /// answers count, so files left by a crash do not make the wall ask.
  public static func running(in folder: String) -> [String] {
    guard let names = FolderEntries.names(in: folder) else { return [] }
    let sockets = names.filter { $0.hasSuffix(suffix) }.sorted().map { folder + "/" + $0 }
    guard sockets.count > 1 else { return sockets }
    return sockets.filter { path in
      let probe = UnixSocket.make()
      guard probe >= 0 else { return false }
      defer { close(probe) }
      return UnixSocket.connect(probe, to: path) == 0
    }
  }

  /// The workshop's readable name in a socket's path: `alliantie` for `…/alliantie-3f2a….sock`.
  public static func workshopName(ofSocket path: String) -> String {
    var name = Substring(path.split(separator: "/").last ?? "")
    if name.hasSuffix(suffix) { name = name.dropLast(suffix.count) }
    if let dash = name.lastIndex(of: "-") { name = name[..<dash] }
    return String(name)
  }

  /// 64-bit FNV-1a: stable across runs and platforms (Swift's own hashing is seeded per process).
  static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
