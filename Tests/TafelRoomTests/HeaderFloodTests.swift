import Dispatch
import Foundation
import Testing

@testable import TafelRoom

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What FlyingFox 0.27.1 does with a request's head before any handler of ours sees it: it reads
/// the head whole, with no limit on a line's length or on the number of lines, and waits for the
/// next byte for ever. A huge or long head is refused (431) once read, and the server answers the
/// next phone; a connection that goes silent mid-head is dropped after the idle limit rather than
/// holding a task and a socket until the room closes.
@Suite(.serialized) struct HeaderFloodTests {
  func head(_ port: UInt16, _ lines: [String]) -> Data {
    var text = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for line in lines { text += line + "\r\n" }
    return Data((text + "\r\n").utf8)
  }

  func stillAnswers(_ port: UInt16) async throws {
    let page = try #require(await RawHTTP(port: port).get("/"))
    #expect(page.status == 200)
  }

  /// FlyingFox reads a header line byte by byte before our handler can say no, and the work
  /// grows faster than the line: a debug build was still reading a 1 MB line after ten minutes,
  /// with one of the pool's threads. What the room keeps: other phones are answered meanwhile,
  /// and the line is never served. A sender that gives up leaves nothing behind.
  ///
  /// Only with `TAFEL_FLOOD_TESTS=1`: the server goes on reading what reached it after the sender
  /// gave up, for longer than the whole suite runs, and its thread is one of the test process's
  /// few (in `swift test` that starved the other suites' servers).
  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["TAFEL_FLOOD_TESTS"] == "1",
      "keeps one of the process's threads busy for a long time"))
  func aOneMegabyteHeaderLineIsNeverServedAndOtherPhonesAreAnswered() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let port = server.port
    let big = head(port, ["X-Big: " + String(repeating: "a", count: 1_048_576)])
    async let flood = Self.exchange(big, port: port, waiting: 10)
    try await Task.sleep(for: .milliseconds(500))
    try await stillAnswers(port)
    let response = await flood
    #expect(response == nil || response?.status == 431)
    try await stillAnswers(port)
  }

  /// A line just over the limit is refused, not served (a debug build takes about 5 s over it;
  /// 16 KB took 20 s: the work grows with the square of the line).
  @Test func aLongHeaderLineIsRefused() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let long = head(server.port, ["X-Long: " + String(repeating: "a", count: 8_300)])
    let started = Date()
    let response = await Self.exchange(long, port: server.port, waiting: 120)
    #expect(response?.status == 431, "after \(Date().timeIntervalSince(started)) s")
    #expect(response?.json["error"] as? String == "headers-too-large")
    try await stillAnswers(server.port)
  }

  /// `RawHTTP`'s exchange with a longer wait for the answer.
  static func exchange(_ bytes: Data, port: UInt16, waiting seconds: Int) async -> RawHTTP.Response?
  {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        let fd = RawHTTP.connect(port)
        guard fd >= 0 else { return continuation.resume(returning: nil) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < bytes.count {
          let count = bytes.withUnsafeBytes { buffer in
            #if canImport(Glibc)
              send(fd, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
            #else
              send(fd, buffer.baseAddress! + sent, buffer.count - sent, 0)
            #endif
          }
          if count <= 0 { break }
          sent += count
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 8_192)
        while true {
          let count = recv(fd, &buffer, buffer.count, 0)
          if count <= 0 { break }
          received.append(contentsOf: buffer[0..<count])
        }
        continuation.resume(returning: RawHTTP.parse(received))
      }
    }
  }

  @Test func tenThousandHeaderLinesAreRefusedAndTheServerAnswersOn() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let lines = (0..<10_000).map { "X-Line-\($0): \($0)" }
    let response = await RawHTTP(port: server.port).raw(head(server.port, lines))
    #expect(response?.status == 431)
    try await stillAnswers(server.port)
  }

  /// Half a head, then nothing: the server closes the connection once the idle limit passed.
  @Test func aConnectionSilentMidHeadIsDropped() async throws {
    let loop = try TestLoop()
    let server = try await loop.open(limits: RoomLimits(idle: .seconds(1)))
    defer { Task { await server.stop() } }
    let port = server.port
    let (closed, waited) = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        let fd = RawHTTP.connect(port)
        defer { close(fd) }
        let half = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: a"
        #if canImport(Glibc)
          _ = half.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        #else
          _ = half.withCString { send(fd, $0, strlen($0), 0) }
        #endif
        let start = Date()
        var byte: UInt8 = 0
        // The client's own receive timeout is 20 s: a 0 before that is the server closing.
        let count = recv(fd, &byte, 1, 0)
        continuation.resume(returning: (count == 0, Date().timeIntervalSince(start)))
      }
    }
    #expect(closed, "the server kept a silent connection open for \(waited) s")
    #expect(waited < 15)
    try await stillAnswers(port)
  }
}
