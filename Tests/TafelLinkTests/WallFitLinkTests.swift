import Foundation
import TafelCore
import TafelUI
import Testing

@testable import TafelLink

/// Each wall says its size; the snapshots hold what the largest of them can show, so a key
/// sends a page of a thousand people, not all of them, and nothing more private than before.
@Suite struct WallFitLinkTests {
  /// A thousand people in ten delegations; every surname is `Achternaam<n>`.
  static func large(privacy: Bool) -> AppState {
    let organisations = (0..<10).map {
      Organisation(id: "o\($0)", name: "Organisatie \($0)", shortName: "O\($0)", kind: .welfare)
    }
    var workshop = Workshop(
      title: "Groot", dates: ["2026-12-02"], phase: .content, organisations: organisations)
    workshop.participants = (0..<1000).map { index in
      Participant(
        id: "p\(index)", name: "Voornaam\(index) Achternaam\(index)",
        organisationID: "o\(index % 10)", role: "bestuurder",
        scores: DriveScores(
          yellow: index % 40, green: 20, orange: 30, blue: 30, red: 25, purple: 10),
        note: WallFixtures.marker + "-note")
    }
    var state = WallFixtures.state(workshop)
    state.wall.screen = .team
    state.wall.privacyMode = privacy
    return state
  }

  @Test func theFitIsTheLargestSizeTheWallsSaid() throws {
    let temporary = TemporaryFolder()
    let counts = CountRecorder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: counts.report)
    defer { server.stop() }
    #expect(server.fit == WallServer.defaultFit)
    let small = try #require(RawWall(server.path))
    small.say(#"{"fit":{"height":24,"width":80}}"# + "\n")
    waitUntil("the first size") { server.fit == WallFit(width: 80, height: 24) }
    let wide = try #require(RawWall(server.path))
    wide.say(#"{"fit":{"height":20,"width":160}}"# + "\n")
    waitUntil("both sizes") { server.fit == WallFit(width: 160, height: 24) }
    // A resize is said again.
    small.say(#"{"fit":{"height":45,"width":100}}"# + "\n")
    waitUntil("the resize") { server.fit == WallFit(width: 160, height: 45) }
    _ = wide
    // The loop is told (with the count) each time, so it projects again.
    waitUntil("told of every change") { counts.all.filter { $0 == 2 }.count >= 2 }
  }

  @Test func aWallThatNeverSaysItsSizeGetsEveryListWhole() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let telling = try #require(RawWall(server.path))
    telling.say(#"{"fit":{"height":24,"width":80}}"# + "\n")
    waitUntil("the size") { server.fit == WallFit(width: 80, height: 24) }
    do {
      let silent = try #require(RawWall(server.path))
      waitUntil("the silent wall counted as an older one") { server.fit == nil }
      _ = silent
    }
    // Gone, the silent wall no longer counts.
    waitUntil("the told size again") { server.fit == WallFit(width: 80, height: 24) }
    _ = telling
  }

  @Test func aLineThatIsNotASizeIsSkippedAndCountedAndTheWallStays() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    wall.say("hallo\n" + #"{"fit":{"height":"hoog"}}"# + "\n" + #"{"grootte":3}"# + "\n")
    waitUntil("three unknown lines") { server.unknownLines == 3 }
    server.publish(Views.page("nog steeds"))
    #expect(wall.text() == Views.json(Views.page("nog steeds")))
  }

  @Test func aLineLongerThanAnySizeEndsThatWallOnly() throws {
    let temporary = TemporaryFolder()
    let counts = CountRecorder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: counts.report)
    defer { server.stop() }
    let rude = try #require(RawWall(server.path))
    let calm = try #require(RawWall(server.path))
    waitUntil("two walls") { counts.last == 2 }
    rude.say(String(repeating: "x", count: 4096))
    waitUntil("one wall") { counts.last == 1 }
    server.publish(Views.page("verder"))
    #expect(calm.text() == helloText)
    #expect(calm.text() == Views.json(Views.page("verder")))
  }

  /// The publisher and the server together, as the loop drives them: the wall says 120x36 and
  /// a key on a thousand people sends a page; in privacy mode nothing private is in it.
  @Test func aThousandPeopleCrossAsTheWallsPageAndNothingPrivate() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let publisher = WallPublisher(server: server, content: WallFixtures.content)
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    wall.say(#"{"fit":{"height":36,"width":120}}"# + "\n")
    waitUntil("the size") { server.fit == WallFit(width: 120, height: 36) }
    for privacy in [false, true] {
      var state = Self.large(privacy: privacy)
      publisher.observe(state)
      _ = reduce(&state, .moveSelection(1))
      publisher.observe(state)
      var last = ""
      while let line = wall.text(seconds: 0.5) { last = line }
      #expect(last.utf8.count < 15_000, "privacy \(privacy): \(last.utf8.count) bytes")
      #expect(last.contains("\"unsent\""))
      #expect(!last.contains(WallFixtures.marker))
      if privacy {
        #expect(!last.contains("Achternaam"))
        #expect(!last.contains("\"scores\""))
      }
    }
  }

  @Test func nothingPrivateCrossesForAnySettingWhenTheWallSaidASmallSize() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let publisher = WallPublisher(server: server, content: WallFixtures.content)
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    wall.say(#"{"fit":{"height":12,"width":40}}"# + "\n")
    waitUntil("the size") { server.fit == WallFit(width: 40, height: 12) }
    for setting in WallFixtures.allSettings() {
      publisher.observe(setting.state)
      var bytes = ""
      while let line = wall.text(seconds: 0.2) { bytes += line }
      #expect(!bytes.contains(WallFixtures.marker), "\(setting): \(bytes)")
      guard setting.state.wall.privacyMode else { continue }
      for surname in WallFixtures.surnames {
        #expect(bytes.range(of: surname, options: .caseInsensitive) == nil, "\(setting)")
      }
      #expect(!bytes.contains("\"scores\""), "\(setting)")
    }
  }

  @Test func theWallsClientSaysItsSizeAndEachResize() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let client = WallClient(.socket(server.path))
    client.tell(WallFit(width: 80, height: 24))
    client.start()
    defer { client.stop() }
    waitUntil("the size") { server.fit == WallFit(width: 80, height: 24) }
    client.tell(WallFit(width: 132, height: 40))
    waitUntil("the resize") { server.fit == WallFit(width: 132, height: 40) }
    #expect(server.unknownLines == 0)
  }

