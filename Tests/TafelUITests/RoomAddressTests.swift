import TafelCore
import Testing

@testable import TafelUI

/// Which address the room takes and how `--listen` is read: pure, over a list of addresses as
/// `getifaddrs` gives them.
@Suite struct RoomAddressTests {
  static let venue = [
    NetworkAddress(interface: "lo", address: "127.0.0.1", isIPv6: false, isLoopback: true),
    NetworkAddress(interface: "docker0", address: "172.17.0.1", isIPv6: false, isLoopback: false),
    NetworkAddress(interface: "wlp2s0", address: "fe80::1", isIPv6: true, isLoopback: false),
    NetworkAddress(interface: "wlp2s0", address: "192.168.1.20", isIPv6: false, isLoopback: false),
    NetworkAddress(interface: "tun0", address: "10.8.0.5", isIPv6: false, isLoopback: false),
  ]

  static func chosen(_ listen: String?, default route: String? = "wlp2s0") -> RoomAddress? {
    let request = listen.flatMap { try? RoomAddress.request($0).get() }
    return try? RoomAddress.choose(request, addresses: venue, defaultInterface: route).get()
  }

  @Test func byDefaultTheDefaultRoutesIPv4AddressOnPort8421() throws {
    let address = try #require(Self.chosen(nil))
    #expect(address.listen == "192.168.1.20")
    #expect(address.url == "http://192.168.1.20:8421/")
    #expect(!address.listensEverywhere)
  }

  /// A laptop that is itself the hotspot has no default route: any address but its own.
  @Test func withoutADefaultRouteTheFirstAddressOthersCanReach() throws {
    let address = try #require(Self.chosen(nil, default: nil))
    #expect(address.listen == "172.17.0.1")
  }

  @Test func listenTakesAnAddressAnInterfaceOrAPort() throws {
    #expect(Self.chosen("10.8.0.5:9000")?.url == "http://10.8.0.5:9000/")
    #expect(Self.chosen("wlp2s0")?.listen == "192.168.1.20")
    #expect(Self.chosen("tun0:8500")?.url == "http://10.8.0.5:8500/")
    #expect(Self.chosen(":8500")?.url == "http://192.168.1.20:8500/")
    #expect(Self.chosen("[fe80::1]:8500")?.url == "http://[fe80::1]:8500/")
    #expect(Self.chosen("127.0.0.1")?.listen == "127.0.0.1")
  }

  /// Every interface only when asked; phones are still told the default route's address.
  @Test func everyInterfaceOnlyWhenAsked() throws {
    let address = try #require(Self.chosen("0.0.0.0:8421"))
    #expect(address.listensEverywhere)
    #expect(address.url == "http://192.168.1.20:8421/")
  }

  @Test func badValuesAreNamed() {
    func problem(_ text: String) -> RoomAddress.Problem? {
      switch RoomAddress.request(text) {
      case .success(let request):
        if case .failure(let problem) = RoomAddress.choose(
          request, addresses: Self.venue, defaultInterface: "wlp2s0")
        {
          return problem
        }
        return nil
      case .failure(let problem): return problem
      }
    }
    #expect(problem("") == .empty)
    #expect(problem("192.168.1.20:http") == .badPort("http"))
    #expect(problem("192.168.1.20:0") == .badPort("0"))
    #expect(problem("192.168.1.20:70000") == .badPort("70000"))
    #expect(problem("192.168.1.20:80") == .privilegedPort(80))
    #expect(problem("laptop van mij") == .badAddress("laptop van mij"))
    #expect(problem("[fe80::1") == .badAddress("[fe80::1"))
    #expect(problem("10.9.9.9") == .notOnThisLaptop("10.9.9.9"))
    #expect(problem("eth7") == .notOnThisLaptop("eth7"))
  }

  @Test func aLaptopWithoutANetworkIsSaidSo() {
    let alone = [Self.venue[0]]
    let result = RoomAddress.choose(nil, addresses: alone, defaultInterface: nil)
    #expect(result == .failure(.noNetwork))
  }

  @Test func messagesNameTheValueAndTheLaptopsAddresses() {
    let strings = UIFixtures.content.strings
    let text = RoomAddress.Problem.notOnThisLaptop("10.9.9.9").message(
      strings, in: .nl, addresses: Self.venue)
    #expect(text.contains("10.9.9.9"))
    #expect(text.contains("192.168.1.20 (wlp2s0)"))
    let english = RoomAddress.Problem.privilegedPort(80).message(
      strings, in: .en, addresses: [])
    #expect(
      english
        == "--listen: port 80 needs administrator rights; choose one from 1024 up, such as 8421.")
  }

  @Test func reachOfAnAddress() {
    func reach(_ address: String, ipv6: Bool = false) -> NetworkAddress.Reach {
      NetworkAddress(interface: "x", address: address, isIPv6: ipv6, isLoopback: false).reach
    }
    #expect(reach("192.168.1.20") == .localNetwork)
    #expect(reach("172.20.10.2") == .localNetwork)
    #expect(reach("100.64.3.1") == .localNetwork)
    #expect(reach("169.254.1.1") == .linkLocal)
    #expect(reach("145.97.1.2") == .internet)
    #expect(reach("fe80::1%wlan0", ipv6: true) == .linkLocal)
    #expect(reach("fd00::2", ipv6: true) == .localNetwork)
  }

  @Test func theDefaultRouteIsReadFromTheRouteTable() {
    let table = """
      Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
      docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
      wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
      enx00e0\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
      """
    #expect(RoomAddress.defaultRouteInterface(inRouteTable: table) == "enx00e0")
    #expect(RoomAddress.defaultRouteInterface(inRouteTable: "Iface\tDestination\n") == nil)
  }
}
