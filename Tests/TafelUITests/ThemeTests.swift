import TafelCore
import Testing

@testable import TafelUI

/// A projector washes grey out on white: the light theme and projector mode draw no grey at all,
/// on any screen, in any stage of a round.
@Suite struct ThemeTests {
  static func states() throws -> [AppState] {
    var states: [AppState] = []
    for screen in Screen.allCases {
      var state = try UIFixtures.demo()
      state.wall.screen = screen
      states.append(state)
    }
    for stage in RoundStage.allCases {
      states.append(try DilemmaSnapshotTests.state(at: stage, projector: false))
    }
    var help = try UIFixtures.demo()
    _ = reduce(&help, .toggleHelp)
    states.append(help)
    return states
  }

  @Test(arguments: [false, true])
  func theLightThemeHasNoGrey(projector: Bool) throws {
    for var state in try Self.states() {
      state.wall.projectorMode = projector
      let grid = ScreenRenderer.render(
        state, size: Size(width: 120, height: 36), context: UIFixtures.context(.light))
      let grey = grid.cells.filter { $0.style.foreground == .grey && $0.character != " " }
      #expect(grey.isEmpty, "\(state.wall.screen): \(String(grey.prefix(40).map(\.character)))")
    }
  }

  @Test func projectorModeHasNoGreyOnTheDarkThemeEither() throws {
    for var state in try Self.states() {
      state.wall.projectorMode = true
      let grid = ScreenRenderer.render(
        state, size: Size(width: 120, height: 36), context: UIFixtures.context(.dark))
      let grey = grid.cells.filter { $0.style.foreground == .grey && $0.character != " " }
      #expect(grey.isEmpty, "\(state.wall.screen): \(String(grey.prefix(40).map(\.character)))")
    }
  }

  /// Option texts were grey 242 in the light theme; they are black like the rest of the text.
  @Test func optionTextsAreBlackInTheLightTheme() throws {
    let state = try DilemmaSnapshotTests.state(at: .card, projector: false)
    let grid = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context(.light))
    let option = try #require(state.currentCard?.options.first?[.nl])
    let y = try #require((0..<36).first { grid.rowText($0).contains(option.prefix(20)) })
    let row = grid.rowText(y)
    let x = try #require(row.range(of: option.prefix(20))).lowerBound.utf16Offset(in: row)
    #expect(grid[x, y].style.foreground == .black)
  }
}