  @Test func anUnreadablePictureIsSaidUntilAReadableOneFollows() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    let listener = UnixSocket.make()
    #expect(UnixSocket.listen(listener, at: path) == 0)
    defer { close(listener) }
    let client = WallClient(.socket(path))
    client.start()
    defer { client.stop() }
    var accepted: Int32 = -1
    waitUntil("a connection") {
      accepted = accept(listener, nil, nil)
      return accepted >= 0
    }
    defer { close(accepted) }
    func send(_ bytes: [UInt8]) {
      _ = bytes.withUnsafeBytes { write(accepted, $0.baseAddress, $0.count) }
    }
    send(WallFrame.hello + (WallFrame.line(for: Views.page("eerste")) ?? []))
    waitUntil("the first picture") { client.status.view == Views.page("eerste") }
    send(Array("{kapot\n".utf8))
    waitUntil("the unreadable one said") {
      client.status.unreadable == Message(.wallUnreadable, ["line": "2", "bytes": "6"])
    }
    #expect(client.status.view == Views.page("eerste"))
    send(WallFrame.line(for: Views.page("derde")) ?? [])
    waitUntil("the next picture, and the line gone") {
      let status = client.status
      return status.view == Views.page("derde") && status.unreadable == nil
    }
    let said = try Content.embedded().strings.text(
      Message(.wallUnreadable, ["line": "2", "bytes": "6"]), in: .nl)
    #expect(said.contains("Beeld 2 van Tafel was onleesbaar"))
  }
}
