import Dispatch
import Foundation
import Synchronization
import TafelCore
import TafelUI

@testable import TafelRoom

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A stand-in for Tafel's loop: one serial queue that reduces what the server posts and hands
/// each new state to the desk, as `AppLoop` and its observer do. Saves take `saveDelay` and are
/// then reported as the saver would; `hold` keeps posts unreduced, as a loop busy elsewhere.
final class TestLoop: Sendable {
  let state: Mutex<AppState>
  let content: Content
  private let queue = DispatchQueue(label: "test-loop")
  private let deskBox = Mutex<RoomDesk?>(nil)
  let saveDelay: Mutex<Double> = Mutex(0)
  let holding = Mutex(false)
  /// The saves finished, in order, with the number of choices each held.
  let saves = Mutex<[Int]>([])

  init(stage: RoundStage? = .collecting) throws {
    content = try Content.embedded()
    var state = AppState(
      workshop: try DemoWorkshop.load(), language: .nl, savedAt: "10:00",
      impasseContent: content.impasse, dilemmaDeck: content.dilemmas)
    state.wall.screen = .dilemma
    if let stage {
      _ = reduce(&state, .stepRound(1))
      if stage >= .collecting { _ = reduce(&state, .stepRound(1)) }
      if stage >= .reveal { _ = reduce(&state, .stepRound(1)) }
    }
    state.saveStatus = .saved(at: "10:00")
    self.state = Mutex(state)
  }

  var desk: RoomDesk {
    deskBox.withLock { box in
      if let desk = box { return desk }
      let desk = RoomDesk(post: { [weak self] in self?.post($0) })
      box = desk
      return desk
    }
  }

  func post(_ action: Action) {
    queue.async { [self] in
      if holding.withLock({ $0 }) { return }
      perform(action)
    }
  }

  /// Reduces on the loop's queue and lets the desk see the result; for the test's own keys.
  func perform(_ action: Action) {
    let (snapshot, saving) = state.withLock { state -> (AppState, Bool) in
      let effects = reduce(&state, action)
      let saving = effects.contains { if case .save = $0 { true } else { false } }
      return (state, saving)
    }
    desk.observe(snapshot)
    if saving {
      let delay = saveDelay.withLock { $0 }
      queue.asyncAfter(deadline: .now() + delay) { [self] in
        let saved = state.withLock { state -> AppState in
          _ = reduce(&state, .saveFinished(.saved(at: "10:01")))
          return state
        }
        saves.withLock { $0.append(saved.currentRound?.choices.count ?? 0) }
        desk.observe(saved)
      }
    }
  }

  /// Runs `action` on the loop's queue and waits for it.
  func performAndWait(_ action: Action) {
    queue.sync { perform(action) }
  }

  var snapshot: AppState { state.withLock { $0 } }

  /// Opens the room and starts a server for it on a free port of 127.0.0.1.
  func open(limits: RoomLimits = RoomLimits()) async throws -> RoomServer {
    performAndWait(.toggleRoom)
    let server = try await RoomServer.start(
      on: ListenAddress(host: "127.0.0.1", port: 0), code: "K7P2Q", desk: desk,
      site: RoomSite(html: RoomPage.html, headers: RoomPage.headers), content: content,
      limits: limits)
    performAndWait(.room(.opened(url: server.url, code: "K7P2Q")))
    return server
  }
}

extension RoomServer {
  var port: UInt16 {
    UInt16(url.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? 0
  }
}

/// A plain HTTP/1.1 client on a socket, run off Swift's cooperative threads (the server needs
/// them), so a test controls every byte: hosts, bodies, garbage, a half-sent request.
struct RawHTTP {
  struct Response {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] {
      (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
    }
  }

  let port: UInt16

  func get(_ path: String, headers: [String: String] = [:]) async -> Response? {
    await send("GET", path, headers: headers, body: nil)
  }

  func post(
    _ path: String, json: String, token: String? = nil, headers: [String: String] = [:]
  ) async -> Response? {
    var all = ["Content-Type": "application/json"]
    if let token { all["Authorization"] = "Bearer " + token }
    all.merge(headers) { $1 }
    return await send("POST", path, headers: all, body: Data(json.utf8))
  }

  func send(_ method: String, _ path: String, headers: [String: String], body: Data?) async
    -> Response?
  {
    var head = "\(method) \(path) HTTP/1.1\r\n"
    var all = ["Host": "127.0.0.1:\(port)", "Connection": "close"]
    if let body { all["Content-Length"] = String(body.count) }
    all.merge(headers) { $1 }
    for (name, value) in all.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
      head += "\(name): \(value)\r\n"
    }
    head += "\r\n"
    return await raw(Data(head.utf8) + (body ?? Data()))
  }

  /// Sends `bytes`, reads until the server closes, parses the answer (nil: no answer at all).
  func raw(_ bytes: Data, closeAfterSending: Bool = false) async -> Response? {
    let port = port
    return await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(
          returning: Self.exchange(bytes, port: port, closeAfterSending: closeAfterSending))
      }
    }
  }

  static func connect(_ port: UInt16) -> Int32 {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var timeout = timeval(tv_sec: 20, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        #if canImport(Glibc)
          Glibc.connect(fd, pointer, socklen_t(MemoryLayout<sockaddr_in>.size))
        #else
          Darwin.connect(fd, pointer, socklen_t(MemoryLayout<sockaddr_in>.size))
        #endif
      }
    }
    if connected != 0 {
      close(fd)
      return -1
    }
    return fd
  }

  static func exchange(_ bytes: Data, port: UInt16, closeAfterSending: Bool) -> Response? {
    let fd = connect(port)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    _ = bytes.withUnsafeBytes { buffer in
      #if canImport(Glibc)
        Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
      #else
        Darwin.send(fd, buffer.baseAddress, buffer.count, 0)
      #endif
    }
    if closeAfterSending { return nil }
    var received = Data()
    var buffer = [UInt8](repeating: 0, count: 8_192)
    while true {
      let count = recv(fd, &buffer, buffer.count, 0)
      if count <= 0 { break }
      received.append(contentsOf: buffer[0..<count])
    }
    return parse(received)
  }

  static func parse(_ data: Data) -> Response? {
    guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
    let head = String(decoding: data[..<split.lowerBound], as: UTF8.self)
    var lines = head.components(separatedBy: "\r\n")
    let status = Int(lines.removeFirst().split(separator: " ").dropFirst().first ?? "") ?? 0
    var headers: [String: String] = [:]
    for line in lines {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2 {
        headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return Response(status: status, headers: headers, body: Data(data[split.upperBound...]))
  }
}
