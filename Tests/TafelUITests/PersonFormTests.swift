import TafelCore
import Testing

@testable import TafelUI

/// The person form and the import inside the interface: what a facilitator preparing at the
/// table changes without leaving Tafel.
@Suite struct PersonFormTests {
  func run(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
  }

  func keys(_ state: inout AppState, _ keys: [Key]) {
    for key in keys {
      if let action = KeyMap.action(for: key, in: state) { _ = reduce(&state, action) }
    }
  }

  func field(_ state: AppState) -> PersonForm.Field? {
    if case .editingPerson(let form) = state.mode { return form.field }
    return nil
  }

  @Test func theFormChangesRoleDelegationTypeScoresAndRejectionAsOneStep() throws {
    var state = try ReducerTests.demoState()
    // Mehmet Çelik: no rejection scores measured.
    _ = run(&state, [.moveSelection(1)])
    let id = try #require(state.selectedParticipantID)
    #expect(state.selectedParticipant?.rejection == nil)
    let before = state.workshop
    keys(&state, [.character("e")])
    #expect(field(state) == .role)
    // The role is typed over; j and k are letters here, not moves.
    keys(&state, Array(repeating: .backspace, count: 40) + "wethouder jk".map { .character($0) })
    // ↓ to the organisation, → to the next one: a move to another delegation.
    keys(&state, [.down, .right])
    let moved = state.workshop.organisations[1]
    #expect(state.workshop.participants.first { $0.id == id }?.organisationID == moved.id)
    // The type is the organisation's: here it changes for the whole of it.
    keys(&state, [.down, .left])
    #expect(state.workshop.organisation(withID: moved.id)?.kind != before.organisations[1].kind)
    // ↓ to yellow: digits type the score; Tab to green, PgUp adds ten.
    keys(&state, [.down, .character("4"), .character("0"), .tab, .pageUp])
    // On to the rejection of blue: from "not measured" to 70, the other colours 0.
    keys(&state, Array(repeating: .down, count: 8) + [.character("7"), .character("0")])
    #expect(field(state) == .rejection(.blue))
    _ = run(&state, [.commit])
    #expect(state.mode == .browsing)
    #expect(state.saveStatus == .saving)
    let person = try #require(state.workshop.participants.first { $0.id == id })
    #expect(person.role == "wethouder jk")
    #expect(person.organisationID == moved.id)
    #expect(person.scores.yellow == 40)
    let green = try #require(before.participants.first { $0.id == id }?.scores.green)
    #expect(person.scores.green == green + 10)
    #expect(
      person.rejection == DriveScores(yellow: 0, green: 0, orange: 0, blue: 70, red: 0, purple: 0))
    #expect(state.selectedParticipantID == id)
    #expect(state.workshop.validate().isEmpty)
    // One step back undoes the whole form.
    _ = run(&state, [.undo])
    // The journal keeps what happened; the workshop's content is back as it was.
    #expect(state.workshop.withoutJournal == before.withoutJournal)
  }

  @Test func escapePutsBackEverythingTheFormChanged() throws {
    var state = try ReducerTests.demoState()
    let before = state.workshop
    keys(
      &state, [.character("e"), .character("x"), .down, .right, .down, .right, .down, .pageDown])
    #expect(state.workshop != before)
    keys(&state, [.escape])
    // The journal keeps what happened; the workshop's content is back as it was.
    #expect(state.workshop.withoutJournal == before.withoutJournal)
    #expect(state.mode == .browsing)
    #expect(state.undoStack.isEmpty)
  }

  @Test func delOnARejectionScoreMeansNotMeasuredAndABlankNameIsNotKept() throws {
    var state = try ReducerTests.demoState()
    let id = try #require(state.selectedParticipantID)
    let name = try #require(state.selectedParticipant?.name)
    #expect(state.selectedParticipant?.rejection != nil)
    keys(&state, [.character("e"), .up])
    #expect(field(state) == .name)
    keys(&state, Array(repeating: .backspace, count: 60))
    // Each key is saved: a blank name never reaches the workshop, where the file would not load.
    #expect(state.selectedParticipant?.name.isEmpty == false)
    #expect(state.workshop.validate().isEmpty)
    keys(&state, Array(repeating: .down, count: 11) + [.delete, .enter])
    let person = try #require(state.workshop.participants.first { $0.id == id })
    #expect(person.rejection == nil)
    #expect(person.name == name)
  }

  @Test func aNewPersonIsAddedWithRoleAndScoresAsOneStep() throws {
    var state = try ReducerTests.demoState()
    let before = state.workshop
    keys(&state, [.character("a")] + "Gül Şahin".map { .character($0) } + [.enter])
    #expect(field(state) == .role)
    keys(&state, "coördinator".map { .character($0) } + [.down, .down, .down])
    keys(&state, [.character("8"), .character("0"), .escape])
    let added = try #require(state.workshop.participants.last)
    #expect(added.name == "Gül Şahin")
    #expect(added.role == "coördinator")
    #expect(added.scores.yellow == 80)
    // Esc on a new person's form keeps them: the name was already given.
    #expect(state.mode == .browsing)
    _ = run(&state, [.undo])
    // The journal keeps what happened; the workshop's content is back as it was.
    #expect(state.workshop.withoutJournal == before.withoutJournal)
  }

  @Test func theFormIsNotOpenedReadOnly() throws {
    var state = AppState(workshop: try DemoWorkshop.load(), language: .nl, readOnly: true)
    keys(&state, [.character("e"), .character("i")])
    #expect(state.mode == .browsing)
  }

  static let sheet = """
    naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars
    Kees de Vries;Gemeente Noordhaven;wethouder;10;20;30;40;50;60
    Sanne Bos;Stichting Nieuw;;50;50;50;50;50;70
    Anouk Hoëvenaars;Gemeente Noordhaven;;1;2;3;4;5;6
    """

  @Test func anImportInsideTheInterfaceIsOneUndoStepAndSaysWhatItDid() throws {
    var state = try ReducerTests.demoState()
    let before = state.workshop
    keys(&state, [.character("i")] + "leden.csv".map { .character($0) })
    let effects = run(&state, [.commit])
    #expect(effects == [.readSheet(path: "leden.csv")])
    let sheet = try ParticipantSheet(bytes: Array(Self.sheet.utf8))
    let saved = run(&state, [.sheetRead(path: "leden.csv", result: .sheet(sheet))])
    #expect(state.workshop.participants.count == before.participants.count + 2)
    #expect(saved == [.save(state.workshop)])
    #expect(
      state.notice
        == Message(
          .uiImported,
          ["path": "leden.csv", "added": "2", "updated": "1", "organisations": "1"]))
    #expect(state.selectedParticipant?.name == "Kees de Vries")
    _ = run(&state, [.undo])
    // The journal keeps what happened; the workshop's content is back as it was.
    #expect(state.workshop.withoutJournal == before.withoutJournal)
  }

  @Test func aRefusedImportListsEveryReasonAndChangesNothing() throws {
    var state = try ReducerTests.demoState()
    let before = state.workshop
    let lines = ["regel 3: yellow: \"abc\" is geen score", "regel 4: de organisatie is leeg"]
    let effects = run(&state, [.sheetRead(path: "x.csv", result: .refused(lines))])
    #expect(effects.isEmpty)
    // The journal keeps what happened; the workshop's content is back as it was.
    #expect(state.workshop.withoutJournal == before.withoutJournal)
    #expect(state.overlays == [.importProblems(ImportProblems(path: "x.csv", lines: lines))])
    #expect(KeyMap.scopes(for: state).first == .importProblems)
    keys(&state, [.escape])
    #expect(state.overlays.isEmpty)
  }
}
