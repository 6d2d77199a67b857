import Foundation
import TafelCore
import TafelUI
import Testing

@testable import TafelRoom

/// The room's server over real sockets, against a stand-in for the loop: what a phone can do,
/// and everything it cannot.
@Suite(.serialized) struct RoomServerTests {
  static let code = "K7P2Q"

  func claim(_ client: RawHTTP, _ person: String) async throws -> String {
    let response = try #require(
      await client.post("/api/claim", json: #"{"code":"K7P2Q","person":"\#(person)"}"#))
    #expect(response.status == 200, "\(response.text)")
    return try #require(response.json["token"] as? String)
  }

  @Test func thePageComesWithItsPolicyAndNoCookie() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let page = try #require(await RawHTTP(port: server.port).get("/"))
    #expect(page.status == 200)
    #expect(page.text == RoomPage.html)
    #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
    #expect(page.headers["x-content-type-options"] == "nosniff")
    #expect(page.headers["referrer-policy"] == "no-referrer")
    #expect(page.headers["x-frame-options"] == "DENY")
    #expect(page.headers["set-cookie"] == nil)
    let missing = try #require(await RawHTTP(port: server.port).get("/etc/passwd"))
    #expect(missing.status == 404)
    #expect(missing.headers["content-security-policy"] != nil)
  }

