import TafelCore
import Testing

@testable import TafelUI

@Suite struct DilemmaReducerTests {
  func state() throws -> AppState {
    var state = try ReducerTests.demoState()
    state.wall.screen = .dilemma
    state.clockSeconds = 1_000
    return state
  }

  func run(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
  }

  @Test func pageDownAloneDrawsACardAndStepsThroughARoundIntoTheNext() throws {
    var state = try state()
    #expect(state.currentRound == nil)
    _ = run(&state, [.stepRound(1)])
    let first = try #require(state.currentRound)
    #expect(first.cardID == state.dilemmaDeck.cards[0].id)
    #expect(first.stage == .card)
    #expect(first.timer.durationSeconds == state.dilemmaDeck.deck.roundMinutes * 60)
    _ = run(&state, [.stepRound(1)])
    #expect(state.currentRound?.stage == .collecting)
    _ = run(&state, [.stepRound(1)])
    #expect(state.currentRound?.stage == .reveal)
    _ = run(&state, [.stepRound(1)])
    #expect(state.currentRound?.stage == .discussion)
    _ = run(&state, [.stepRound(1)])
    #expect(state.workshop.dilemmaRounds.count == 2)
    #expect(state.currentRound?.cardID == state.dilemmaDeck.cards[1].id)
    #expect(state.currentRound?.stage == .card)
    _ = run(&state, [.stepRound(-1)])
    #expect(state.currentRound?.stage == .card)
  }

  @Test func choicesPerPersonAreRecordedAndTheSelectionMovesOn() throws {
    var state = try state()
    _ = run(&state, [.stepRound(1), .stepRound(1)])
    let people = state.workshop.participants
    _ = run(&state, [.choose(0), .choose(2), .choose(2), .moveDilemmaCursor(-1), .clearChoice])
    let round = try #require(state.currentRound)
    #expect(round.choices == [people[0].id: 0, people[1].id: 2])
    #expect(round.tally(optionCount: 4) == [1, 0, 1, 0])
    #expect(KeyMap.action(for: .character("b"), in: state) == .choose(1))
  }

  @Test func countingHandsAddsToTheTally() throws {
    var state = try state()
    _ = run(
      &state,
      [
        .stepRound(1), .stepRound(1), .choose(1), .toggleCountingHands, .choose(1), .choose(1),
        .choose(3),
      ])
    #expect(state.currentRound?.tally(optionCount: 4) == [0, 3, 0, 1])
    #expect(state.currentRound?.handCounts == [0, 2, 0, 1])
  }

  @Test func choicesCanOnlyBeMadeWhileCollecting() throws {
    var state = try state()
    _ = run(&state, [.stepRound(1), .choose(0)])
    #expect(state.currentRound?.choices.isEmpty == true)
    #expect(KeyMap.action(for: .character("b"), in: state) == .toggleBlank)
  }

  @Test func theTimerRunsPausesAndResetsOnTheInjectedClock() throws {
    var state = try state()
    _ = run(&state, [.stepRound(1), .timerStartPause])
    state.clockSeconds = 1_090
    #expect(state.currentRound?.timer.remaining(at: state.clockSeconds) == 390)
    _ = run(&state, [.timerStartPause])
    state.clockSeconds = 5_000
    #expect(state.currentRound?.timer.remaining(at: state.clockSeconds) == 390)
    #expect(state.currentRound?.timer.isRunning == false)
    _ = run(&state, [.timerStartPause])
    state.clockSeconds = 5_450
    #expect(state.currentRound?.timer.remaining(at: state.clockSeconds) == -60)
    #expect(TimerText.format(-60) == "-01:00")
    _ = run(&state, [.timerReset])
    #expect(state.currentRound?.timer.remaining(at: state.clockSeconds) == 480)
  }

  @Test func notesAndOutcomeAreKeptWithTheRound() throws {
    var state = try state()
    _ = run(
      &state,
      [.stepRound(1), .startEditRoundNotes, .text(.insert("Geel wil eerst verkennen")), .commit])
    _ = run(
      &state,
      [.startEditRoundOutcome, .text(.insert("We kiezen B en toetsen over drie maanden")), .commit])
    #expect(state.currentRound?.notes == "Geel wil eerst verkennen")
    #expect(state.currentRound?.outcome == "We kiezen B en toetsen over drie maanden")
  }

