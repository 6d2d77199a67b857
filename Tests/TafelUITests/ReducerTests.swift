import TafelCore
import Testing

@testable import TafelUI

@Suite struct ReducerTests {
  static func demoState() throws -> AppState {
    AppState(
      workshop: try DemoWorkshop.load(), language: .nl, savedAt: "14:32",
      impasseContent: UIFixtures.content.impasse, dilemmaDeck: UIFixtures.content.dilemmas)
  }

  func run(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
  }

  @Test func theFirstVisiblePersonIsSelectedAtStart() throws {
    let state = try Self.demoState()
    #expect(state.selectedParticipantID == state.visibleParticipants.first?.id)
    #expect(state.saveStatus == .saved(at: "14:32"))
  }

  @Test func selectionMovesAndStopsAtTheEnds() throws {
    var state = try Self.demoState()
    _ = run(&state, [.moveSelection(-1)])
    #expect(state.selectedParticipantID == state.visibleParticipants[0].id)
    _ = run(&state, [.moveSelection(2)])
    #expect(state.selectedParticipantID == state.visibleParticipants[2].id)
    _ = run(&state, [.moveSelection(100)])
    #expect(state.selectedParticipantID == state.visibleParticipants.last?.id)
  }

  @Test func tabAndNumberKeysSwitchScreens() throws {
    var state = try Self.demoState()
    _ = run(&state, [.nextScreen])
    #expect(state.wall.screen == .group)
    _ = run(&state, [.nextScreen, .nextScreen, .nextScreen])
    #expect(state.wall.screen == .sessions)
    _ = run(&state, [.nextScreen])
    #expect(state.wall.screen == .team)
    _ = run(&state, [.previousScreen])
    #expect(state.wall.screen == .sessions)
    _ = run(&state, [.show(.team)])
    #expect(state.wall.screen == .team)
  }

  @Test func filteringByOrganisationShowsOnlyItsPeopleAndKeepsASelection() throws {
    var state = try Self.demoState()
    _ = run(&state, [.stepOrganisationFilter(1)])
    let first = state.workshop.organisations[0].id
    #expect(state.organisationFilter == first)
    #expect(state.visibleParticipants.allSatisfy { $0.organisationID == first })
    #expect(state.selectedParticipant?.organisationID == first)
    _ = run(&state, [.stepOrganisationFilter(-1)])
    #expect(state.organisationFilter == nil)
  }

  @Test func scoreEditChangesLiveAndSavesEachStep() throws {
    var state = try Self.demoState()
    let id = try #require(state.selectedParticipantID)
    let before = try #require(state.selectedParticipant?.scores)
    #expect(run(&state, [.startScoreEdit]).isEmpty)
    let effects = run(&state, [.stepEditedColour(3), .adjustScore(10)])
    #expect(state.selectedParticipant?.scores.blue == before.blue + 10)
    #expect(effects == [.save(state.workshop)])
    #expect(state.saveStatus == .saving)
    _ = run(&state, [.commit])
    #expect(state.mode == .browsing)
    #expect(state.workshop.participants.first { $0.id == id }?.scores.blue == before.blue + 10)
  }

  @Test func typedDigitsReplaceTheValueAndCapAtOneHundred() throws {
    var state = try Self.demoState()
    _ = run(&state, [.startScoreEdit, .typeDigit(4), .typeDigit(2)])
    #expect(state.selectedParticipant?.scores.yellow == 42)
    _ = run(&state, [.typeDigit(7)])
    #expect(state.selectedParticipant?.scores.yellow == 7)
    // Moving to another colour and back starts a fresh number.
    _ = run(
      &state,
      [.stepEditedColour(1), .stepEditedColour(-1), .typeDigit(1), .typeDigit(0), .typeDigit(0)])
    #expect(state.selectedParticipant?.scores.yellow == 100)
    _ = run(&state, [.adjustScore(10)])
    #expect(state.selectedParticipant?.scores.yellow == 100)
  }

