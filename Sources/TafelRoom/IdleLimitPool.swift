import FlyingSocks
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// FlyingFox's socket pool with a limit on silence: a connection that sends nothing (or takes
/// nothing) for `limit` seconds is dropped. FlyingFox reads a request's head before any handler
/// sees it and waits for its next byte for ever, so a phone that went away mid-request, or
/// anyone who opens connections and sends half a header, would keep a task and a socket until
/// the room closes. The handler's own timeout does not reach there; the pool does, since every
/// wait on a socket goes through it. The listening socket waits as long as it must.
struct IdleLimitPool: AsyncSocketPool {
  let base: any AsyncSocketPool
  let limit: Duration

  func prepare() async throws { try await base.prepare() }

  func run() async throws { try await base.run() }

  func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
    guard !Self.isListening(socket.file.rawValue) else {
      return try await base.suspendSocket(socket, untilReadyFor: events)
    }
    let (base, limit) = (self.base, self.limit)
    try await withThrowingTaskGroup(of: Bool.self) { group in
      group.addTask {
        try await base.suspendSocket(socket, untilReadyFor: events)
        return true
      }
      group.addTask {
        try await Task.sleep(for: limit)
        return false
      }
      let ready = try await group.next() ?? false
      group.cancelAll()
      // The read or write then fails, and FlyingFox closes the connection.
      if !ready { throw SocketError.disconnected }
    }
  }

  /// Whether `descriptor` is a socket that accepts connections (the server's own).
  static func isListening(_ descriptor: Int32) -> Bool {
    var accepting: Int32 = 0
    var size = socklen_t(MemoryLayout<Int32>.size)
    let result = getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size)
    return result == 0 && accepting != 0
  }
}
