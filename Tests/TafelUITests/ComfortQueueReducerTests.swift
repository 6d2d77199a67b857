import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The comfort queue through `reduce`: a phone proposes, the facilitator takes it on, edits it or
/// sets it aside with keys; what is taken on becomes a comfort need of that organisation, and
/// nothing of the queue ever reaches the wall.
@Suite struct ComfortQueueReducerTests {
  static let token = RoomReducerTests.tokenA
  static let size = Size(width: 100, height: 30)

  /// An open room in the comfort round, the first person claimed by a phone that proposed `texts`.
  static func proposing(_ texts: [String]) -> AppState {
    var state = RoomReducerTests.openRoom()
    let person = state.workshop.participants[0]
    _ = reduce(&state, .room(.claim(ticket: 1, participant: person.id, token: token)))
    state.wall.screen = .impasse
    state.wall.impasseSection = .comfort
    for (index, text) in texts.enumerated() {
      _ = reduce(&state, .room(.propose(ticket: UInt64(index + 2), token: token, text: text)))
    }
    return state
  }

  static func keys(_ state: inout AppState, _ keys: [Key]) {
    for key in keys {
      if let action = KeyMap.action(for: key, in: state) { _ = reduce(&state, action) }
    }
  }

  static func screen(_ state: AppState) -> String {
    ScreenRenderer.render(state, size: size, context: UIFixtures.context()).text
  }

  @Test func aProposalIsAnnouncedAndTakenOnAsANeedOfItsOrganisation() throws {
    var state = Self.proposing(["Tijd om te oefenen met de nieuwe werkwijze"])
    let person = state.workshop.participants[0]
    let organisation = try #require(state.workshop.organisation(withID: person.organisationID))
    #expect(state.notice == Message(.uiProposalArrived, ["organisation": organisation.name]))
    let needsBefore = state.workshop.comfortNeeds.count
    Self.keys(&state, [.character("C")])
    #expect(Self.screen(state).contains("Tijd om te oefenen met de nieuwe werkwijze"))
    Self.keys(&state, [.enter])
    let need = try #require(state.workshop.comfortNeeds.last)
    #expect(state.workshop.comfortNeeds.count == needsBefore + 1)
    #expect(need.organisationID == person.organisationID)
    #expect(need.text == "Tijd om te oefenen met de nieuwe werkwijze")
    #expect(need.status == .open)
    #expect(state.room.comfortQueue.map(\.status) == [.accepted])
    #expect(Self.screen(state).contains("Er wachten geen voorstellen."))
    // The phone learns what became of it.
    let phone = PhoneView.of(state, participant: person.id, content: WallFixtures.content)
    #expect(phone.comfort?.proposals.map(\.status) == [.accepted])
    // One undo step takes the need back out, as for a need typed in.
    _ = reduce(&state, .cancel)
    _ = reduce(&state, .undo)
    #expect(state.workshop.comfortNeeds.count == needsBefore)
  }

  @Test func anEditedProposalIsTakenOnAsEdited() throws {
    var state = Self.proposing(["Tijd", "Geld voor scholing"])
    Self.keys(&state, [.character("C"), .down, .character("e")])
    #expect(Self.screen(state).contains("Comfortbehoefte van"))
    Self.keys(&state, [.end])
    _ = reduce(&state, .text(.insert(" in het eerste jaar")))
    Self.keys(&state, [.enter])
    #expect(state.workshop.comfortNeeds.last?.text == "Geld voor scholing in het eerste jaar")
    #expect(state.room.comfortQueue.map(\.status) == [.waiting, .accepted])
    // Back in the queue, on the one still waiting.
    #expect(state.topOverlay == .comfortQueue(cursor: 0))
  }

  @Test func aProposalSetAsideStaysOutOfTheWorkshop() {
    var state = Self.proposing(["Tijd", "Geld"])
    let needs = state.workshop.comfortNeeds
    Self.keys(&state, [.character("C"), .character("x")])
    #expect(state.workshop.comfortNeeds == needs)
    #expect(state.room.comfortQueue.map(\.status) == [.setAside, .waiting])
    #expect(state.notice == Message(.uiProposalSetAside))
    let screen = Self.screen(state)
    #expect(screen.contains("Geld"))
    #expect(screen.contains("(1)"))
  }

  @Test func theQueueNeverReachesTheWall() throws {
    var state = Self.proposing(["Geheim voorstel van de zorggroep"])
    Self.keys(&state, [.character("C")])
    for projector in [false, true] {
      state.wall.projectorMode = projector
      let wall = try WallView.onWall(state, content: WallFixtures.content).jsonData()
      #expect(!String(decoding: wall, as: UTF8.self).contains("Geheim voorstel"))
    }
    // A facilitator's screen that is the wall (projector mode) shows only that proposals wait.
    #expect(!Self.screen(state).contains("Geheim voorstel"))
    #expect(Self.screen(state).contains("Niet getoond in projectormodus"))
  }

  @Test func aReadOnlyWindowTakesNothingOn() {
    var state = Self.proposing(["Tijd"])
    state.document = Document(workshop: state.workshop, readOnly: true)
    Self.keys(&state, [.character("C"), .enter, .character("x")])
    #expect(state.room.comfortQueue.map(\.status) == [.waiting])
  }

  /// The phone follows the workshop: a need taken on and then undone (`u`) is no longer "taken
  /// on" on the phone; it waits in the queue again, and a redo takes it on again.
  @Test func anUndoneProposalIsNoLongerTakenOnOnThePhone() throws {
    var state = Self.proposing(["Tijd", "Tijd"])
    let person = state.workshop.participants[0]
    func onPhone(_ state: AppState) -> [ComfortProposal.Status]? {
      PhoneView.of(state, participant: person.id, content: WallFixtures.content).comfort?
        .proposals.map(\.status)
    }
    Self.keys(&state, [.character("C"), .enter])
    #expect(onPhone(state) == [.accepted, .waiting])
    _ = reduce(&state, .cancel)
    _ = reduce(&state, .undo)
    #expect(onPhone(state) == [.waiting, .waiting])
    #expect(state.waitingProposals.count == 2)
    _ = reduce(&state, .redo)
    #expect(onPhone(state) == [.accepted, .waiting])
    // Undone again, then the other one taken on: the first does not come back with it, although
    // the two read the same.
    _ = reduce(&state, .undo)
    Self.keys(&state, [.character("C"), .down, .enter])
    #expect(onPhone(state) == [.waiting, .accepted])
  }
}