  /// The page's script and style come from the laptop itself, each with its own type and
  /// `nosniff`, under the page's policy of `'self'` and nothing inline.
  @Test func theScriptAndStyleAreServedWithTheirTypes() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let page = try #require(await RawHTTP(port: server.port).get("/"))
    let policy = try #require(page.headers["content-security-policy"])
    #expect(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"))
    #expect(!policy.contains("sha256") && !policy.contains("unsafe"))
    for (path, type, text) in [
      ("/page.js", "text/javascript; charset=utf-8", RoomPage.script),
      ("/page.css", "text/css; charset=utf-8", RoomPage.style),
    ] {
      let file = try #require(await RawHTTP(port: server.port).get(path))
      #expect(file.status == 200, "\(path)")
      #expect(file.text == text)
      #expect(file.headers["content-type"] == type)
      #expect(file.headers["x-content-type-options"] == "nosniff")
      #expect(file.headers["set-cookie"] == nil)
      let posted = try #require(
        await RawHTTP(port: server.port).post(path, json: "{}"))
      #expect(posted.status == 405)
    }
  }

  /// The QR code's address ends in the room code; that path is the page, which reads the code
  /// from it. Only code-shaped paths: anything else is still not found.
  @Test func theCodeInTheAddressGetsThePage() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let scanned = try #require(await RawHTTP(port: server.port).get("/K7P2Q"))
    #expect(scanned.status == 200 && scanned.text == RoomPage.html)
    #expect(scanned.headers["content-security-policy"] == RoomPage.contentSecurityPolicy)
    for path in ["/K7P2", "/k7p2q", "/K7P2QX", "/api/K7P2Q", "/K7P2Q/x"] {
      let other = try #require(await RawHTTP(port: server.port).get(path))
      #expect(other.status == 404, "\(path)")
    }
  }

  @Test func aForeignHostOrOriginIsRefused() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    let rebound = try #require(await client.get("/", headers: ["Host": "evil.example"]))
    #expect(rebound.status == 403)
    let noHost = try #require(
      await client.raw(Data("GET / HTTP/1.1\r\nConnection: close\r\n\r\n".utf8)))
    #expect(noHost.status == 403)
    let foreign = try #require(
      await client.post(
        "/api/join", json: #"{"code":"K7P2Q"}"#, headers: ["Origin": "http://evil.example"]))
    #expect(foreign.status == 403)
    let own = try #require(
      await client.post(
        "/api/join", json: #"{"code":"K7P2Q"}"#,
        headers: ["Origin": "http://127.0.0.1:\(server.port)"]))
    #expect(own.status == 200)
  }

  @Test func aPhoneJoinsClaimsAnswersAndChangesItsAnswer() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    let wrong = try #require(await client.post("/api/join", json: #"{"code":"AAAAA"}"#))
    #expect(wrong.status == 403 && wrong.json["error"] as? String == "room-code")
    let join = try #require(await client.post("/api/join", json: #"{"code":"k7p2q"}"#))
    #expect(join.status == 200)
    let people = try #require(join.json["people"] as? [[String: Any]])
    let anna = try #require(people.first?["id"] as? String)
    let token = try await claim(client, anna)
    #expect(RoomToken.isWellFormed(token))
    let taken = try #require(
      await client.post("/api/claim", json: #"{"code":"K7P2Q","person":"\#(anna)"}"#))
    #expect(taken.status == 409)
    let state = try #require(
      await client.get("/api/state", headers: ["Authorization": "Bearer " + token]))
    #expect(state.status == 200)
    #expect((state.json["you"] as? [String: Any])?["id"] as? String == anna)
    #expect(state.json["people"] == nil)
    for option in [1, 3] {
      let answer = try #require(
        await client.post("/api/answer", json: #"{"round":1,"option":\#(option)}"#, token: token))
      #expect(answer.status == 200, "\(answer.text)")
      #expect(answer.json["saved"] as? Bool == true)
      #expect(loop.snapshot.currentRound?.choices == [anna: option])
    }
    let round =
      try #require(
        await client.get("/api/state", headers: ["Authorization": "Bearer " + token])
      ).json["round"] as? [String: Any]
    #expect(round?["yourChoice"] as? Int == 3)
    #expect(round?["answered"] as? Int == 1)
    let released = try #require(await client.post("/api/release", json: "{}", token: token))
    #expect(released.status == 204)
    let gone = try #require(
      await client.get("/api/state", headers: ["Authorization": "Bearer " + token]))
    #expect(gone.status == 401)
  }

  @Test func anAnswerIsAcknowledgedOnlyOnceItsSaveIsOnDisk() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    let anna = loop.snapshot.workshop.participants[0].id
    let token = try await claim(client, anna)
    loop.saveDelay.withLock { $0 = 0.5 }
    let started = Date()
    let answer = try #require(
      await client.post("/api/answer", json: #"{"round":1,"option":0}"#, token: token))
    #expect(answer.status == 200)
    #expect(Date().timeIntervalSince(started) >= 0.45)
    #expect(loop.saves.withLock { $0 } == [1])
  }

  @Test func badBodiesAreRefusedAndChangeNothing() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    let anna = loop.snapshot.workshop.participants[0].id
    let token = try await claim(client, anna)
    let before = loop.snapshot.workshop
    let bad: [(String, Int)] = [
      (#"{"round":1,"option":1,"extra":true}"#, 400),
      (#"{"round":"1","option":1}"#, 400),
      (#"{"round":1,"option":true}"#, 400),
      (#"{"round":1,"option":1.5}"#, 400),
      (#"{"round":1}"#, 400),
      (#"{"round":1,"option":null}"#, 400),
      (#"[1,1]"#, 400),
      (#"{"round":1,"option":1"#, 400),
      ("", 400),
      (#"{"round":1,"option":9}"#, 422),
      (#"{"round":2,"option":1}"#, 423),
      (#"{"round":1,"option":-1}"#, 422),
    ]
    for (body, status) in bad {
      let response = try #require(await client.post("/api/answer", json: body, token: token))
      #expect(response.status == status, "\(body): \(response.text)")
    }
    var latin1 = Data(#"{"text":"caf"#.utf8)
    latin1.append(0xE9)
    latin1.append(contentsOf: Array(#""}"#.utf8))
    let notUTF8 = try #require(
      await client.send(
        "POST", "/api/comfort",
        headers: ["Content-Type": "application/json", "Authorization": "Bearer " + token],
        body: latin1))
    #expect(notUTF8.status == 400)
    let large = try #require(
      await client.post(
        "/api/comfort", json: #"{"text":""# + String(repeating: "x", count: 5_000) + #""}"#,
        token: token))
    #expect(large.status == 413)
    let form = try #require(
      await client.send(
        "POST", "/api/answer",
        headers: ["Content-Type": "text/plain", "Authorization": "Bearer " + token],
        body: Data(#"{"round":1,"option":1}"#.utf8)))
    #expect(form.status == 415)
    let wrongMethod = try #require(await client.get("/api/answer"))
    #expect(wrongMethod.status == 405)
    #expect(loop.snapshot.workshop == before)
  }

  @Test func aMissingOrForeignTokenGetsNothing() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    _ = try await claim(client, loop.snapshot.workshop.participants[0].id)
    let before = loop.snapshot.workshop
    for header in [
      "", "Bearer", "Bearer " + String(repeating: "0", count: 32), "Basic abc",
      "Bearer " + String(repeating: "Z", count: 32),
    ] {
      let state = try #require(await client.get("/api/state", headers: ["Authorization": header]))
      #expect(state.status == 401, "\(header)")
      let answer = try #require(
        await client.send(
          "POST", "/api/answer",
          headers: ["Content-Type": "application/json", "Authorization": header],
          body: Data(#"{"round":1,"option":1}"#.utf8)))
      #expect(answer.status == 401, "\(header)")
    }
    #expect(loop.snapshot.workshop == before)
  }

  @Test func guessingCodesAndFloodingAreSlowedDown() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    var statuses: [Int] = []
    for guess in 0..<14 {
      let code = String(format: "A%04d", guess)
      statuses.append(
        try #require(await client.post("/api/join", json: #"{"code":"\#(code)"}"#)).status)
    }
    #expect(statuses.prefix(9).allSatisfy { $0 == 403 })
    #expect(statuses.suffix(3).allSatisfy { $0 == 429 })
    // Even the right code waits now: guessing on is pointless.
    let right = try #require(await client.post("/api/join", json: #"{"code":"K7P2Q"}"#))
    #expect(right.status == 429)
    #expect(Int(right.headers["retry-after"] ?? "") ?? 0 >= 1)
  }

  @Test func onePhoneFloodingIsHeldToItsRate() async throws {
    let loop = try TestLoop()
    let server = try await loop.open(
      limits: RoomLimits(perAddress: .init(burst: 5, perSecond: 1)))
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    var statuses: [Int] = []
    for _ in 0..<8 { statuses.append(try #require(await client.get("/")).status) }
    #expect(statuses.prefix(5).allSatisfy { $0 == 200 })
    #expect(statuses.suffix(2).allSatisfy { $0 == 429 })
  }

  @Test func closingTheRoomAnswersRequestsInFlightAndChangesNothing() async throws {
    let loop = try TestLoop()
    let server = try await loop.open()
    let client = RawHTTP(port: server.port)
    let anna = loop.snapshot.workshop.participants[0].id
    let token = try await claim(client, anna)
    // The loop is busy: the answer waits for it when the facilitator closes the room.
    loop.holding.withLock { $0 = true }
    async let answer = client.post("/api/answer", json: #"{"round":1,"option":2}"#, token: token)
    try await Task.sleep(for: .milliseconds(300))
    loop.holding.withLock { $0 = false }
    loop.performAndWait(.toggleRoom)
    await server.stop()
    let response = try #require(await answer)
    #expect(response.status == 503)
    #expect(response.json["error"] as? String == "room-closed")
    #expect(loop.snapshot.currentRound?.choices == [:])
    #expect(await client.get("/") == nil)
  }

  @Test func halfRequestsAndGarbageLeaveTheServerAnswering() async throws {
    let loop = try TestLoop()
    let server = try await loop.open(
      limits: RoomLimits(perAddress: .init(burst: 500, perSecond: 500)))
    defer { Task { await server.stop() } }
    let client = RawHTTP(port: server.port)
    let anna = loop.snapshot.workshop.participants[0].id
    let token = try await claim(client, anna)
    let before = loop.snapshot.workshop
    await withTaskGroup(of: Void.self) { group in
      for index in 0..<40 {
        group.addTask {
          switch index % 4 {
          case 0:
            // Headers cut off, then gone.
            _ = await client.raw(
              Data("POST /api/answer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le".utf8),
              closeAfterSending: true)
          case 1:
            // A body promised and never sent.
            _ = await client.raw(
              Data(
                ("POST /api/answer HTTP/1.1\r\nHost: 127.0.0.1:\(client.port)\r\n"
                  + "Content-Type: application/json\r\nAuthorization: Bearer \(token)\r\n"
                  + "Content-Length: 100\r\n\r\n{\"round\":1").utf8),
              closeAfterSending: true)
          default:
            var random = SystemRandomNumberGenerator()
            let bytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = await client.raw(
              Data(bytes) + Data("\r\n\r\n".utf8), closeAfterSending: index % 2 == 0)
          }
        }
      }
    }
    let page = try #require(await client.get("/"))
    #expect(page.status == 200)
    let answer = try #require(
      await client.post("/api/answer", json: #"{"round":1,"option":1}"#, token: token))
    #expect(answer.status == 200)
    #expect(loop.snapshot.currentRound?.choices == [anna: 1])
    // The one answer and nothing else: the journal gained exactly that change.
    var expected = before
    expected.dilemmaRounds[0].choices = [anna: 1]
    let after = loop.snapshot.workshop
    #expect(
      after.journal.dropFirst(before.journal.count).flatMap(\.changes) == [
        .setChoice(round: 1, participant: anna, option: 1)
      ])
    expected.journal = after.journal
    #expect(after == expected)
  }

  @Test func comfortProposalsReachTheQueueAsPlainText() async throws {
    let loop = try TestLoop(stage: nil)
    loop.performAndWait(.show(.impasse))
    loop.performAndWait(.stepImpasseSection(1))
    let server = try await loop.open()
    defer { Task { await server.stop() } }
    #expect(loop.snapshot.comfortRoundIsUp)
    let client = RawHTTP(port: server.port)
    let anna = loop.snapshot.workshop.participants[0]
    let token = try await claim(client, anna.id)
    let sent = try #require(
      await client.post(
        "/api/comfort", json: #"{"text":"<b>Tijd</b> om te oefenen"}"#, token: token))
    #expect(sent.status == 200)
    #expect(loop.snapshot.room.comfortQueue.map(\.text) == ["<b>Tijd</b> om te oefenen"])
    let escape = try #require(
      await client.post("/api/comfort", json: #"{"text":"rood\u001b[31m"}"#, token: token))
    #expect(escape.status == 422)
    let state = try #require(
      await client.get("/api/state", headers: ["Authorization": "Bearer " + token]))
    let comfort = try #require(state.json["comfort"] as? [String: Any])
    #expect((comfort["proposals"] as? [[String: Any]])?.count == 1)
    #expect(state.headers["content-type"]?.hasPrefix("application/json") == true)
  }
}
