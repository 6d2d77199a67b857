import Foundation

/// A web server of its own, a few lines of plain sockets, for `tafel room check`: it listens
/// where the room would, proves that a page answers there, and can wait for a phone to open it.
/// It serves one short page and nothing else, and keeps nothing of who asked.
final class RoomProbe {
  enum Failure: Error, Equatable {
    /// Something else listens there already.
    case inUse
    case cannotListen(errno: Int32)
    case noAnswer(errno: Int32)
  }

  private let socket: Int32
  private let page: String
  /// The path the check asks for itself, so its own request is not taken for a phone's.
  private static let selfPath = "/tafel-room-check"

  private init(socket: Int32, page: String) {
    self.socket = socket
    self.page = page
  }

  deinit { close(socket) }

  /// Listens at `address` and `port`; `page` is the text a visitor sees.
  static func listen(address: String, port: Int, page: String) -> Result<RoomProbe, Failure> {
    guard let info = addressInfo(address, port, passive: true) else {
      return .failure(.cannotListen(errno: EADDRNOTAVAIL))
    }
    defer { freeaddrinfo(info) }
    let socket = Foundation.socket(info.pointee.ai_family, streamType, 0)
    guard socket >= 0 else { return .failure(.cannotListen(errno: errno)) }
    var yes: Int32 = 1
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    guard bind(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0,
      Foundation.listen(socket, 16) == 0
    else {
      let code = errno
      close(socket)
      return .failure(code == EADDRINUSE ? .inUse : .cannotListen(errno: code))
    }
    return .success(RoomProbe(socket: socket, page: page))
  }

  /// Asks for the page at `address` as a browser would, and answers it: true when the answer
  /// came back whole.
  func answersItself(at address: String, port: Int) -> Result<Void, Failure> {
    guard let info = Self.addressInfo(address, port, passive: false) else {
      return .failure(.noAnswer(errno: EADDRNOTAVAIL))
    }
    defer { freeaddrinfo(info) }
    let client = Foundation.socket(info.pointee.ai_family, Self.streamType, 0)
    guard client >= 0 else { return .failure(.noAnswer(errno: errno)) }
    defer { close(client) }
    Self.setTimeout(client, seconds: 3)
    guard connect(client, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
      return .failure(.noAnswer(errno: errno))
    }
    let request = "GET \(Self.selfPath) HTTP/1.0\r\nHost: \(address)\r\n\r\n"
    _ = request.withCString { send(client, $0, strlen($0), 0) }
    // The connection waits in the listening socket's queue: take it and answer it here.
    guard serveOne(within: 3_000) != nil else { return .failure(.noAnswer(errno: ETIMEDOUT)) }
    let answer = Self.readAll(client)
    guard answer.hasPrefix("HTTP/1.1 200"), answer.contains(page) else {
      return .failure(.noAnswer(errno: EPROTO))
    }
    return .success(())
  }

  /// Waits up to `seconds` for someone other than this laptop to open the page, and returns
  /// their address; `ownVisit` hears of visits from one of `ownAddresses`.
  func waitForVisitor(
    seconds: Int, ownAddresses: Set<String>, ownVisit: (String) -> Void
  ) -> String? {
    let deadline = Date().addingTimeInterval(TimeInterval(seconds))
    var told: Set<String> = []
    while true {
      let left = Int(deadline.timeIntervalSinceNow * 1_000)
      guard left > 0 else { return nil }
      guard let visit = serveOne(within: left) else { continue }
      guard visit.path != Self.selfPath, visit.path != "/favicon.ico" else { continue }
      if ownAddresses.contains(visit.address) {
        if told.insert(visit.address).inserted { ownVisit(visit.address) }
        continue
      }
      return visit.address
    }
  }

  /// Takes one connection waiting within `milliseconds`, answers it, and says who asked for
  /// what; nil when none came.
  private func serveOne(within milliseconds: Int) -> (address: String, path: String)? {
    var waiting = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    guard poll(&waiting, 1, Int32(min(milliseconds, Int(Int32.max)))) > 0 else { return nil }
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let connection = withUnsafeMutablePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(socket, $0, &length) }
    }
    guard connection >= 0 else { return nil }
    defer { close(connection) }
    Self.setTimeout(connection, seconds: 2)
    let address = withUnsafePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Self.numericHost($0, length) }
    }
    let request = Self.readRequest(connection)
    let path = request.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
    let body =
      path == "/favicon.ico"
      ? ""
      : "<!doctype html><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\"><title>Tafel</title>"
        + "<body style=\"font:1.4em sans-serif;margin:2em\"><h1>Tafel</h1><p>"
        + Self.escaped(page) + "</p>"
    let status = path == "/favicon.ico" ? "404 Not Found" : "200 OK"
    let response =
      "HTTP/1.1 \(status)\r\nContent-Type: text/html; charset=utf-8\r\n"
      + "Content-Length: \(body.utf8.count)\r\nCache-Control: no-store\r\nConnection: close\r\n"
      + "\r\n" + body
    let bytes = Array(response.utf8)
    _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
    return (address, path)
  }

  // MARK: - Plain sockets

  #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
  #else
    private static let streamType = SOCK_STREAM
  #endif

  private static func addressInfo(_ host: String, _ port: Int, passive: Bool)
    -> UnsafeMutablePointer<addrinfo>?
  {
    var hints = addrinfo()
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | (passive ? AI_PASSIVE : 0)
    hints.ai_socktype = streamType
    var result: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, String(port), &hints, &result) == 0 else { return nil }
    return result
  }

  private static func setTimeout(_ socket: Int32, seconds: Int) {
    var time = timeval(tv_sec: seconds, tv_usec: 0)
    let size = socklen_t(MemoryLayout<timeval>.size)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, size)
    setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, size)
  }

  /// The address in numbers; an IPv4 address reached over IPv6 loses its `::ffff:` prefix.
  private static func numericHost(_ address: UnsafePointer<sockaddr>, _ length: socklen_t)
    -> String
  {
    var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
    guard getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0
    else { return "?" }
    let text = String(decoding: host.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
    return text.hasPrefix("::ffff:") && text.contains(".") ? String(text.dropFirst(7)) : text
  }

  /// The request's head, up to its blank line, at most 4 KB.
  private static func readRequest(_ socket: Int32) -> String {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1_024)
    while received.count < 4_096 {
      let count = recv(socket, &buffer, buffer.count, 0)
      guard count > 0 else { break }
      received += buffer.prefix(count)
      if received.count >= 4, received.suffix(4) == [13, 10, 13, 10] { break }
    }
    return String(decoding: received, as: UTF8.self)
  }

  private static func readAll(_ socket: Int32) -> String {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while received.count < 65_536 {
      let count = recv(socket, &buffer, buffer.count, 0)
      guard count > 0 else { break }
      received += buffer.prefix(count)
    }
    return String(decoding: received, as: UTF8.self)
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