  @Test func escPutsTheScoresBackAndSavesThat() throws {
    var state = try Self.demoState()
    let original = state.workshop
    _ = run(&state, [.startScoreEdit, .adjustScore(-10), .stepEditedColour(1), .adjustScore(5)])
    #expect(state.workshop != original)
    let effects = run(&state, [.cancel])
    #expect(state.workshop.withoutJournal == original.withoutJournal)
    #expect(effects == [.save(state.workshop)])
    // Put back whole, the edit leaves no line in the history.
    #expect(state.workshop.journal.allSatisfy { $0.kind == .start })
    #expect(state.undoStack.isEmpty)
  }

  @Test func aWholeScoreEditIsOneUndoStepAndRedoBringsItBack() throws {
    var state = try Self.demoState()
    let original = state.workshop
    _ = run(&state, [.startScoreEdit, .adjustScore(1), .adjustScore(1), .adjustScore(1), .commit])
    let edited = state.workshop
    #expect(run(&state, [.undo]) == [.save(state.workshop)])
    #expect(state.workshop.withoutJournal == original.withoutJournal)
    #expect(run(&state, [.redo]) == [.save(state.workshop)])
    #expect(state.workshop.withoutJournal == edited.withoutJournal)
    #expect(state.workshop.journal.compactMap(\.kind) == [.start, .undo, .redo])
    #expect(run(&state, [.redo]).isEmpty)
  }

  @Test func addingAPersonTakesTheirNameThenOpensTheirForm() throws {
    var state = try Self.demoState()
    let organisation = try #require(state.selectedParticipant?.organisationID)
    _ = run(
      &state,
      [.startAddParticipant, .text(.insert("Ünal")), .text(.moveHome), .text(.insert("Elif "))])
    guard case .enteringText(let entry) = state.mode else {
      Issue.record("expected a text field, got \(state.mode)")
      return
    }
    #expect(entry.field.value == "Elif Ünal")
    let effects = run(&state, [.commit])
    let added = try #require(state.workshop.participants.last)
    #expect(added.name == "Elif Ünal")
    #expect(added.id == "elif-unal-2")
    #expect(added.organisationID == organisation)
    #expect(effects == [.save(state.workshop)])
    #expect(state.selectedParticipantID == added.id)
    guard case .editingPerson(let form) = state.mode else {
      Issue.record("expected the person form, got \(state.mode)")
      return
    }
    #expect(form.participantID == added.id)
    #expect(form.field == .role)
    _ = run(&state, [.cancel, .undo])
    #expect(!state.workshop.participants.contains { $0.id == added.id })
  }

  @Test func anEmptyNameKeepsTheFieldOpen() throws {
    var state = try Self.demoState()
    _ = run(&state, [.startAddParticipant, .text(.insert("  ")), .commit])
    guard case .enteringText = state.mode else {
      Issue.record("the field closed on an empty name")
      return
    }
  }

  @Test func renamingKeepsTheID() throws {
    var state = try Self.demoState()
    let id = try #require(state.selectedParticipantID)
    _ = run(
      &state, [.startRenameParticipant, .text(.deleteBackward), .text(.insert("ë")), .commit])
    let renamed = try #require(state.workshop.participants.first { $0.id == id })
    #expect(renamed.name.hasSuffix("ë"))
  }

  @Test func removingAsksFirstAndSelectsTheNextPerson() throws {
    var state = try Self.demoState()
    let first = state.visibleParticipants[0].id
    let second = state.visibleParticipants[1].id
    #expect(run(&state, [.requestRemoveParticipant]).isEmpty)
    #expect(state.mode == .confirmingRemoval(.participant(id: first)))
    _ = run(&state, [.cancel])
    #expect(state.workshop.participants.contains { $0.id == first })
    _ = run(&state, [.requestRemoveParticipant, .commit])
    #expect(!state.workshop.participants.contains { $0.id == first })
    #expect(state.selectedParticipantID == second)
    _ = run(&state, [.undo])
    #expect(state.workshop.participants.contains { $0.id == first })
  }

  @Test func removingAnOrganisationTakesItsDelegationAndUndoBringsBothBack() throws {
    var state = try Self.demoState()
    let organisation = try #require(state.selectedParticipant?.organisationID)
    let original = state.workshop
    _ = reduce(&state, .requestRemoveOrganisation)
    #expect(state.mode == .confirmingRemoval(.organisation(id: organisation)))
    _ = reduce(&state, .commit)
    #expect(state.workshop.organisation(withID: organisation) == nil)
    #expect(state.workshop.participants(of: organisation).isEmpty)
    #expect(state.workshop.validate().isEmpty)
    #expect(state.selectedParticipant != nil)
    _ = reduce(&state, .undo)
    #expect(state.workshop.withoutJournal == original.withoutJournal)
  }

