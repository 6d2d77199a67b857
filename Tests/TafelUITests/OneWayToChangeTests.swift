import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The workshop changes one way: a `WorkshopChange` applied by the document, which refuses a
/// read-only window, records undo and asks for the save, each in that one place.
@Suite struct OneWayToChangeTests {
  func run(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
  }

  /// Changing a workshop anywhere else would skip undo, read-only or the save: keep it out.
  @Test func nothingOutsideTheChangeFunctionAndTheDocumentChangesAWorkshop() throws {
    let sources = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources")
    let files = try #require(FileManager.default.subpaths(atPath: sources.path))
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 50)
    // (Swift's `\b` misses "state.workshop[0]", hence the explicit character before.)
    let assignment = try Regex(#"(^|[^\w])workshop(\.\w+|\[[\w .+\-]*\])*\s*(=|\+=|-=)[^=]"#)
    let mutation = try Regex(
      #"(^|[^\w])workshop(\.\w+)*\.(append|insert|remove\w*|sort|reverse|swapAt)\s*[({]"#)
    for file in files {
      if file.hasPrefix("TafelCore/Change/") || file == "TafelUI/State/Document.swift" { continue }
      // Loading builds a workshop from its file; no workshop in use changes there.
      if file.hasPrefix("TafelCore/Store/") { continue }
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code = line.trimmingCharacters(in: .whitespaces)
        // Comments, a new value and an initialiser keeping its argument change no workshop.
        if code.hasPrefix("//") || code.hasPrefix("let ") || code.hasPrefix("var ")
          || code == "self.workshop = workshop"
        {
          continue
        }
        let place = "\(file):\(number + 1): \(code)"
        #expect(!code.contains(assignment), "\(place)")
        #expect(!code.contains(mutation), "\(place)")
        if !file.hasPrefix("TafelCore/Import/") {
          #expect(!code.contains("importParticipants("), "\(place)")
        }
      }
    }
  }

  /// Each script is one edit as the facilitator makes it, from its first key to its last.
  static let edits: [(name: String, actions: [Action])] = [
    (
      "score with arrows and digits",
      [.startScoreEdit, .adjustScore(1), .adjustScore(10), .typeDigit(7), .commit]
    ),
    ("rename", [.startRenameParticipant, .text(.insert("x")), .commit]),
    (
      "person form",
      [.startEditPerson, .text(.insert("x")), .stepFormField(1), .stepFormValue(1), .commit]
    ),
    (
      "new person and form",
      [.startAddParticipant, .text(.insert("Nieuw")), .commit, .text(.insert("rol")), .commit]
    ),
    ("new organisation", [.startAddOrganisation, .text(.insert("Org")), .commit, .cancel]),
    ("rename organisation", [.startRenameOrganisation, .text(.insert("x")), .commit]),
    ("remove person", [.requestRemoveParticipant, .commit]),
    ("remove organisation", [.requestRemoveOrganisation, .commit]),
    ("tick", [.show(.impasse), .activateImpasseRow]),
    ("note", [.show(.impasse), .startEditImpasseText, .text(.insert("n")), .commit]),
    (
      "need",
      [
        .show(.impasse), .stepImpasseSection(1), .activateImpasseRow, .text(.insert("Tijd")),
        .commit,
      ]
    ),
    ("topic status", [.show(.impasse), .stepImpasseSection(2), .cycleStatus]),
    ("phase", [.show(.impasse), .stepImpasseSection(4), .activateImpasseRow]),
    ("choice", [.show(.dilemma), .stepRound(1), .stepRound(1), .choose(0)]),
    ("hands", [.show(.dilemma), .stepRound(1), .stepRound(1), .toggleCountingHands, .choose(1)]),
    (
      "round notes",
      [.show(.dilemma), .stepRound(1), .startEditRoundNotes, .text(.insert("n")), .commit]
    ),
    (
      "another card",
      [.show(.dilemma), .stepRound(1), .openCardPicker, .moveDilemmaCursor(2), .commit]
    ),
  ]

  @Test func everyEditIsOneUndoStepAndUndoTakesBackExactlyIt() throws {
    for (name, actions) in Self.edits {
      var state = try ReducerTests.demoState()
      let before = state.workshop
      let effects = run(&state, actions)
      #expect(state.workshop != before, "\(name)")
      #expect(state.undoStack.count == 1, "\(name)")
      #expect(effects.contains(.save(state.workshop)), "\(name)")
      _ = reduce(&state, .cancel)  // the view may hold an overlay; undo is asked from the list
      _ = run(&state, [.undo])
      // Where the game is (a card drawn, a stage) stays; the edit goes.
      #expect(state.workshop == before.keepingGameProgress(of: state.workshop), "\(name)")
      #expect(state.undone != nil, "\(name)")
    }
  }

