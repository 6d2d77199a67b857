import Foundation
import TafelCore
import TafelUI
import Testing

@testable import TafelLink

/// The loop's observer sends a picture when the wall's picture changed, and only then.
@Suite struct WallPublisherTests {
  static func moment(_ seconds: Double) -> Moment {
    Moment(timestamp: "2026-12-02T10:00:00+01:00", seconds: seconds, clock: "10:00")
  }

  @Test func aTickOrAWallCountSendsNothingAChangeOnTheWallSendsOnce() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let publisher = WallPublisher(server: server, content: WallFixtures.content)
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    var state = WallFixtures.state(WallFixtures.workshop(stage: nil))
    state.wall.screen = .team
    publisher.observe(state)
    #expect(wall.text() == Views.json(WallView.onWall(state, content: WallFixtures.content)))
    _ = reduce(&state, .tick(Self.moment(2000)))
    publisher.observe(state)
    _ = reduce(&state, .wallsConnected(3))
    publisher.observe(state)
    #expect(wall.text(seconds: 0.3) == nil)
    _ = reduce(&state, .toggleBlank)
    publisher.observe(state)
    #expect(wall.text() == #"{"blank":true}"#)
  }

  @Test func aRunningTimerOnTheWallIsSentAsItCountsDown() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let publisher = WallPublisher(server: server, content: WallFixtures.content)
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    // The fixture's round timer runs since second 900.
    var state = WallFixtures.state(WallFixtures.workshop(stage: .card))
    state.wall.screen = .dilemma
    _ = reduce(&state, .tick(Self.moment(1000)))
    publisher.observe(state)
    let first = try #require(wall.text())
    _ = reduce(&state, .tick(Self.moment(1000.25)))
    publisher.observe(state)
    // The same whole second left: nothing new.
    #expect(wall.text(seconds: 0.3) == nil)
    _ = reduce(&state, .tick(Self.moment(1001.5)))
    publisher.observe(state)
    let second = try #require(wall.text())
    #expect(first != second)
    #expect(second.contains("\"remainingSeconds\""))
  }
}
