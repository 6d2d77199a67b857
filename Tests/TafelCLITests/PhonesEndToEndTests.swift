import Foundation
import TafelCore
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The room with the real binary: Tafel opened with `--room` in tmux, a phone played by HTTP
/// requests. What a phone answers shows on the facilitator's screen as a count, lands in the
/// saved workshop, and survives a kill -9 once acknowledged.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PhonesEndToEndTests {
  /// A port nobody listens on right now.
  static func freePort() -> UInt16 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        _ = bind(fd, pointer, length)
        return getsockname(fd, pointer, &length)
      }
    }
    return UInt16(bigEndian: address.sin_port)
  }

  struct Phone {
    let base: String
    var token: String?

    func call(_ method: String, _ path: String, _ body: String? = nil) async throws -> (
      Int, [String: Any]
    ) {
      var request = URLRequest(url: try #require(URL(string: base + path)))
      request.httpMethod = method
      request.timeoutInterval = 20
      if let body {
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
      }
      if let token { request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization") }
      let (data, response) = try await URLSession.shared.data(for: request)
      let status = (response as? HTTPURLResponse)?.statusCode ?? 0
      let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
      return (status, json)
    }
  }

  func choices(_ workspace: Workspace) throws -> [String: Int] {
    try WorkshopStore.load(from: workspace.path("w.json")).dilemmaRounds.last?.choices ?? [:]
  }

  @Test func aPhonesAnswerReachesTheScreenAndTheFileAndOutlivesAKill() async throws {
    try await withWorkspaceAsync { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let port = Self.freePort()
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "nl", "--room", "--listen", "127.0.0.1:\(port)"],
        in: workspace.url)
      let opened = try tmux.waitFor("Zaal open")
      let code = try #require(opened.firstMatch(of: /code ([A-Z0-9]{5})/)?.1)
      try tmux.send("4")
      try tmux.sendRaw(["NPage", "NPage"])
      try tmux.waitFor("Keuzes: 0 van 14 binnen")

      var phone = Phone(base: "http://127.0.0.1:\(port)")
      let (joined, room) = try await phone.call("POST", "/api/join", #"{"code":"\#(code)"}"#)
      #expect(joined == 200)
      let people = try #require(room["people"] as? [[String: Any]])
      let person = try #require(people.first?["id"] as? String)
      let (claimed, claim) = try await phone.call(
        "POST", "/api/claim", #"{"code":"\#(code)","person":"\#(person)"}"#)
      #expect(claimed == 200)
      phone.token = try #require(claim["token"] as? String)

      let (answered, answer) = try await phone.call(
        "POST", "/api/answer", #"{"round":1,"option":2}"#)
      #expect(answered == 200)
      #expect(answer["saved"] as? Bool == true)
      // Acknowledged means on disk: the file holds it before anything else happens.
      #expect(try choices(workspace) == [person: 2])
      try tmux.waitFor("Keuzes: 1 van 14 binnen")

      let (changed, _) = try await phone.call("POST", "/api/answer", #"{"round":1,"option":0}"#)
      #expect(changed == 200)
      #expect(try choices(workspace) == [person: 0])
      // Still one in: a changed answer replaces the first.
      try tmux.waitFor("Keuzes: 1 van 14 binnen")

      for pid in KillDuringAutosaveTests.children(of: try tmux.panePID()) { kill(pid, SIGKILL) }
      try tmux.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }
      #expect(try choices(workspace) == [person: 0])
      // The room went with Tafel: nothing answers there any more.
      await #expect(throws: (any Error).self) { _ = try await phone.call("GET", "/api/state") }
    }
  }

  /// Fourteen phones answer at once and Tafel is killed while they do, a few times over: every
  /// answer a phone heard "yes" to is in the file, as answered.
  @Test func noAcknowledgedAnswerIsLostToAKillDuringTheRound() async throws {
    var generator = SystemRandomNumberGenerator()
    for attempt in 0..<3 {
      try await withWorkspaceAsync { workspace in
        #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
        let port = Self.freePort()
        let tmux = try TmuxSession(
          ["open", "w.json", "--lang", "nl", "--room", "--listen", "127.0.0.1:\(port)"],
          in: workspace.url)
        let opened = try tmux.waitFor("Zaal open")
        let code = try #require(opened.firstMatch(of: /code ([A-Z0-9]{5})/)?.1)
        try tmux.send("4")
        try tmux.sendRaw(["NPage", "NPage"])
        try tmux.waitFor("Keuzes: 0 van 14 binnen")
        let lobby = Phone(base: "http://127.0.0.1:\(port)")
        let people = try #require(
          try await lobby.call("POST", "/api/join", #"{"code":"\#(code)"}"#).1["people"]
            as? [[String: Any]]
        ).compactMap { $0["id"] as? String }
        var phones: [(String, Phone)] = []
        for person in people {
          var phone = lobby
          let claim = try await phone.call(
            "POST", "/api/claim", #"{"code":"\#(code)","person":"\#(person)"}"#)
          phone.token = claim.1["token"] as? String
          phones.append((person, phone))
        }
        let delay = UInt64.random(in: 0...150, using: &generator)
        let pane = try tmux.panePID()
        let acknowledged = await withTaskGroup(of: (String, Int)?.self) { group in
          for (index, (person, phone)) in phones.enumerated() {
            group.addTask {
              let option = index % 4
              guard
                let (status, reply) = try? await phone.call(
                  "POST", "/api/answer", #"{"round":1,"option":\#(option)}"#),
                status == 200, reply["saved"] as? Bool == true
              else { return nil }
              return (person, option)
            }
          }
          group.addTask {
            try? await Task.sleep(for: .milliseconds(delay))
            for pid in KillDuringAutosaveTests.children(of: pane) {
              kill(pid, SIGKILL)
            }
            return nil
          }
          var acknowledged: [String: Int] = [:]
          for await result in group {
            if let (person, option) = result { acknowledged[person] = option }
          }
          return acknowledged
        }
        try tmux.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }
        let saved = try choices(workspace)
        for (person, option) in acknowledged {
          #expect(saved[person] == option, "attempt \(attempt), killed after \(delay) ms")
        }
        // Nothing but answers: whatever is saved was sent by that person's phone.
        for (person, option) in saved {
          #expect(option == (people.firstIndex(of: person) ?? -1) % 4)
        }
      }
    }
  }

  @Test func theRoomOpensAndClosesWithZAndListensOnlyWhileOpen() async throws {
    try await withWorkspaceAsync { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let port = Self.freePort()
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "nl", "--listen", "127.0.0.1:\(port)"], in: workspace.url)
      try tmux.waitFor("Deelnemers (14)")
      let phone = Phone(base: "http://127.0.0.1:\(port)")
      await #expect(throws: (any Error).self) { _ = try await phone.call("GET", "/") }
      try tmux.send("Z")
      try tmux.waitFor("Zaal open: http://127.0.0.1:\(port)/")
      let (status, _) = try await phone.call("GET", "/api/state")
      #expect(status == 401)
      // The server writes nothing to the terminal: no log line over the facilitator's screen.
      let screen = try tmux.screen()
      #expect(!screen.contains("starting server") && !screen.contains("FlyingFox"))
      #expect(!screen.contains("request:") && !screen.contains("connection"))
      try tmux.send("Z")
      try tmux.waitFor("Zaal gesloten")
      try await Task.sleep(for: .milliseconds(500))
      await #expect(throws: (any Error).self) { _ = try await phone.call("GET", "/") }
    }
  }
}

/// `withWorkspace` for async tests.
func withWorkspaceAsync<T>(_ body: (Workspace) async throws -> T) async throws -> T {
  let workspace = try Workspace()
  defer { workspace.remove() }
  return try await body(workspace)
}
