import TafelCore
import Testing

@testable import TafelUI

/// Joining without a wall process: a facilitator who mirrors the laptop onto the projector never
/// runs `tafel wall`, so while the room is open and no wall is connected the facilitator's own
/// screen shows how to join, as the wall would: the join page (a code a camera reads as the
/// address), and with `Q` the screen back with the join line along its bottom.
@Suite struct JoinOnScreenTests {
  static let url = "http://192.168.1.20:8737/"
  static let code = "K7P2Q"

  static func state(walls: Int = 0) throws -> AppState {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .wallsConnected(walls))
    _ = reduce(&state, .toggleRoom)
    _ = reduce(&state, .room(.opened(url: url, code: code)))
    return state
  }

  static func screen(_ state: AppState, _ size: Size, theme: Theme.Kind = .dark) -> Grid {
    ScreenRenderer.render(state, size: size, context: UIFixtures.context(theme))
  }

  @Test(arguments: JoinPanelTests.sizes) func theJoinPageIsOnTheScreen(size: Size) throws {
    let state = try Self.state()
    for theme in [Theme.Kind.dark, .light] {
      let grid = Self.screen(state, size, theme: theme)
      #expect(try QRScanner.decode(grid) == [Self.url + Self.code])
      #expect(grid.text.contains("Zaalcode"), "\(size) \(theme)")
      #expect(grid.text.contains("http://192.168.1.20:8737"))
    }
    expectSnapshot(Self.screen(state, size), named: "join-screen-\(size.width)x\(size.height)")
  }

  @Test(arguments: JoinPanelTests.sizes) func withQTheScreenKeepsAJoinLine(size: Size) throws {
    var state = try Self.state()
    _ = reduce(&state, .toggleJoinOnWall)
    let grid = Self.screen(state, size)
    #expect(grid.text.contains("Doe mee: http://192.168.1.20:8737 · zaalcode K7P2Q"))
    #expect(try QRScanner.decode(grid) == [])
    // The work is back above the line: the Team view's list of people.
    #expect(grid.text.contains("Fatima"))
    expectSnapshot(grid, named: "join-line-\(size.width)x\(size.height)")
  }

  /// Choosing another screen moves on from the join page, on the wall and on this screen.
  @Test func choosingAScreenPutsItBack() throws {
    var state = try Self.state()
    _ = reduce(&state, .show(.dilemma))
    #expect(!state.wall.showsJoin)
    let grid = Self.screen(state, Size(width: 120, height: 36))
    #expect(grid.text.contains("Doe mee: http://192.168.1.20:8737 · zaalcode K7P2Q"))
    #expect(WallView.onWall(state, content: UIFixtures.content).page?.join?.fullWall == false)
    // The screen behind the join page, asked for by its key, comes back too.
    var onTeam = try Self.state()
    _ = reduce(&onTeam, .show(.team))
    #expect(Self.screen(onTeam, Size(width: 80, height: 24)).text.contains("Fatima"))
  }

  /// With a wall of its own the join is on that wall (and in the console's preview); the work
  /// stays on the facilitator's screen.
  @Test func withAWallTheWorkStays() throws {
    let state = try Self.state(walls: 1)
    let grid = Self.screen(state, Size(width: 160, height: 45))
    #expect(grid.text.contains("Fatima"))
    #expect(!grid.text.contains("Doe mee: http"))
  }

  @Test func aClosedRoomShowsNoJoin() throws {
    var state = try Self.state()
    _ = reduce(&state, .toggleRoom)
    let grid = Self.screen(state, Size(width: 120, height: 36))
    #expect(!grid.text.contains("Zaalcode") && !grid.text.contains("Doe mee"))
    #expect(try QRScanner.decode(grid) == [])
  }
}
