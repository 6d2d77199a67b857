import TafelCore
import Testing

@testable import TafelUI

@Suite struct ImpasseReducerTests {
  func state() throws -> AppState {
    var state = try ReducerTests.demoState()
    state.wall.screen = .impasse
    state.now = "2026-11-25T14:32:00+01:00"
    return state
  }

  func run(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
  }

  @Test func tickingASignalRecordsWhenAndIsUndoable() throws {
    var state = try state()
    let effects = run(&state, [.activateImpasseRow])
    let key = ChecklistMark.key(list: "signals", item: "talks-stiffen")
    #expect(state.workshop.checklistMarks[key]?.tickedAt == "2026-11-25T14:32:00+01:00")
    #expect(effects == [.save(state.workshop)])
    _ = run(&state, [.activateImpasseRow])
    #expect(state.workshop.checklistMarks[key] == nil)
    _ = run(&state, [.undo])
    #expect(state.workshop.checklistMarks[key]?.isTicked == true)
  }

  @Test func aNoteStaysWhenTheTickGoes() throws {
    var state = try state()
    _ = run(
      &state,
      [.activateImpasseRow, .startEditImpasseText, .text(.insert("bij de BV-vraag")), .commit])
    _ = run(&state, [.activateImpasseRow])
    let mark = state.workshop.checklistMarks[
      ChecklistMark.key(list: "signals", item: "talks-stiffen")]
    #expect(mark == ChecklistMark(tickedAt: nil, note: "bij de BV-vraag"))
  }