  @Test func aChosenCardReplacesAnUntouchedOneAndIsUndoable() throws {
    var state = try state()
    _ = run(&state, [.stepRound(1), .openCardPicker, .moveDilemmaCursor(4), .commit])
    #expect(state.workshop.dilemmaRounds.count == 1)
    #expect(state.currentRound?.cardID == state.dilemmaDeck.cards[5].id)
    #expect(state.overlays.isEmpty)
    _ = run(&state, [.undo])
    #expect(state.currentRound?.cardID == state.dilemmaDeck.cards[0].id)
  }

  @Test func aCardSwappedBeforeAnyoneChoseIsNotPlayed() throws {
    var state = try state()
    // Drawn, opened for choices, but swapped before anyone chose: it was never played.
    _ = run(&state, [.stepRound(1), .stepRound(1), .openCardPicker])
    let picker = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context())
    let firstTitle = state.dilemmaDeck.cards[0].title.nl
    let row = try #require((0..<36).map(picker.rowText).first { $0.contains(firstTitle) })
    #expect(!row.contains("✓"))
    _ = run(&state, [.moveDilemmaCursor(4), .commit])
    #expect(state.workshop.dilemmaRounds.map(\.cardID) == [state.dilemmaDeck.cards[5].id])
    _ = run(&state, [.openCardPicker])
    #expect(state.topOverlay == .cardPicker(cursor: 0))
  }

  @Test func aPlayedCardStaysWhenAnotherIsChosen() throws {
    var state = try state()
    _ = run(
      &state,
      [.stepRound(1), .stepRound(1), .choose(1), .openCardPicker, .moveDilemmaCursor(4), .commit])
    #expect(state.workshop.dilemmaRounds.count == 2)
  }

  @Test func theGameResumesFromTheSavedWorkshop() throws {
    var state = try state()
    _ = run(&state, [.stepRound(1), .stepRound(1), .choose(2)])
    var restarted = AppState(
      workshop: state.workshop, language: .nl, impasseContent: UIFixtures.content.impasse,
      dilemmaDeck: UIFixtures.content.dilemmas)
    restarted.wall.screen = .dilemma
    #expect(restarted.currentRound?.stage == .collecting)
    #expect(restarted.currentRound?.choices.count == 1)
  }

  @Test func rolePlayCardsStepRoundAndCloseWithEscape() throws {
    var state = try state()
    _ = run(&state, [.toggleRolePlays, .stepRolePlay(-1)])
    #expect(state.wall.rolePlay == state.dilemmaDeck.rolePlays.count - 1)
    let card = state.dilemmaDeck.rolePlays[state.wall.rolePlay ?? 0]
    let screen = ScreenRenderer.render(
      state, size: Size(width: 80, height: 24), context: UIFixtures.context()
    ).text
    #expect(screen.contains(card.title.nl))
    #expect(screen.contains("Speel dit vanuit"))
    _ = run(&state, [KeyMap.action(for: .escape, in: state) ?? .quit])
    #expect(state.wall.rolePlay == nil)
  }

  @Test func blankScreenComesBackWithAnyKey() throws {
    var state = try state()
    _ = run(&state, [.toggleBlank])
    #expect(state.wall.blanked)
    #expect(
      ScreenRenderer.render(state, size: Size(width: 80, height: 24), context: UIFixtures.context())
        .text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    let action = try #require(KeyMap.action(for: .pageDown, in: state))
    _ = run(&state, [action])
    #expect(!state.wall.blanked)
    #expect(state.currentRound == nil)
  }

  @Test func privacyModeShowsFirstNamesAndNoIndividualScores() throws {
    var state = try state()
    state.wall.screen = .team
    _ = run(&state, [.togglePrivacyMode])
    let screen = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context()
    ).text
    #expect(screen.contains("Anouk "))
    #expect(!screen.contains("Hoëvenaars"))
    #expect(!screen.contains("geel-paars"))
    #expect(!screen.contains("███"))
    #expect(screen.contains("PRIVACY"))
  }
}
