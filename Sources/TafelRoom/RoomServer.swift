import FlyingFox
import FlyingSocks
import Foundation
import Synchronization
import TafelCore
import TafelUI

/// The room's web server: FlyingFox on one address, told never to log, answering through a
/// `RoomHandler`. It lives from the room's opening to its closing and knows the loop only
/// through its `RoomDesk`.
public final class RoomServer: Sendable {
  public let desk: RoomDesk
  /// The page's address, e.g. `http://192.168.1.20:8737/`.
  public let url: String
  private let server: HTTPServer
  private let running: Task<Void, Never>

  private init(desk: RoomDesk, url: String, server: HTTPServer, running: Task<Void, Never>) {
    self.desk = desk
    self.url = url
    self.server = server
    self.running = running
  }

  public enum StartError: Error, CustomStringConvertible {
    case cannotListen(address: String, reason: String)

    public var description: String {
      switch self {
      case .cannotListen(let address, let reason): "\(address): \(reason)"
      }
    }
  }

  /// Starts listening on `address` (its port, else the usual one or one of the nine after it,
  /// else any free one) and returns once it listens.
  public static func start(
    on address: ListenAddress, code: String, desk: RoomDesk, site: RoomSite, content: Content,
    limits: RoomLimits = RoomLimits()
  ) async throws -> RoomServer {
    let ports: [UInt16] =
      address.port.map { [$0] }
      ?? Array(ListenAddress.usualPort..<ListenAddress.usualPort + 10) + [0]
    var lastError: any Error = StartError.cannotListen(address: "\(address)", reason: "")
    for port in ports {
      do {
        return try await start(
          address, port: port, code: code, desk: desk, site: site, content: content,
          limits: limits)
      } catch {
        lastError = error
      }
    }
    throw lastError
  }

  private static func start(
    _ address: ListenAddress, port: UInt16, code: String, desk: RoomDesk, site: RoomSite,
    content: Content, limits: RoomLimits
  ) async throws -> RoomServer {
    let identity = Identity()
    let handler = RoomHandler(
      desk: desk, code: code, identity: identity, site: site, content: content, limits: limits)
    let socketAddress: any SocketAddress =
      address.isIPv6
      ? try sockaddr_in6.inet6(ip6: address.host, port: port)
      : try sockaddr_in.inet(ip4: address.host, port: port)
    let server = HTTPServer(
      config: HTTPServer.Configuration(
        address: socketAddress, timeout: 15,
        pool: IdleLimitPool(base: HTTPServer.defaultPool(), limit: limits.idle), logger: .disabled),
      handler: handler)
    let failure = Mutex<String?>(nil)
    let running = Task {
      do {
        try await server.run()
      } catch {
        failure.withLock { $0 = "\(error)" }
      }
    }
    // Either it listens, or `run` ends with why it could not.
    for _ in 0..<1_000 {
      if await server.isListening, let bound = await server.listeningAddress {
        let actualPort: UInt16
        switch bound {
        case .ip4(_, let port), .ip6(_, let port): actualPort = port
        case .unix: actualPort = port
        }
        let hostPort = "\(address.urlHost):\(actualPort)"
        identity.set(hostPort)
        return RoomServer(
          desk: desk, url: "http://\(hostPort)/", server: server, running: running)
      }
      if let reason = failure.withLock({ $0 }) {
        throw StartError.cannotListen(address: "\(address.urlHost):\(port)", reason: reason)
      }
      try await Task.sleep(for: .milliseconds(5))
    }
    running.cancel()
    throw StartError.cannotListen(address: "\(address.urlHost):\(port)", reason: "timeout")
  }

  /// Stops listening and ends every connection; requests still waiting for the loop are told
  /// the room closed.
  public func stop() async {
    desk.close()
    await server.stop(timeout: 1)
    running.cancel()
  }

  /// The `Host` and `Origin` a request must carry, known once the port is.
  final class Identity: Sendable {
    private let hostPort = Mutex<String?>(nil)

    func set(_ value: String) { hostPort.withLock { $0 = value.lowercased() } }

    func allows(host: String) -> Bool {
      hostPort.withLock { $0 } == host.lowercased()
    }

    func allows(origin: String) -> Bool {
      guard let hostPort = hostPort.withLock({ $0 }) else { return false }
      return "http://" + hostPort == origin.lowercased()
    }
  }
}