  @Test func theGameMovingOnIsSavedButIsNoUndoStep() throws {
    var state = try ReducerTests.demoState()
    state.clockSeconds = 1_000
    let effects = run(&state, [.show(.dilemma), .stepRound(1), .stepRound(1), .timerStartPause])
    #expect(state.currentRound?.timer.isRunning == true)
    #expect(effects.filter { if case .save = $0 { true } else { false } }.count == 3)
    #expect(state.undoStack.isEmpty)
  }

  @Test func aReadOnlyWindowRefusesEveryKindOfChange() throws {
    let demo = try ReducerTests.demoState().workshop
    let person = demo.participants[0].id
    let organisation = demo.organisations[0].id
    let other = demo.organisations[1].id
    let newcomer = Participant(
      id: "nieuw", name: "Nieuw", organisationID: organisation, role: "", scores: .init(all: 5))
    let base = demo.applying([
      .addNeed(need: ComfortNeed(id: "tijd", organisationID: organisation, text: "Tijd")),
      .addTopic(topic: FormalisationTopic(id: "eigen", title: "Eigen")),
      .startRound(card: "the-deadline", options: 2, timerSeconds: 60),
    ])
    let changes: [WorkshopChange] = [
      .addParticipant(participant: newcomer), .renameParticipant(participant: person, name: "X"),
      .setRole(participant: person, role: "x"),
      .moveParticipant(participant: person, organisation: other),
      .removeParticipant(participant: person),
      .setScore(participant: person, colour: .red, value: 99),
      .setScores(participant: person, scores: .init(all: 1)),
      .setRejection(participant: person, colour: .red, value: 99),
      .clearRejection(participant: "kees-brouwer"),
      .addOrganisation(
        organisation: Organisation(id: "o", name: "O", shortName: "O", kind: .other)),
      .renameOrganisation(organisation: organisation, name: "X"),
      .setOrganisationKind(organisation: organisation, kind: .shelter),
      .removeOrganisation(organisation: organisation),
      .setTick(key: "signals/talks-stiffen", tickedAt: "t"),
      .setChecklistNote(key: "signals/talks-stiffen", note: "n"),
      .addNeed(need: ComfortNeed(id: "geld", organisationID: organisation, text: "Geld")),
      .setNeedText(need: "tijd", text: "x"), .setNeedTopic(need: "tijd", topic: "exit"),
      .setNeedAskedOf(need: "tijd", organisations: [other]),
      .setNeedStatus(need: "tijd", status: .agreed), .removeNeed(need: "tijd"),
      .addTopic(topic: FormalisationTopic(id: "data", title: "Data")),
      .setTopicStatus(topic: "exit", status: .parked),
      .setTopicAgreement(topic: "exit", agreement: "a"), .removeTopic(topic: "eigen"),
      .setIntakeNote(organisation: organisation, field: .willingness, text: "w"),
      .setPhase(phase: .intake), .setPhaseNotes(phase: .intake, notes: "n"),
      .startRound(card: "the-lead-party", options: 3, timerSeconds: 60),
      .replaceCard(card: "the-lead-party", options: 3, timerSeconds: 60),
      .setChoice(round: 1, participant: person, option: 1),
      .setHandCounts(round: 1, counts: [1, 0]), .setRoundNotes(round: 1, notes: "n"),
      .setRoundOutcome(round: 1, outcome: "o"), .setRoundStage(round: 1, stage: .reveal),
      .setRoundTimer(round: 1, timer: RoundTimer(durationSeconds: 5)),
      .importSheet(organisations: [], participants: [newcomer]),
    ]
    let kinds = Set(changes.map { Mirror(reflecting: $0).children.first?.label ?? "\($0)" })
    #expect(kinds.count == 37)
    var document = Document(workshop: base, readOnly: true)
    for change in changes {
      #expect(base.applying(change) != base, "\(change) would change the workshop")
      for undo in [Document.Undo.step, .grouped, .none] {
        let applied = document.apply(change, undo: undo)
        #expect(!applied, "\(change)")
      }
    }
    document.endStep()
    #expect(document.workshop == base)
    #expect(document.undoStack.isEmpty && document.openStep == nil)
    let saveDue = document.takeSaveDue()
    let undone = document.undo()
    let redone = document.redo()
    #expect(!saveDue && undone == nil && redone == nil)
  }

  @Test func noEditScriptChangesAReadOnlyWindowOrAsksForASave() throws {
    let demo = try ReducerTests.demoState()
    for (name, actions) in Self.edits {
      var state = AppState(
        workshop: demo.workshop, language: .nl, readOnly: true,
        impasseContent: demo.impasseContent, dilemmaDeck: demo.dilemmaDeck)
      let effects = run(&state, actions + [.undo, .redo])
      #expect(state.workshop == demo.workshop, "\(name)")
      #expect(!effects.contains { if case .save = $0 { true } else { false } }, "\(name)")
      #expect(state.saveStatus == .readOnly, "\(name)")
      #expect(state.mode == .browsing && state.overlays.isEmpty, "\(name): no editor opened")
    }
  }
}
