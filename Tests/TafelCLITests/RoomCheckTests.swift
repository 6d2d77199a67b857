import Foundation
import Testing

/// `tafel room check` with the real binary: exit codes and what it says, in Dutch and English.
/// It listens on loopback here, the one address every test machine has.
@Suite(.serialized) struct RoomCheckTests {
  /// A port nobody uses now: the system picks one, and it is closed again at once.
  static func freePort() throws -> Int {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    try #require(bound)
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// A socket listening on `port` of loopback, held open until closed.
  static func occupy(_ port: Int) throws -> Int32 {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    try #require(bound && listen(socket, 4) == 0)
    return socket
  }

  /// The answer to `GET /` at loopback `port`, as a browser asks; nil while nothing listens.
  /// `from` is the address it comes from: any of 127.0.0.0/8 is this machine, but only
  /// 127.0.0.1 is listed as its address, so 127.0.0.2 stands in for a phone.
  static func get(port: Int, from: String = "127.0.0.1") -> String? {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var source = sockaddr_in()
    source.sin_family = sa_family_t(AF_INET)
    source.sin_addr.s_addr = inet_addr(from)
    let sourced = withUnsafePointer(to: &source) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    guard sourced else { return nil }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    guard connected else { return nil }
    let request = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = recv(socket, &buffer, buffer.count, 0)
      guard count > 0 else { break }
      received += buffer.prefix(count)
    }
    return String(decoding: received, as: UTF8.self)
  }

  let workspace = try? Workspace()

  func run(_ arguments: [String]) throws -> TafelResult {
    let folder = try #require(workspace).url
    return try TafelProcess.run(["room", "check"] + arguments, in: folder)
  }

  @Test func thePageAnswersAndLoopbackIsSaidToReachNoPhone() throws {
    let port = try Self.freePort()
    let result = try run(["--listen", "127.0.0.1:\(port)"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Adressen van deze laptop:\n"))
    #expect(result.stdout.contains("127.0.0.1"))
    #expect(result.stdout.contains("De pagina antwoordt op http://127.0.0.1:\(port)/"))
    #expect(result.stdout.contains("alleen vanaf deze laptop te bereiken"))
    #expect(result.stdout.contains("Gastwifi schermt apparaten vaak van elkaar af"))
    #expect(result.stdout.contains("hotspot"))
    #expect(result.stderr.isEmpty)
    // The hint to wait for a phone checks the same address, not the default one.
    #expect(result.stdout.contains("'tafel room check --listen 127.0.0.1:\(port) --wait 60'"))

    let english = try run(["--listen", "127.0.0.1:\(port)", "--lang", "en"])
    #expect(english.status == 0)
    #expect(english.stdout.contains("'tafel room check --listen 127.0.0.1:\(port) --wait 60'"))
    #expect(english.stdout.contains("The page answers at http://127.0.0.1:\(port)/"))
    #expect(english.stdout.contains("Guest Wi-Fi often keeps devices apart"))
  }

  /// `[room] address` in config.toml is where the room listens without `--listen`.
  @Test func theConfigFilesRoomAddressIsUsed() throws {
    let port = try Self.freePort()
    let space = try #require(workspace)
    let folder = space.url.appendingPathComponent("settings/tafel")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("[room]\naddress = \"127.0.0.1:\(port)\"\n".utf8)
      .write(to: folder.appendingPathComponent("config.toml"))
    var environment = TafelProcess.environment
    environment["XDG_CONFIG_HOME"] = space.path("settings")
    let result = try TafelProcess.run(["room", "check"], in: space.url, environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("De pagina antwoordt op http://127.0.0.1:\(port)/"))
  }

  @Test func aPortInUseIsSaidWithAnotherToTry() throws {
    let port = try Self.freePort()
    let held = try Self.occupy(port)
    defer { close(held) }
    let result = try run(["--listen", "127.0.0.1:\(port)"])
    #expect(result.status == 1)
    #expect(
      result.errorLines == [
        "Poort \(port) op 127.0.0.1 is al in gebruik, misschien door een Tafel met een open zaal. "
          + "Kies een andere poort, bijvoorbeeld --listen 127.0.0.1:\(port + 1)."
      ])
    let english = try run(["--listen", "127.0.0.1:\(port)", "--lang", "en"])
    #expect(english.status == 1)
    #expect(english.stderr.contains("Port \(port) at 127.0.0.1 is already in use"))
  }

  /// A `--listen` that is no address of this laptop is a usage error: said at once, with what
  /// the laptop does have, and nothing listed or listened on.
  @Test(arguments: [
    (
      "10.255.255.1",
      "--listen 10.255.255.1: dat is geen adres van deze laptop. Deze laptop heeft: "
    ),
    ("127.0.0.1:80", "--listen: poort 80 vraagt beheerdersrechten"),
    ("127.0.0.1:99999", "--listen: poort '99999' bestaat niet"),
    ("laptop van mij", "--listen laptop van mij: dat is geen adres."),
    ("", "--listen is leeg"),
  ])
  func badListenValuesAreUsageErrors(value: String, message: String) throws {
    let result = try run(["--listen", value])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.errorLines.first?.hasPrefix("Fout: " + message) == true, "\(result.stderr)")
  }

