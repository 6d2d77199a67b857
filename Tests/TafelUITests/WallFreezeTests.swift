import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// Freezing, sending and blanking a wall of its own (`tafel wall`): what `WallView.onWall` gives
/// the wall while the facilitator's screen goes on.
@Suite struct WallFreezeTests {
  static let content = UIFixtures.content

  /// The demo with one wall connected, on the Group screen.
  static func withWall() throws -> AppState {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .wallsConnected(1))
    _ = reduce(&state, .show(.group))
    return state
  }

  static func screen(_ state: AppState) -> WallScreen? {
    WallView.onWall(state, content: content).page?.screen
  }

  static func isGroup(_ screen: WallScreen?) -> Bool {
    if case .group = screen { return true }
    return false
  }

  static func isTeam(_ screen: WallScreen?) -> Bool {
    if case .team = screen { return true }
    return false
  }

  /// Keys as the facilitator presses them, through the key map.
  static func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys {
      if let action = KeyMap.action(for: key, in: state) { _ = reduce(&state, action) }
    }
  }

  @Test func aFrozenWallKeepsItsPictureWhileTheFacilitatorMovesOn() throws {
    var state = try Self.withWall()
    Self.press([.character("F")], &state)
    #expect(state.wall.isFrozen)
    Self.press([.character("1"), .down, .down], &state)
    #expect(state.wall.screen == .team)
    #expect(Self.isGroup(Self.screen(state)))
    Self.press([.character("F")], &state)
    #expect(!state.wall.isFrozen)
    #expect(Self.isTeam(Self.screen(state)))
  }

  @Test func sendingShowsTheCurrentViewAndTheWallStaysFrozen() throws {
    var state = try Self.withWall()
    Self.press([.character("F"), .character("1")], &state)
    #expect(Self.isGroup(Self.screen(state)))
    Self.press([.character("W")], &state)
    #expect(state.wall.isFrozen)
    #expect(Self.isTeam(Self.screen(state)))
    // The sent picture is kept: moving on changes the facilitator's screen only.
    Self.press([.character("3")], &state)
    #expect(Self.isTeam(Self.screen(state)))
  }

  @Test func sendingToALiveWallChangesNothing() throws {
    var state = try Self.withWall()
    let before = state
    Self.press([.character("W")], &state)
    #expect(state == before)
  }

  @Test func aFrozenTimerStandsStill() throws {
    var state = try Self.withWall()
    state.clockSeconds = 1_000
    _ = reduce(&state, .show(.dilemma))
    _ = reduce(&state, .stepRound(1))
    _ = reduce(&state, .timerStartPause)
    _ = reduce(&state, .toggleFreeze)
    _ = reduce(&state, .tick(Moment(timestamp: "", seconds: 1_030, clock: "10:00")))
    guard case .dilemma(.round(let round)) = Self.screen(state) else {
      Issue.record("no round on the wall")
      return
    }
    let full = state.workshop.dilemmaRounds.last?.timer.durationSeconds ?? 0
    #expect(round.timer.remainingSeconds == Int(full))
  }

  /// Privacy is what the wall may show at all: switched on, it reaches a frozen wall at once.
  @Test func privacySwitchedOnReachesAFrozenWall() throws {
    var state = try Self.withWall()
    Self.press([.character("1"), .character("F")], &state)
    let before = String(
      decoding: try WallView.onWall(state, content: Self.content).jsonData(), as: UTF8.self)
    #expect(before.contains("Hoëvenaars"))
    Self.press([.character("I")], &state)
    let json = String(
      decoding: try WallView.onWall(state, content: Self.content).jsonData(), as: UTF8.self)
    for person in state.workshop.participants where person.name.contains(" ") {
      #expect(!json.contains(person.name), "\(person.name) on a frozen wall in privacy mode")
    }
    #expect(!json.contains("\"scores\""))
  }

  @Test func blankWinsOverFrozenAndTheConsoleWorksOn() throws {
    var state = try Self.withWall()
    Self.press([.character("F"), .character("b")], &state)
    #expect(WallView.onWall(state, content: Self.content).isBlank)
    // With a wall of its own, the next key is not swallowed to bring the wall back.
    Self.press([.character("1")], &state)
    #expect(state.wall.screen == .team)
    #expect(WallView.onWall(state, content: Self.content).isBlank)
    let grid = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context())
    #expect(grid.text.contains("Deelnemers"))
    Self.press([.character("b")], &state)
    #expect(Self.isGroup(Self.screen(state)))
  }

  /// Without a wall nothing changes: `F` and `W` do nothing, `b` blanks this screen until any
  /// key, which does nothing else.
  @Test func withoutAWallTheKeysAreAsBefore() throws {
    var state = try UIFixtures.demo()
    #expect(KeyMap.action(for: .character("F"), in: state) == nil)
    #expect(KeyMap.action(for: .character("W"), in: state) == nil)
    Self.press([.character("b"), .character("2")], &state)
    #expect(!state.wall.blanked)
    #expect(state.wall.screen == .team)
  }

  /// A wall that connects or goes is not a key: a notice stays, a blank screen stays blank.
  @Test func aWallComingOrGoingIsNotAKey() throws {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .toggleBlank)
    state.notice = Message(.uiNothingToUndo)
    _ = reduce(&state, .wallsConnected(2))
    #expect(state.wallsConnected == 2)
    #expect(state.wall.blanked)
    #expect(state.notice == Message(.uiNothingToUndo))
  }

  /// While choices are collected `b` is option B; the wall is blanked with `.` then.
  @Test func whileCollectingBChoosesAndTheDotBlanks() throws {
    var state = try Self.withWall()
    _ = reduce(&state, .show(.dilemma))
    _ = reduce(&state, .stepRound(1))
    _ = reduce(&state, .stepRound(1))
    #expect(KeyMap.action(for: .character("b"), in: state) == .choose(1))
    #expect(KeyMap.action(for: .character("."), in: state) == .toggleBlank)
  }
}
