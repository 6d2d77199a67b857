import TafelUI
/// Where the room listens: one address, and a port or none (then the usual one, or the next free
/// one after it). `ADDR[:PORT]`, with an IPv6 address in brackets: `192.168.1.20:8737`,
/// `[fe80::1]:8737`, `10.0.0.5`.
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

  /// Parses `ADDR[:PORT]`; nil when it is not an IP address with an optional port.
  public init?(parsing text: String) {
    let text = text.trimmingCharacters(in: .whitespaces)
    var host = Substring(text)
    var port: UInt16?
    if text.hasPrefix("[") {
      guard let close = text.firstIndex(of: "]") else { return nil }
      host = text[text.index(after: text.startIndex)..<close]
      let rest = text[text.index(after: close)...]
      if !rest.isEmpty {
        guard rest.hasPrefix(":"), let number = UInt16(rest.dropFirst()), number > 0 else {
          return nil
        }
        port = number
      }
    } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
      host = text[..<colon]
      guard let number = UInt16(text[text.index(after: colon)...]), number > 0 else { return nil }
      port = number
    }
    guard Self.isIPLiteral(String(host)) else { return nil }
    self.init(host: String(host).lowercased(), port: port)
  }

  /// An IPv4 address in four decimal parts, or an IPv6 one of hexadecimal groups; never a name,
  /// which would make the room depend on a name server.
  static func isIPLiteral(_ text: String) -> Bool {
    if text.contains(":") {
      return !text.isEmpty && text.count <= 45
        && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4
      && parts.allSatisfy { part in
        !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII)
          && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
      }
  }

  /// How a URL and a `Host` header write the address phones are told: IPv6 in brackets.
  public var urlHost: String { shown.contains(":") ? "[\(shown)]" : shown }

  public var description: String { port.map { "\(urlHost):\($0)" } ?? urlHost }
}