  @Test func badListenValuesInEnglish() throws {
    let result = try run(["--listen", "10.255.255.1", "--lang", "en"])
    #expect(result.status == 64)
    #expect(
      result.errorLines.first?.hasPrefix(
        "Error: --listen 10.255.255.1: that is not an address of this laptop. This laptop has: ")
        == true)
    #expect(result.stderr.contains("127.0.0.1 (lo)"))
  }

  /// `tafel room check --wait` on loopback, with the page opened from `visitor` once it waits.
  func waitingCheck(seconds: Int, visitor: String) throws -> (
    status: Int32, stdout: String, stderr: String, page: String?
  ) {
    let port = try Self.freePort()
    let folder = try #require(workspace).url
    let process = Process()
    process.executableURL = TafelProcess.executable
    process.arguments = [
      "room", "check", "--listen", "127.0.0.1:\(port)", "--wait", String(seconds),
    ]
    process.environment = TafelProcess.environment
    process.currentDirectoryURL = folder
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    var page: String?
    for _ in 0..<100 where page == nil {
      Thread.sleep(forTimeInterval: 0.05)
      page = Self.get(port: port, from: visitor)
    }
    let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, stdout, stderr, page)
  }

  /// Waiting for a phone: a visit from the laptop itself is said and does not count, so with no
  /// phone the check fails with the advice for guest Wi-Fi.
  @Test func aVisitFromTheLaptopItselfIsNoPhone() throws {
    let check = try waitingCheck(seconds: 4, visitor: "127.0.0.1")
    #expect(check.page?.contains("Deze telefoon bereikt de laptop van de begeleider.") == true)
    #expect(check.stdout.contains("Tafel wacht 4 seconden"))
    #expect(check.stdout.contains("De pagina werd geopend vanaf deze laptop zelf (127.0.0.1)"))
    #expect(check.status == 1)
    #expect(check.stderr.hasPrefix("In 4 seconden opende geen telefoon de pagina.\n"))
    #expect(check.stderr.contains("hotspot"))
  }

  /// A visit from another address is a phone that reached the laptop: the check passes at once.
  @Test func aVisitFromAnotherAddressPassesTheCheck() throws {
    let check = try waitingCheck(seconds: 60, visitor: "127.0.0.2")
    #expect(check.page?.hasPrefix("HTTP/1.1 200 OK\r\n") == true)
    #expect(check.page?.contains("Content-Type: text/html; charset=utf-8") == true)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(
      check.stdout.hasSuffix(
        "Een apparaat op 127.0.0.2 opende de pagina: telefoons bereiken de laptop.\n"))
    #expect(check.stderr.isEmpty)
  }
}
