import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The facilitator's queue of comfort proposals from phones, as text on the screen.
@Suite struct ComfortQueueViewTests {
  static let size = Size(width: 80, height: 24)

  static func draw(
    _ entries: [ComfortQueueEntry], cursor: Int = 0, projector: Bool = false,
    size: Size = Self.size
  ) throws -> String {
    let state = try ReducerTests.demoState()
    var wall = state.wall
    wall.projectorMode = projector
    var grid = Grid(size: size, style: .plain)
    ComfortQueueView.render(
      entries, cursor: cursor, workshop: state.workshop, wall: wall, in: Rect(size: size),
      into: &grid, context: UIFixtures.context())
    return grid.text
  }

  static func entries(_ count: Int) throws -> [ComfortQueueEntry] {
    let workshop = try ReducerTests.demoState().workshop
    return (0..<count).map { index in
      let person = workshop.participants[index % workshop.participants.count]
      return ComfortQueueEntry(
        id: "p\(index + 1)", participantID: person.id, organisationID: person.organisationID,
        text: "Voorstel \(index + 1): dat de gemeente ons een jaar de tijd geeft voor de overgang.")
    }
  }

  @Test func showsEachProposalWithItsOrganisationAndSender() throws {
    let workshop = try ReducerTests.demoState().workshop
    let person = workshop.participants[0]
    let organisation = try #require(workshop.organisation(withID: person.organisationID))
    let screen = try Self.draw(Self.entries(2))
    #expect(screen.contains("Comfortvoorstellen uit de zaal (2)"))
    #expect(screen.contains("Alleen op jouw scherm, nooit op de muur."))
    #expect(screen.contains("▸ \(organisation.name) · van \(person.name)"))
    #expect(screen.contains("Voorstel 1: dat de gemeente ons een jaar de tijd geeft voor de"))
    #expect(screen.contains("Voorstel 2:"))
  }

  @Test func projectorModeShowsNeitherTextNorSender() throws {
    let workshop = try ReducerTests.demoState().workshop
    let screen = try Self.draw(Self.entries(2), projector: true)
    #expect(screen.contains("Comfortvoorstellen uit de zaal (2)"))
    #expect(screen.contains("Niet getoond in projectormodus"))
    #expect(!screen.contains("Voorstel"))
    #expect(!screen.contains(workshop.participants[0].name))
  }

  @Test func anEmptyQueueSaysHowProposalsArrive() throws {
    let screen = try Self.draw([])
    #expect(screen.contains("Comfortvoorstellen uit de zaal (0)"))
    #expect(screen.contains("Er wachten geen voorstellen."))
  }

  @Test func theSelectedProposalIsShownHoweverFarDown() throws {
    let screen = try Self.draw(Self.entries(12), cursor: 10)
    #expect(screen.contains("Voorstel 11:"))
    #expect(screen.contains("▸ "))
    #expect(!screen.contains("Voorstel 1:"))
  }

  @Test func aProposalCannotSteerTheTerminal() throws {
    let workshop = try ReducerTests.demoState().workshop
    let person = workshop.participants[0]
    let entry = ComfortQueueEntry(
      id: "p1", participantID: person.id, organisationID: person.organisationID,
      text: "Rust\u{1B}[2J\u{1B}]0;titel\u{07} graag")
    let screen = try Self.draw([entry])
    #expect(!screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(screen.contains("Rust"))
  }
}