  @Test func addingAnOrganisationAsksForItsFirstPerson() throws {
    var state = try Self.demoState()
    _ = run(&state, [.startAddOrganisation, .text(.insert("Stichting Ébène")), .commit])
    let organisation = try #require(state.workshop.organisations.last)
    #expect(organisation.id == "stichting-ebene")
    #expect(
      state.mode
        == .enteringText(TextEntry(purpose: .newParticipantName(organisationID: organisation.id))))
  }

  @Test func readOnlyRefusesEveryChange() throws {
    var state = AppState(workshop: try DemoWorkshop.load(), language: .nl, readOnly: true)
    let original = state.workshop
    let effects = run(
      &state,
      [
        .startScoreEdit, .adjustScore(5), .startAddParticipant, .requestRemoveParticipant, .commit,
        .undo,
      ])
    #expect(effects.isEmpty)
    #expect(state.workshop == original)
    #expect(state.saveStatus == .readOnly)
  }

  @Test func aFailedSaveIsShownAndLosesNothing() throws {
    var state = try Self.demoState()
    _ = run(&state, [.startScoreEdit, .adjustScore(3), .commit])
    let edited = state.workshop
    _ = run(&state, [.saveFinished(.failed(message: "schijf vol"))])
    #expect(state.saveStatus == .failed(message: "schijf vol"))
    #expect(state.workshop == edited)
  }

  @Test func quitIsAnEffect() throws {
    var state = try Self.demoState()
    #expect(run(&state, [.quit]) == [.quit])
  }

  @Test func quittingAfterAFailedSaveAsksFirstAndNoGoesBack() throws {
    var state = try Self.demoState()
    _ = run(&state, [.startScoreEdit, .adjustScore(3), .commit])
    _ = run(&state, [.saveFinished(.failed(message: "No space left on device"))])
    #expect(run(&state, [.quit]).isEmpty)
    #expect(state.mode == .confirmingQuit)
    let screen = ScreenRenderer.render(
      state, size: Size(width: 160, height: 30), context: UIFixtures.context()
    ).text
    #expect(screen.contains("Toch stoppen? j = stop, met reservekopie · n = terug"))
    #expect(screen.contains("NIET opgeslagen: No space left on device"))
    #expect(screen.contains(" j ja ") && !screen.contains(" y ja "), "a Dutch yes is j")
    state.language = .en
    let english = ScreenRenderer.render(
      state, size: Size(width: 160, height: 30), context: UIFixtures.context()
    ).text
    #expect(english.contains(" y yes "))
    state.language = .nl
    #expect(run(&state, [.cancel]).isEmpty)
    #expect(state.mode == .browsing)
    _ = run(&state, [.quit])
    #expect(run(&state, [.commit]) == [.quit])
  }

  @Test func theQuitQuestionIsAnsweredBeforeAnOverlayUnderIt() throws {
    var state = try Self.demoState()
    _ = run(
      &state, [.saveFinished(.failed(message: "schijf vol")), .show(.dilemma), .toggleHistory])
    #expect(state.overlays == [.roundHistory])
    _ = run(&state, [.quit])
    #expect(state.mode == .confirmingQuit)
    _ = run(&state, [.cancel])
    #expect(state.mode == .browsing)
    _ = run(&state, [.quit])
    #expect(run(&state, [.commit]) == [.quit])
  }

  @Test func aFailedSaveAsLeavesTheStatusOfTheFileInUse() throws {
    var state = try Self.demoState()
    _ = run(&state, [.savedAs(path: "/nergens/x.json", status: .failed(message: "No such file"))])
    #expect(state.saveStatus == .saved(at: "14:32"))
    #expect(state.notice?.key == .uiSaveAsFailed)
    #expect(run(&state, [.quit]) == [.quit])
  }
}

