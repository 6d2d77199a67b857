import Foundation
import TafelUI

/// This laptop's addresses and the interface with the default route: what `tafel room check`
/// lists and where the room listens by default.
enum NetworkInterfaces {
  /// Every address of an interface that is up, loopback included, in the system's order.
  static func addresses() -> [NetworkAddress] {
    var first: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&first) == 0, let first else { return [] }
    defer { freeifaddrs(first) }
    var found: [NetworkAddress] = []
    var next: UnsafeMutablePointer<ifaddrs>? = first
    while let entry = next {
      next = entry.pointee.ifa_next
      let flags = Int32(bitPattern: entry.pointee.ifa_flags)
      guard flags & Int32(IFF_UP) != 0, let socketAddress = entry.pointee.ifa_addr else {
        continue
      }
      let family = Int32(socketAddress.pointee.sa_family)
      guard family == AF_INET || family == AF_INET6 else { continue }
      let length =
        family == AF_INET
        ? socklen_t(MemoryLayout<sockaddr_in>.size) : socklen_t(MemoryLayout<sockaddr_in6>.size)
      var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
      guard
        getnameinfo(socketAddress, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST)
          == 0
      else { continue }
      found.append(
        NetworkAddress(
          interface: String(cString: entry.pointee.ifa_name),
          address: String(decoding: host.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self),
          isIPv6: family == AF_INET6, isLoopback: flags & Int32(IFF_LOOPBACK) != 0))
    }
    return found
  }

  /// The interface of the IPv4 default route with the lowest metric, from Linux's
  /// /proc/net/route; nil where there is none or no such file (macOS), and the room then takes
  /// the first address that is not this laptop's alone.
  static func defaultRouteInterface(routeTable: String = "/proc/net/route") -> String? {
    guard let text = try? String(contentsOfFile: routeTable, encoding: .utf8) else { return nil }
    return RoomAddress.defaultRouteInterface(inRouteTable: text)
  }
}
