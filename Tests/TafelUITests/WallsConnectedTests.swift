import TafelCore
import Testing

@testable import TafelUI

/// The wall server's count reaches the state without touching anything the facilitator did.
@Suite struct WallsConnectedTests {
  @Test func theCountChangesAndNothingElse() throws {
    var state = try UIFixtures.demo()
    state.wall.blanked = true
    state.notice = Message(.uiSavedAs, ["path": "/tmp/x.json"])
    let before = state
    #expect(reduce(&state, .wallsConnected(2)).isEmpty)
    #expect(state.wallsConnected == 2)
    state.wallsConnected = before.wallsConnected
    #expect(state == before)
  }
}
