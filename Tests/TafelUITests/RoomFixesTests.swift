import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// What a facilitator tripped over in a whole session (issue 12): the key bar, undo, removing
/// and the report's audience, in the reducer and on the screen.
@Suite struct RoomFixesTests {
  func run(_ state: inout AppState, _ actions: [Action]) {
    for action in actions { _ = reduce(&state, action) }
  }

  func screen(_ state: AppState, width: Int = 80, height: Int = 24) -> String {
    ScreenRenderer.render(
      state, size: Size(width: width, height: height), context: UIFixtures.context()
    ).text
  }

  func bar(_ state: AppState, width: Int = 200) -> String {
    ScreenRenderer.render(
      state, size: Size(width: width, height: 24), context: UIFixtures.context()
    ).rowText(23)
  }

  /// One state per place the bar can be in: every screen, every dilemma stage and overlay,
  /// every impasse view, editing, typing, confirming, read-only.
  func everyPlace() throws -> [(String, AppState)] {
    var places: [(String, AppState)] = []
    let demo = try UIFixtures.demo()
    for screen in Screen.allCases {
      var state = demo
      state.wall.screen = screen
      places.append(("\(screen)", state))
      var readOnly = AppState(
        workshop: demo.workshop, language: .nl, readOnly: true,
        impasseContent: UIFixtures.content.impasse, dilemmaDeck: UIFixtures.content.dilemmas)
      readOnly.wall.screen = screen
      places.append(("\(screen) read-only", readOnly))
    }
    var dilemma = demo
    dilemma.wall.screen = .dilemma
    for stage in RoundStage.allCases {
      run(&dilemma, [.stepRound(1)])
      places.append(("dilemma \(stage)", dilemma))
      if stage == .collecting { run(&dilemma, [.choose(0)]) }
    }
    for overlay: Action in [.openCardPicker, .toggleHistory, .toggleRolePlays] {
      var state = dilemma
      run(&state, [overlay])
      places.append(("dilemma \(overlay)", state))
    }
    var impasse = demo
    impasse.wall.screen = .impasse
    for section in 0..<6 {
      places.append(("impasse \(section)", impasse))
      for view: Action in [.toggleComfortProjection, .toggleComfortOverview, .toggleLegalForms] {
        var state = impasse
        run(&state, [view])
        places.append(("impasse \(section) \(view)", state))
      }
      run(&impasse, [.stepImpasseSection(1)])
    }
    let modes: [(String, [Action])] = [
      ("scores", [.startScoreEdit]), ("text", [.startRenameParticipant]),
      ("export", [.startExport]), ("removal", [.requestRemoveParticipant]),
      ("help", [.toggleHelp]),
    ]
    for (name, actions) in modes {
      var state = demo
      run(&state, actions)
      places.append((name, state))
    }
    var quitting = demo
    quitting.saveStatus = .failed(message: "disk full")
    run(&quitting, [.quit])
    places.append(("quit", quitting))
    return places
  }

