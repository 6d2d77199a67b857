import TafelUI
/// Where the room's server listens: one address, and a port or none (then the usual one, or the
/// next free one after it). `RoomEndpoint` (TafelUI) reads `--listen` and chooses it among this
/// laptop's addresses; this is what the server is handed.
public struct ListenAddress: Equatable, Sendable, CustomStringConvertible {
  public var host: String
  public var port: UInt16?
  /// The address phones are told and must name in `Host`: the listening one, or when listening
  /// on every interface (`0.0.0.0`) the one they can reach.
  public var shown: String

  /// The port tried first when none is given: the same address from one session to the next.
  public static let usualPort = UInt16(RoomEndpoint.defaultPort)

  public init(host: String, port: UInt16? = nil, shown: String? = nil) {
    self.host = host
    self.port = port
    self.shown = shown ?? host
  }

  public var isIPv6: Bool { host.contains(":") }

  /// How a URL and a `Host` header write the address phones are told: IPv6 in brackets.
  public var urlHost: String { shown.contains(":") ? "[\(shown)]" : shown }

  public var description: String { port.map { "\(urlHost):\($0)" } ?? urlHost }
}
