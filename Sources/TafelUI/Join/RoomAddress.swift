import Foundation
import TafelCore

/// One address of the laptop, as the system lists them (`getifaddrs`).
public struct NetworkAddress: Equatable, Sendable {
  /// The interface's name: `wlp2s0`, `en0`, `lo`.
  public var interface: String
  /// The address in numbers: `192.168.1.20`, `fe80::1`.
  public var address: String
  public var isIPv6: Bool
  public var isLoopback: Bool

  public init(interface: String, address: String, isIPv6: Bool, isLoopback: Bool) {
    self.interface = interface
    self.address = address
    self.isIPv6 = isIPv6
    self.isLoopback = isLoopback
  }

  /// Only this laptop can reach a loopback address; only the same link a link-local one (and a
  /// phone's browser cannot type one); anything else might be on the internet.
  public var reach: Reach {
    if isLoopback { return .thisLaptop }
    if isIPv6 {
      let lower = address.lowercased()
      if lower.hasPrefix("fe8") || lower.hasPrefix("fe9") || lower.hasPrefix("fea")
        || lower.hasPrefix("feb")
      {
        return .linkLocal
      }
      return lower.hasPrefix("fc") || lower.hasPrefix("fd") ? .localNetwork : .internet
    }
    let parts = address.split(separator: ".").compactMap { Int($0) }
    guard parts.count == 4 else { return .internet }
    switch (parts[0], parts[1]) {
    case (10, _), (192, 168): return .localNetwork
    case (172, 16...31): return .localNetwork
    // Carrier-grade NAT: what a phone's hotspot often hands out.
    case (100, 64...127): return .localNetwork
    case (169, 254): return .linkLocal
    case (127, _): return .thisLaptop
    default: return .internet
    }
  }

  public enum Reach: Sendable {
    case thisLaptop, linkLocal, localNetwork, internet
  }
}

/// Where the room listens and what the wall tells phones: one address of this laptop and a port,
/// never every interface unless asked for (`0.0.0.0` or `::`), because a laptop in a venue may
/// be on the venue's network, a VPN and a container bridge at once.
public struct RoomAddress: Equatable, Sendable {
  /// The room's port unless `--listen` says otherwise: above 1024 (no administrator rights
  /// needed), not one that common software claims.
  public static let defaultPort = 8421

  /// The address to listen on (`0.0.0.0` or `::` for every interface).
  public var listen: String
  public var port: Int
  /// The address phones are told: the listening one, or when listening everywhere the address
  /// of the interface with the default route.
  public var shown: String
  /// The interface it belongs to, when known.
  public var interface: String?

  public init(listen: String, port: Int, shown: String, interface: String?) {
    self.listen = listen
    self.port = port
    self.shown = shown
    self.interface = interface
  }

  /// The page's address as the wall and the QR code give it.
  public var url: String {
    let host = shown.contains(":") ? "[" + shown + "]" : shown
    return "http://\(host):\(port)/"
  }

  public var listensEverywhere: Bool { listen == "0.0.0.0" || listen == "::" }

  /// What `--listen` asked for, before it is matched against this laptop's addresses.
  public struct Request: Equatable, Sendable {
    /// An address, an interface name, or nil for the default.
    public var host: String?
    public var port: Int
  }