  @Test func everyKeyInTheBarDoesWhatItsLabelSaysThere() throws {
    for (place, state) in try everyPlace() {
      for language in Language.allCases {
        var state = state
        state.language = language
        for binding in KeyMap.barBindings(for: state) {
          let key = try #require(KeyBarKey.shown(of: binding, in: language))
          #expect(
            KeyMap.action(for: key, in: state) == binding.action,
            "\(place), \(language): \(key) is labelled \(binding.label)")
        }
      }
    }
  }

  @Test func theDilemmaBarNamesNotesAndOutcomeNotTheOrganisationFilter() throws {
    var state = try UIFixtures.demo()
    state.wall.screen = .dilemma
    run(&state, [.stepRound(1), .stepRound(1), .stepRound(1), .stepRound(1)])
    let bar = bar(state)
    #expect(bar.contains("o uitkomst"))
    #expect(bar.contains("e notities"))
    #expect(!bar.contains("organisatie"))
  }

  @Test func aReadOnlyWindowShowsNoKeyThatCannotAct() throws {
    for (place, state) in try everyPlace() where state.isReadOnly {
      for binding in KeyMap.barBindings(for: state) {
        #expect(!binding.action.edits, "\(place): \(binding.label)")
      }
      #expect(!bar(state).contains("scores"), "\(place)")
    }
  }

  @Test func undoLeavesTheTimerAloneAndSaysWhatItPutBack() throws {
    var state = try UIFixtures.demo()
    let sandra = try #require(state.selectedParticipant)
    run(&state, [.startScoreEdit, .stepEditedColour(4), .adjustScore(5), .commit])
    state.wall.screen = .dilemma
    state.clockSeconds = 1_000
    run(&state, [.stepRound(1), .stepRound(1), .stepRound(1), .stepRound(1), .timerStartPause])
    state.clockSeconds = 1_100
    run(&state, [.timerStartPause])
    let paused = try #require(state.currentRound?.timer)
    #expect(!paused.isRunning)
    // u after a pause and stage steps: the score edit is what goes back, not the timer.
    run(&state, [.undo])
    #expect(state.currentRound?.timer == paused)
    #expect(state.currentRound?.stage == .discussion)
    #expect(state.workshop.participants.first { $0.id == sandra.id }?.scores == sandra.scores)
    let red = UIFixtures.content.colour(.red).name.nl
    let change = "score \(red) van \(sandra.name) \(sandra.scores.red) → \(sandra.scores.red + 5)"
    #expect(screen(state, width: 120, height: 36).contains("Teruggezet: " + change))
    run(&state, [.undo])
    #expect(screen(state).contains("Niets om terug te zetten"))
    run(&state, [.redo])
    #expect(screen(state, width: 120, height: 36).contains("Opnieuw gedaan: " + change))
  }

  /// The screen may be on the wall: in privacy mode undo names whose score, not the figures.
  @Test func inPrivacyModeUndoSaysNoFigures() throws {
    var state = try UIFixtures.demo()
    let sandra = try #require(state.selectedParticipant)
    run(&state, [.startScoreEdit, .stepEditedColour(4), .adjustScore(5), .commit])
    run(&state, [.togglePrivacyMode, .undo])
    let red = UIFixtures.content.colour(.red).name.nl
    let line = screen(state, width: 120, height: 36).split(separator: "\n")
      .first { $0.contains("Teruggezet") }
    let firstName = sandra.name.split(separator: " ").first.map(String.init) ?? ""
    #expect(line?.contains("Teruggezet: score \(red) van \(firstName)") == true)
    #expect(line?.contains(sandra.name) == false)
    #expect(line?.contains("\(sandra.scores.red)") == false)
  }

  @Test func onlyAnExplicitYesRemovesAndThePromptSaysWhoGoes() throws {
    var state = try UIFixtures.demo()
    let person = try #require(state.selectedParticipant)
    let organisation = try #require(state.workshop.organisation(withID: person.organisationID))
    run(&state, [.requestRemoveParticipant])
    let prompt = screen(state)
    #expect(prompt.contains(person.name + " (" + organisation.name + ")"))
    for key: Key in [.character("j"), .enter, .down, .character(" ")] {
      if let action = KeyMap.action(for: key, in: state) { run(&state, [action]) }
      #expect(state.workshop.participants.contains { $0.id == person.id }, "\(key)")
    }
    #expect(state.mode == .confirmingRemoval(.participant(id: person.id)))
    run(&state, [try #require(KeyMap.action(for: .character("y"), in: state))])
    #expect(!state.workshop.participants.contains { $0.id == person.id })
  }

  @Test func removingAnOrganisationNamesItsWholeDelegation() throws {
    var state = try UIFixtures.demo()
    let organisationID = try #require(state.selectedParticipant?.organisationID)
    run(&state, [.requestRemoveOrganisation])
    let text = screen(state, width: 120, height: 36)
      .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    for person in state.workshop.participants(of: organisationID) {
      #expect(text.contains(person.name), "\(person.name)")
    }
  }

  @Test func theExportAsksForWhomAndStartsWithTheParticipants() throws {
    var state = try UIFixtures.demo()
    run(&state, [.startExport])
    #expect(screen(state).contains("Exporteren naar (voor de deelnemers"))
    run(&state, [try #require(KeyMap.action(for: .tab, in: state))])
    #expect(screen(state).contains("VERTROUWELIJK"))
    run(&state, [.text(.insert("v.md"))])
    let effects = reduce(&state, .commit)
    #expect(
      effects == [
        .export(path: "v.md", workshop: state.workshop, anonymous: false, audience: .facilitator)
      ])
    run(&state, [.startExport])
    #expect(state.exportAudience == .participants)
  }

  @Test func twoPeopleWithTheSameFirstColourReadDifferentlyInTheirProfile() throws {
    var state = try UIFixtures.demo()
    state.arrange {
      $0.participants[0].scores = DriveScores(
        yellow: 80, green: 70, orange: 20, blue: 30, red: 20, purple: 30)
      $0.participants[1].scores = DriveScores(
        yellow: 80, green: 20, orange: 20, blue: 70, red: 20, purple: 30)
    }
    var texts: [String] = []
    for person in state.workshop.participants.prefix(2) {
      state.selectedParticipantID = person.id
      texts.append(
        screen(state, width: 120, height: 36).split(separator: "\n")
          .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │|")) }
          .joined(separator: " "))
    }
    #expect(texts[0].contains("geel brengt"))
    #expect(texts[0].contains("groen brengt"))
    #expect(texts[1].contains("blauw brengt"))
    #expect(texts[1].contains("rol: Bestuurder"))
    #expect(!texts[0].contains("blauw brengt"))
  }
}
