#if canImport(Glibc)
  import Glibc

  private let streamType = Int32(SOCK_STREAM.rawValue)
  /// A wall that went away must cost an error code, not the facilitator's process (SIGPIPE).
  let noSignalOnSend = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
  import Darwin

  private let streamType = SOCK_STREAM
  let noSignalOnSend: Int32 = 0
#endif

/// The few socket calls the link makes, in one place so the platform differences stay here.
enum UnixSocket {
  /// The longest path a Unix socket address holds (107 bytes on Linux, 103 on macOS).
  static let maximumPathBytes = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

  /// A new stream socket, closed on exec: a child process must not hold the wall's line open.
  static func make() -> Int32 {
    let descriptor = socket(AF_UNIX, streamType, 0)
    guard descriptor >= 0 else { return -1 }
    prepare(descriptor)
    return descriptor
  }

  /// Closed on exec, and on macOS no SIGPIPE (Linux says so per send).
  static func prepare(_ descriptor: Int32) {
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    #if canImport(Darwin)
      var on: Int32 = 1
      _ = setsockopt(
        descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    #endif
  }

  static func setNonBlocking(_ descriptor: Int32) {
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
  }

  /// Runs `body` with the address of `path`; nil when the path is too long for one.
  static func withAddress<T>(
    _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T
  ) -> T? {
    let bytes = Array(path.utf8)
    guard bytes.count <= maximumPathBytes, !bytes.contains(0) else { return nil }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
    }
    return withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  /// Connects to `path`; 0 on success, else the `errno` (ENOENT: nobody there yet,
  /// ECONNREFUSED: a socket file left by a process that is gone).
  static func connect(_ descriptor: Int32, to path: String) -> Int32 {
    let result = withAddress(path) { address, length in
      while true {
        if connectSocket(descriptor, address, length) == 0 { return Int32(0) }
        if errno != EINTR { return errno }
      }
    }
    return result ?? ENAMETOOLONG
  }

  /// Binds `descriptor` to `path` and listens; 0 on success, else the `errno`.
  static func listen(_ descriptor: Int32, at path: String) -> Int32 {
    let result = withAddress(path) { address, length in
      bind(descriptor, address, length) == 0 ? Int32(0) : errno
    }
    guard let result else { return ENAMETOOLONG }
    guard result == 0 else { return result }
    return listenSocket(descriptor, 16) == 0 ? 0 : errno
  }

  /// The user id of the process at the other end, as the kernel saw it when it connected.
  static func peerUser(_ descriptor: Int32) -> uid_t? {
    #if canImport(Glibc)
      var credentials = PeerCredentials()
      var length = socklen_t(MemoryLayout<PeerCredentials>.size)
      guard getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else {
        return nil
      }
      return credentials.uid
    #else
      var user: uid_t = 0
      var group: gid_t = 0
      return getpeereid(descriptor, &user, &group) == 0 ? user : nil
    #endif
  }

  /// Sends what it can without waiting: the number of bytes taken, 0 when the socket is full,
  /// nil when the other end is gone.
  static func send(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Int? {
    let sent = bytes.withUnsafeBytes { raw in
      sendBytes(descriptor, raw.baseAddress, raw.count, noSignalOnSend)
    }
    if sent >= 0 { return sent }
    if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return 0 }
    return nil
  }

  /// Reads what is there without waiting: the bytes, [] when nothing is waiting, nil at the
  /// end or on an error.
  static func receive(_ descriptor: Int32, upTo count: Int = 65_536) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: count)
    let received = buffer.withUnsafeMutableBytes { raw in
      read(descriptor, raw.baseAddress, raw.count)
    }
    if received > 0 { return Array(buffer[..<received]) }
    if received < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return [] }
    return nil
  }

  /// Waits for `events` on each descriptor, at most `milliseconds` (-1: no limit); the events
  /// that came, per descriptor.
  static func wait(_ watched: [(Int32, Int16)], milliseconds: Int32) -> [Int16] {
    var descriptors = watched.map { pollfd(fd: $0.0, events: $0.1, revents: 0) }
    let result = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
    guard result > 0 else { return Array(repeating: 0, count: watched.count) }
    return descriptors.map(\.revents)
  }
}

#if canImport(Glibc)
  /// Linux's `struct ucred`, which the Glibc module leaves out (it needs _GNU_SOURCE).
  private struct PeerCredentials {
    var pid: pid_t = 0
    var uid: uid_t = 0
    var gid: gid_t = 0
  }
#endif

// The C names, kept apart from the Swift methods of the same name.
private func connectSocket(
  _ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t
) -> Int32 {
  connect(descriptor, address, length)
}

private func listenSocket(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
  listen(descriptor, backlog)
}

private func sendBytes(
  _ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int, _ flags: Int32
) -> Int {
  send(descriptor, bytes, count, flags)
}