  /// Reads `--listen ADDR[:PORT]`: `192.168.1.20`, `192.168.1.20:8080`, `:8080`, `wlp2s0`,
  /// `wlp2s0:8080`, `[fe80::1]:8080`, `fe80::1`, `0.0.0.0`.
  public static func request(_ text: String) -> Result<Request, Problem> {
    let text = text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return .failure(.empty) }
    var host: Substring = Substring(text)
    var portText: Substring?
    if text.hasPrefix("[") {
      guard let close = text.firstIndex(of: "]") else { return .failure(.badAddress(text)) }
      host = text[text.index(after: text.startIndex)..<close]
      let rest = text[text.index(after: close)...]
      if !rest.isEmpty {
        guard rest.hasPrefix(":") else { return .failure(.badAddress(text)) }
        portText = rest.dropFirst()
      }
    } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
      host = text[..<colon]
      portText = text[text.index(after: colon)...]
    }
    var port = defaultPort
    if let portText {
      guard let number = Int(portText), (1...65_535).contains(number) else {
        return .failure(.badPort(String(portText)))
      }
      guard number >= 1024 else { return .failure(.privilegedPort(number)) }
      port = number
    }
    let name = String(host)
    guard name.isEmpty || name.allSatisfy(Self.allowedInHost) else {
      return .failure(.badAddress(text))
    }
    return .success(Request(host: name.isEmpty ? nil : name, port: port))
  }

  private static func allowedInHost(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || ".:-_%".contains(character))
  }

  /// The address to use for `request` among this laptop's `addresses`; `defaultInterface` is the
  /// one with the default route, if any.
  public static func choose(
    _ request: Request?, addresses: [NetworkAddress], defaultInterface: String?
  ) -> Result<RoomAddress, Problem> {
    let port = request?.port ?? defaultPort
    let usable = addresses.filter { !$0.isLoopback && $0.reach != .linkLocal }
    // The default route's IPv4 address: what phones on the same Wi-Fi reach; else any address
    // that is not this laptop's alone.
    let preferred =
      usable.first { $0.interface == defaultInterface && !$0.isIPv6 }
      ?? usable.first { $0.interface == defaultInterface }
      ?? usable.first { !$0.isIPv6 } ?? usable.first
    guard let host = request?.host else {
      guard let preferred else { return .failure(.noNetwork) }
      return .success(
        RoomAddress(
          listen: preferred.address, port: port, shown: preferred.address,
          interface: preferred.interface))
    }
    if host == "0.0.0.0" || host == "::" {
      guard let preferred else { return .failure(.noNetwork) }
      return .success(
        RoomAddress(
          listen: host, port: port, shown: preferred.address, interface: preferred.interface))
    }
    let byName = addresses.filter { $0.interface == host }
    if let match = byName.first(where: { !$0.isIPv6 }) ?? byName.first {
      return .success(
        RoomAddress(
          listen: match.address, port: port, shown: match.address, interface: match.interface))
    }
    let bare = host.split(separator: "%").first.map(String.init) ?? host
    if let match = addresses.first(where: {
      $0.address.lowercased() == host.lowercased() || $0.address.lowercased() == bare.lowercased()
    }) {
      return .success(
        RoomAddress(listen: host, port: port, shown: host, interface: match.interface))
    }
    return .failure(.notOnThisLaptop(host))
  }

  /// The interface of the IPv4 default route with the lowest metric in the text of Linux's
  /// /proc/net/route (destination and mask zero), if any.
  public static func defaultRouteInterface(inRouteTable table: String) -> String? {
    var best: (interface: String, metric: Int)?
    for line in table.split(separator: "\n").dropFirst() {
      let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
      guard fields.count >= 8, fields[1] == "00000000", fields[7] == "00000000",
        let metric = Int(fields[6])
      else { continue }
      if best == nil || metric < best?.metric ?? 0 { best = (String(fields[0]), metric) }
    }
    return best?.interface
  }

  /// What is wrong with a `--listen` value, or with the network.
  public enum Problem: Error, Equatable, Sendable {
    case empty
    case badAddress(String)
    case badPort(String)
    case privilegedPort(Int)
    case notOnThisLaptop(String)
    case noNetwork

    /// The message in `language`, with this laptop's addresses where that helps.
    public func message(_ strings: UIStrings, in language: Language, addresses: [NetworkAddress])
      -> String
    {
      let list = addresses.map { "\($0.address) (\($0.interface))" }.joined(separator: ", ")
      switch self {
      case .empty: return strings.text(.listenEmpty, in: language)
      case .badAddress(let text):
        return strings.text(.listenBadAddress, ["value": text], in: language)
      case .badPort(let text): return strings.text(.listenBadPort, ["port": text], in: language)
      case .privilegedPort(let port):
        return strings.text(.listenPrivilegedPort, ["port": String(port)], in: language)
      case .notOnThisLaptop(let host):
        return strings.text(
          .listenNotOnThisLaptop, ["address": host, "addresses": list], in: language)
      case .noNetwork: return strings.text(.listenNoNetwork, in: language)
      }
    }
  }
}