@Suite struct ExportActionTests {
  @Test func exportAsksForAPathAndHandsItToTheShellAnonymousInPrivacyMode() throws {
    var state = try ReducerTests.demoState()
    state.wall.privacyMode = true
    _ = reduce(&state, .startExport)
    _ = reduce(&state, .text(.insert("~/verslag.html")))
    let effects = reduce(&state, .commit)
    #expect(
      effects == [
        .export(
          path: "~/verslag.html", workshop: state.workshop, anonymous: true,
          audience: .participants)
      ])
    _ = reduce(&state, .exported(Message(.exportWritten, ["file": "/root/verslag.html"])))
    let screen = ScreenRenderer.render(
      state, size: Size(width: 80, height: 24), context: UIFixtures.context()
    ).text
    #expect(screen.contains("Verslag geschreven naar /root/verslag.html."))
  }

  /// The walls' socket is opened after the first frame; its refusal gives way to what the
  /// facilitator is already told (a read-only window's reason) and is no key for a blank wall.
  @Test func aRemarkFromTheShellGivesWayToANoticeAndLeavesABlankWallBlank() throws {
    var state = try ReducerTests.demoState()
    let told = Message(.exportWritten, ["file": "/root/verslag.html"])
    let refused = Message(.linkAlreadyServed)
    _ = reduce(&state, .exported(told))
    _ = reduce(&state, .remark(refused))
    #expect(state.notice == told)
    state.notice = nil
    state.wall.blanked = true
    _ = reduce(&state, .remark(refused))
    #expect(state.notice == refused)
    #expect(state.wall.blanked)
  }
}

@Suite struct OverwriteQuestionTests {
  func ask(_ purpose: AppState.Overwrite.Purpose, _ state: inout AppState) {
    _ = reduce(
      &state,
      .askOverwrite(
        .init(
          path: "zuid.json", purpose: purpose,
          existing: Message(
            .uiExistingWorkshop, ["title": "Alliantie Zuid", "count": "12", "changed": "14:02"]))))
  }

  @Test func aTakenNameIsAskedAboutAndOnlyYesReplacesIt() throws {
    var state = try ReducerTests.demoState()
    ask(.saveAs, &state)
    let screen = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context()
    ).text
    #expect(
      screen.contains(
        "Vervangen? In zuid.json staat een andere workshop: Alliantie Zuid, 12 mensen, gewijzigd 14:02"
      ))
    #expect(KeyMap.action(for: .character("j"), in: state) == .commit)
    #expect(
      reduce(&state, .commit) == [
        .saveAs(path: "zuid.json", workshop: state.workshop, overwrite: true)
      ])
    #expect(state.mode == .browsing)

    ask(.export(anonymous: true), &state)
    #expect(
      reduce(&state, .commit) == [
        .export(path: "zuid.json", workshop: state.workshop, anonymous: true, overwrite: true)
      ])
  }

  @Test func noLeavesTheFileAndSaysSo() throws {
    var state = try ReducerTests.demoState()
    ask(.saveAs, &state)
    #expect(KeyMap.action(for: .character("n"), in: state) == .cancel)
    #expect(reduce(&state, .cancel).isEmpty)
    #expect(state.mode == .browsing)
    #expect(state.notice == Message(.uiOverwriteDeclined, ["path": "zuid.json"]))
  }
}

@Suite struct PrivacyScoreEditTests {
  /// In privacy mode the profile is hidden: an editor opened by habit (Enter on a name) would
  /// change scores nobody can see, and autosave would keep them.
  @Test func scoresAreNotEditedBlindInPrivacyMode() throws {
    var state = try ReducerTests.demoState()
    state.wall.privacyMode = true
    let before = state.workshop
    var effects = reduce(&state, .startScoreEdit)
    #expect(state.notice?.key == .uiPrivacyNoScoreEdit)
    let screen = ScreenRenderer.render(
      state, size: Size(width: 80, height: 24), context: UIFixtures.context()
    ).text
    #expect(screen.contains("privacymodus"))
    effects += reduce(&state, .adjustScore(10))
    effects += reduce(&state, .typeDigit(7))
    #expect(state.mode == .browsing)
    #expect(state.workshop == before)
    #expect(effects.isEmpty)
  }
}
