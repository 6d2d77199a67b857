import TafelCore

/// Why the wall's link cannot be made, with what the facilitator (or whoever looks after the
/// laptop) can do about it. The link never deletes or takes over what is not Tafel's own.
public enum LinkError: Error, Equatable, Sendable {
  /// The runtime folder is not a private folder of this user (someone else's, or open to
  /// others): a socket there could be read or replaced by them.
  case folderUnsafe(path: String, reason: Reason)
  /// Something that is not this user's socket sits at the socket's path: left as it is.
  case foreign(path: String, reason: Reason)
  /// Another running Tafel already shows this workshop to its walls.
  case alreadyServed(path: String)
  /// The system refused (`call` failed with `errno`).
  case system(path: String, call: String, errno: Int32)

  public enum Reason: Equatable, Sendable {
    case ownedBy(uid: UInt32)
    case notSocket
    case notFolder
    case openToOthers
  }

  public var message: Message {
    switch self {
    case .folderUnsafe(let path, .ownedBy(let uid)):
      Message(.linkFolderOwner, ["path": path, "uid": "\(uid)"])
    case .folderUnsafe(let path, .openToOthers): Message(.linkFolderOpen, ["path": path])
    case .folderUnsafe(let path, _): Message(.linkFolderNotFolder, ["path": path])
    case .foreign(let path, .ownedBy(let uid)):
      Message(.linkSocketOwner, ["path": path, "uid": "\(uid)"])
    case .foreign(let path, _): Message(.linkSocketNotSocket, ["path": path])
    case .alreadyServed(let path): Message(.linkAlreadyServed, ["path": path])
    case .system(let path, let call, let code):
      Message(.linkSystemError, ["path": path, "reason": "\(call): \(Self.describe(code))"])
    }
  }

  static func describe(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "errno \(code)" }
    return String(cString: text)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
