import TafelCore
import Testing

@testable import TafelUI

/// Joining on the wall: the projection carries the address and code only while the room is
/// open, the join page comes up when it opens and `C` puts the screen back, and the wall drawn
/// by `WallRenderer` holds a code a camera reads as the address, at every wall size.
@Suite struct JoinOnWallTests {
  static let url = "http://192.168.1.20:8737/"

  static func state(open: Bool) -> AppState {
    var state = WallFixtures.state(WallFixtures.workshop(stage: .collecting, choices: [:]))
    state.overlays = []
    state.wall.screen = .dilemma
    if open {
      _ = reduce(&state, .toggleRoom)
      _ = reduce(&state, .room(.opened(url: url, code: "K7P2Q")))
    }
    return state
  }

  static func wall(_ state: AppState) -> WallView {
    WallView.onWall(state, content: WallFixtures.content)
  }

  @Test func theWallCarriesTheJoinOnlyWhileTheRoomIsOpen() {
    var state = Self.state(open: false)
    #expect(Self.wall(state).page?.join == nil)
    _ = reduce(&state, .toggleJoinOnWall)
    #expect(state.notice == Message(.joinRoomClosed))
    state = Self.state(open: true)
    #expect(Self.wall(state).page?.join == JoinInfo(url: Self.url, code: "K7P2Q", fullWall: true))
    _ = reduce(&state, .toggleJoinOnWall)
    #expect(Self.wall(state).page?.join?.fullWall == false)
    _ = reduce(&state, .toggleRoom)
    #expect(Self.wall(state).page?.join == nil)
  }

  @Test func theKeyIsCapitalC() {
    let state = Self.state(open: true)
    #expect(KeyMap.action(for: .character("Q"), in: state) == .toggleJoinOnWall)
  }

  @Test(arguments: JoinPanelTests.sizes) func theWallsJoinPageReadsAsTheAddress(size: Size) throws {
    let state = Self.state(open: true)
    for theme in [Theme.Kind.dark, .light] {
      let grid = WallRenderer.render(
        Self.wall(state), size: size, context: UIFixtures.context(theme))
      #expect(try QRScanner.decode(grid) == [Self.url + "K7P2Q"], "\(size) \(theme)")
      #expect(grid.text.contains("Zaalcode"))
    }
  }

  /// With the screen back, a line along the bottom keeps the address and code in view, and
  /// the screen is drawn above it.
  @Test(arguments: JoinPanelTests.sizes) func theScreenKeepsAJoinLine(size: Size) throws {
    var state = Self.state(open: true)
    _ = reduce(&state, .toggleJoinOnWall)
    let grid = WallRenderer.render(Self.wall(state), size: size, context: UIFixtures.context())
    #expect(grid.text.contains("Doe mee: http://192.168.1.20:8737 · zaalcode K7P2Q"))
    #expect(try QRScanner.decode(grid) == [])
    let closed = WallRenderer.render(
      Self.wall(Self.state(open: false)), size: size, context: UIFixtures.context())
    #expect(!closed.text.contains("Doe mee"))
  }
}