  @Test func theComfortRoundTakesNeedsPerOrganisationWithStatusTopicAndWhoItIsAskedOf() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(1)])
    #expect(state.wall.impasseSection == .comfort)
    #expect(state.selectedImpasseRow == .organisation(id: "gemeente-noordhaven"))
    _ = run(
      &state, [.activateImpasseRow, .text(.insert("Zekerheid over het budget 2027")), .commit])
    let need = try #require(state.workshop.comfortNeeds.first)
    #expect(need.organisationID == "gemeente-noordhaven")
    #expect(need.status == .open)
    #expect(state.selectedImpasseRow == .need(id: need.id))
    _ = run(
      &state,
      [.cycleStatus, .cycleStatus, .chooseNeedTopic, .text(.insert("middelen")), .commit])
    #expect(state.need(need.id)?.status == .agreed)
    #expect(state.need(need.id)?.topicID == "resources")
    _ = run(
      &state,
      [
        .startChooseAskedOf, .moveImpasseCursor(2), .activateImpasseRow, .moveImpasseCursor(-2),
        .activateImpasseRow, .commit,
      ])
    #expect(state.need(need.id)?.askedOf == ["woonstichting-havenzicht", "ggz-kustland"])
    #expect(state.mode == .browsing)
    _ = run(&state, [.requestRemoveImpasseItem, .commit])
    #expect(state.workshop.comfortNeeds.isEmpty)
    _ = run(&state, [.undo])
    #expect(state.workshop.comfortNeeds.count == 1)
  }

  @Test func aNeedsTopicIsChosenFromAListThatNarrowsAsOneTypes() throws {
    var state = try state()
    _ = run(
      &state, [.stepImpasseSection(1), .activateImpasseRow, .text(.insert("Budget")), .commit])
    let need = try #require(state.workshop.comfortNeeds.first)
    _ = run(&state, [.chooseNeedTopic])
    guard case .picking(let picker) = state.mode else {
      Issue.record("expected the topic list, got \(state.mode)")
      return
    }
    // Every topic is on screen, with "no topic" first: nothing is chosen blind.
    #expect(picker.matches.count == state.allTopics.count + 1)
    #expect(picker.matches.first?.id == nil)
    // Accents and case do not matter; liability is one word away, not five presses.
    _ = run(&state, [.text(.insert("AANSPRAKELIJK"))])
    guard case .picking(let narrowed) = state.mode else { return }
    #expect(narrowed.matches.map(\.id) == ["liability"])
    _ = run(&state, [.text(.insert("xyz")), .commit])
    guard case .picking = state.mode else {
      Issue.record("a search that finds nothing must not choose anything")
      return
    }
    #expect(state.need(need.id)?.topicID == nil)
    _ = run(&state, [.text(.deleteBackward), .text(.deleteBackward), .text(.deleteBackward)])
    let effects = run(&state, [.commit])
    #expect(state.need(need.id)?.topicID == "liability")
    #expect(state.mode == .browsing)
    #expect(effects == [.save(state.workshop)])
    _ = run(&state, [.undo])
    #expect(state.need(need.id)?.topicID == nil)
    // Esc leaves the topic as it was.
    _ = run(&state, [.chooseNeedTopic, .movePicker(2), .cancel])
    #expect(state.need(need.id)?.topicID == nil)
    #expect(state.mode == .browsing)
  }

  @Test func aNewNeedGoesToTheOrganisationChosenFromTheList() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(1), .startAddImpasseItem])
    guard case .picking(let picker) = state.mode else {
      Issue.record("expected the organisation list, got \(state.mode)")
      return
    }
    // The list starts at the organisation the cursor is on, but shows them all.
    #expect(picker.chosen?.id == "gemeente-noordhaven")
    #expect(picker.matches.count == state.workshop.organisations.count)
    _ = run(&state, [.text(.insert("kust")), .movePicker(1), .commit])
    #expect(
      state.mode
        == .enteringText(TextEntry(purpose: .newNeed(organisationID: "zorgverzekeraar-noordkust"))))
    _ = run(&state, [.text(.insert("Geld terug bij uittreden")), .commit])
    #expect(state.workshop.comfortNeeds.map(\.organisationID) == ["zorgverzekeraar-noordkust"])
  }

  @Test func projectionStepsThroughTheOrganisationsAndStopsAtTheEnds() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(1), .moveImpasseCursor(2), .toggleComfortProjection])
    #expect(state.wall.comfortView == .projection(organisationIndex: 2))
    _ = run(&state, [.stepProjection(1), .stepProjection(100)])
    #expect(
      state.wall.comfortView
        == .projection(organisationIndex: state.workshop.organisations.count - 1))
    #expect(KeyMap.action(for: .pageDown, in: state) == .stepProjection(1))
    #expect(KeyMap.action(for: .escape, in: state) == .toggleComfortProjection)
  }

  @Test func writingAnAgreementMarksTheTopicAgreed() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(2), .moveImpasseCursor(2)])
    #expect(state.selectedImpasseRow == .topic(id: "exit"))
    _ = run(
      &state, [.startEditImpasseText, .text(.insert("Opzegtermijn één jaar, geen boete")), .commit])
    let exit = try #require(state.allTopics.first { $0.id == "exit" })
    #expect(exit.status == .agreed)
    #expect(exit.agreement == "Opzegtermijn één jaar, geen boete")
    #expect(
      state.allTopics.map(\.id) == ["legal-form", "resources", "exit", "bankruptcy", "liability"])
  }

  @Test func addedTopicsCanGoButStandardOnesStay() throws {
    var state = try state()
    _ = run(
      &state,
      [.stepImpasseSection(2), .startAddImpasseItem, .text(.insert("Huisvesting")), .commit])
    #expect(state.allTopics.last?.title == "Huisvesting")
    #expect(state.selectedImpasseRow == .topic(id: "huisvesting"))
    _ = run(&state, [.requestRemoveImpasseItem, .commit])
    #expect(state.allTopics.count == 5)
    _ = run(&state, [.moveImpasseCursor(-10), .requestRemoveImpasseItem])
    #expect(state.mode == .browsing)
  }

  @Test func choosingAPhaseMakesItCurrentAndItsNotesAreKept() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(-1), .activateImpasseRow])
    #expect(state.wall.impasseSection == .phases)
    #expect(state.workshop.phase == .intake)
    _ = run(
      &state, [.startEditImpasseText, .text(.insert("Iedereen wil, niemand trekt.")), .commit])
    #expect(state.workshop.phaseNotes["intake"] == "Iedereen wil, niemand trekt.")
  }

  @Test func intakeNotesAreKeptPerOrganisationAndGoWithIt() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(-1), .moveImpasseCursor(4)])
    #expect(
      state.selectedImpasseRow
        == .intake(organisationID: "gemeente-noordhaven", field: .willingness))
    _ = run(
      &state, [.activateImpasseRow, .text(.insert("Groot, mits de wethouder meedoet")), .commit])
    _ = run(
      &state,
      [
        .moveImpasseCursor(2), .startEditImpasseText,
        .text(.insert("Bang voor verlies van budget")), .commit,
      ])
    #expect(
      state.workshop.intakeNotes["gemeente-noordhaven"]
        == IntakeNote(
          willingness: "Groot, mits de wethouder meedoet",
          showstoppers: "Bang voor verlies van budget"))
    state.arrange {
      $0.comfortNeeds = [
        ComfortNeed(
          id: "n", organisationID: "ggz-kustland", text: "x", askedOf: ["gemeente-noordhaven"])
      ]
    }
    state.wall.screen = .team
    _ = run(&state, [.requestRemoveOrganisation, .commit])
    #expect(state.workshop.intakeNotes.isEmpty)
    #expect(state.workshop.comfortNeeds.first?.askedOf == [])
    #expect(state.workshop.validate().isEmpty)
  }

  @Test func legalFormCardsStepRound() throws {
    var state = try state()
    _ = run(&state, [.stepImpasseSection(2), .toggleLegalForms, .stepLegalForm(-1)])
    #expect(state.wall.legalForm == state.impasseContent.legalForms.count - 1)
    _ = run(&state, [.toggleLegalForms])
    #expect(state.wall.legalForm == nil)
  }

  @Test func readOnlyChangesNothingInTheImpasseWork() throws {
    var state = AppState(
      workshop: try DemoWorkshop.load(), language: .nl, readOnly: true,
      impasseContent: UIFixtures.content.impasse)
    state.wall.screen = .impasse
    let original = state.workshop
    _ = run(
      &state,
      [.activateImpasseRow, .stepImpasseSection(1), .activateImpasseRow, .startEditImpasseText])
    #expect(state.workshop == original)
    #expect(state.mode == .browsing)
  }
}
