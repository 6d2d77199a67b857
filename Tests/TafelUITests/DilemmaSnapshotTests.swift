import Foundation
import TafelCore
import Testing

@testable import TafelUI

@Suite struct DilemmaSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 36)]

  /// Round one of the demo at `stage`, with four choices in and the timer at 4:12.
  static func state(at stage: RoundStage, projector: Bool) throws -> AppState {
    var state = try ReducerTests.demoState()
    state.wall.screen = .dilemma
    state.wall.projectorMode = projector
    state.clockSeconds = 10_000
    _ = reduce(&state, .stepRound(1))
    _ = reduce(&state, .timerStartPause)
    state.clockSeconds = 10_228
    if stage > .card {
      _ = reduce(&state, .stepRound(1))
      for option in [0, 2, 2, 1, 0, 0] { _ = reduce(&state, .choose(option)) }
    }
    if stage > .collecting { _ = reduce(&state, .stepRound(1)) }
    if stage > .reveal {
      _ = reduce(&state, .stepRound(1))
      _ = reduce(&state, .startEditRoundOutcome)
      _ = reduce(
        &state, .text(.insert("We leggen de verdeling vooraf vast en toetsen na een half jaar.")))
      _ = reduce(&state, .commit)
    }
    return state
  }

  @Test(arguments: RoundStage.allCases, [false, true])
  func stage(stage: RoundStage, projector: Bool) throws {
    for size in Self.sizes {
      let grid = ScreenRenderer.render(
        try Self.state(at: stage, projector: projector), size: size, context: UIFixtures.context())
      let name =
        "dilemma-\(stage.rawValue)\(projector ? "-projector" : "")-\(size.width)x\(size.height)"
      expectSnapshot(grid, named: name)
    }
  }

  @Test func choicesStayHiddenUntilTheReveal() throws {
    let collecting = ScreenRenderer.render(
      try Self.state(at: .collecting, projector: false), size: Size(width: 120, height: 36),
      context: UIFixtures.context())
    #expect(collecting.text.contains("6 van 14 binnen"))
    #expect(!collecting.text.contains("███"))
    let reveal = ScreenRenderer.render(
      try Self.state(at: .reveal, projector: false), size: Size(width: 120, height: 36),
      context: UIFixtures.context())
    #expect(reveal.text.contains("███"))
  }

  @Test func theDiscussionShowsTheOptionsWithTheirTexts() throws {
    let state = try Self.state(at: .discussion, projector: false)
    let card = try #require(state.currentCard)
    for size in Self.sizes {
      let text = ScreenRenderer.render(state, size: size, context: UIFixtures.context()).text
        .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
          separator: " ")
      for option in card.options {
        let start = option.nl.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(text.contains(start), "\(size.width)x\(size.height): \(start)")
      }
    }
  }

  @Test func projectorModeHasNoGreyText() throws {
    let normal = ScreenRenderer.render(
      try Self.state(at: .card, projector: false), size: Size(width: 120, height: 36),
      context: UIFixtures.context())
    let projected = ScreenRenderer.render(
      try Self.state(at: .card, projector: true), size: Size(width: 120, height: 36),
      context: UIFixtures.context())
    #expect(normal.cells.contains { $0.style.foreground == .grey })
    #expect(!projected.cells.contains { $0.style.foreground == .grey })
  }

  @Test func theLastMinuteIsAWarning() throws {
    var state = try Self.state(at: .card, projector: false)
    state.clockSeconds = 10_000 + 430
    let grid = ScreenRenderer.render(
      state, size: Size(width: 80, height: 24), context: UIFixtures.context())
    let y = try #require((0..<24).first { grid.rowText($0).contains("00:50") })
    let row = grid.rowText(y)
    let x = try #require(row.range(of: "00:50")).lowerBound.utf16Offset(in: row)
    #expect(grid[x, y].style.foreground == .drive(.red))
  }
}
