import TafelCore
import Testing

@testable import TafelUI

/// The first frame rendered ahead, while ncurses sets itself up: painted as it is when nothing
/// happened before the loop's first paint, rendered afresh otherwise. The frames ahead here are
/// drawn in ASCII and the loop's own in Unicode, so the screen tells which one was painted.
@Suite struct PreparedFrameTests {
  private static let moment = Moment(timestamp: "2026-12-03T09:12:00", seconds: 0, clock: "09:12")
  private static let size = Size(width: 120, height: 36)

  private func run(
    ahead: PreparedFrame?, terminalSize: Size = size, posting: InboxEvent? = nil,
    performing: Action? = nil,
    clock: (@Sendable () -> Moment)? = { Moment(timestamp: "", seconds: 60, clock: "09:13") }
  ) throws -> (loop: AppLoop, first: Grid) {
    let terminal = FakeTerminal(size: terminalSize, events: [], until: { _ in true })
    let loop = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal,
      context: { UIFixtures.context(unicode: true) }, save: { _ in .saved(at: "09:12") },
      clock: clock)
    loop.preparedFirstFrame = ahead
    if let posting { loop.inbox.post(posting) }
    if let performing { loop.perform(performing) }
    #expect(loop.run() == .inputEnded)
    return (loop, try #require(terminal.frames.first))
  }

  private func ahead(size: Size = size) throws -> PreparedFrame {
    PreparedFrame(
      state: try UIFixtures.demo(), moment: Self.moment, size: size,
      context: UIFixtures.context(unicode: false))
  }

  @Test func aFrameRenderedAheadIsPaintedFirstAndTheClockIsItsMoment() throws {
    let ahead = try ahead()
    let (loop, first) = try run(ahead: ahead)
    #expect(first == ahead.grid)
    #expect(first.text.contains("09:12"))
    #expect(!first.text.contains("┌"))
    #expect(loop.state.clock == "09:12")
  }

  @Test func aFrameAheadForAnotherSizeIsRenderedAfresh() throws {
    let (loop, first) = try run(ahead: try ahead(size: Size(width: 100, height: 30)))
    #expect(first.size == Self.size)
    #expect(first.text.contains("┌"))
    #expect(loop.state.clock == "09:12")
  }

  @Test func somethingBeforeTheFirstPaintMakesItRenderedAfresh() throws {
    let (loop, first) = try run(ahead: try ahead(), posting: .action(.nextScreen))
    #expect(first.text.contains("┌"))
    #expect(loop.state.wall.screen != .team)
  }

  @Test func aChangeBeforeTheLoopRunsMakesItRenderedAfresh() throws {
    let (loop, first) = try run(ahead: try ahead(), performing: .nextScreen)
    #expect(first.text.contains("┌"))
    #expect(loop.state.wall.screen != .team)
  }

  @Test func withoutAClockTheFrameAheadIsNotUsed() throws {
    let (_, first) = try run(ahead: try ahead(), clock: nil)
    #expect(first.text.contains("┌"))
  }
}
