import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// The facilitator's screen while a wall of its own is connected: the work beside the console
/// (the wall's preview, what comes next, timer and clock, notes, who has still to choose).
@Suite struct ConsoleSnapshotTests {
  static let sizes = [
    Size(width: 80, height: 24), Size(width: 120, height: 36), Size(width: 160, height: 45),
  ]

  static func demo(walls: Int = 1) throws -> AppState {
    var state = try WallRendererSnapshotTests.demo()
    _ = reduce(&state, .wallsConnected(walls))
    let selected = state.selectedParticipantID
    state.arrange { workshop in
      if let index = workshop.participants.firstIndex(where: { $0.id == selected }) {
        workshop.participants[index].note = "Vraagt om ruimte voor de eigen achterban."
      }
    }
    return state
  }

  static let scenes: [WallRendererSnapshotTests.Scene] = [
    .init(name: "team") { $0.wall.screen = .team },
    .init(name: "collecting") {
      WallRendererSnapshotTests.round(&$0, to: .collecting)
      _ = reduce(&$0, .startEditRoundNotes)
      _ = reduce(&$0, .text(.insert("Let op de stilte bij de gemeente.")))
      _ = reduce(&$0, .commit)
    },
    .init(name: "comfort-projection") {
      WallRendererSnapshotTests.comfort(&$0)
      $0.wall.comfortView = .projection(organisationIndex: 0)
      let id = $0.workshop.organisations[0].id
      $0.arrange { workshop in
        workshop.intakeNotes[id] = IntakeNote(
          willingness: "Groot, mits de wethouder meedoet", showstoppers: "Budget 2027")
      }
    },
    .init(name: "frozen") {
      $0.wall.screen = .group
      _ = reduce(&$0, .toggleFreeze)
      _ = reduce(&$0, .show(.team))
    },
  ]

  @Test(arguments: scenes)
  func console(_ scene: WallRendererSnapshotTests.Scene) throws {
    var state = try Self.demo()
    scene.arrange(&state)
    for size in Self.sizes {
      let grid = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
      expectSnapshot(grid, named: "console-\(scene.name)-\(size.width)x\(size.height)")
    }
  }

  @Test func withoutAWallTheScreenIsAsBefore() throws {
    var state = try WallRendererSnapshotTests.demo()
    state.wall.projectorMode = false
    let before = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context())
    _ = reduce(&state, .wallsConnected(1))
    _ = reduce(&state, .wallsConnected(0))
    let after = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context())
    #expect(before == after)
    #expect(!after.text.contains("Op de muur"))
  }

  @Test func theHeaderCountsTheWallsAndSaysWhenTheyAreFrozenOrBlank() throws {
    var state = try Self.demo(walls: 2)
    let size = Size(width: 120, height: 36)
    #expect(
      ScreenRenderer.render(state, size: size, context: UIFixtures.context()).rowText(0)
        .contains("2 muren"))
    _ = reduce(&state, .toggleFreeze)
    #expect(
      ScreenRenderer.render(state, size: size, context: UIFixtures.context()).rowText(0)
        .contains("2 muren · BEVROREN"))
    _ = reduce(&state, .toggleBlank)
    #expect(
      ScreenRenderer.render(state, size: size, context: UIFixtures.context()).rowText(0)
        .contains("2 muren · ZWART"))
    _ = reduce(&state, .wallsConnected(1))
    #expect(
      ScreenRenderer.render(state, size: size, context: UIFixtures.context()).rowText(0)
        .contains("1 muur"))
  }

  /// The console says who has still to choose, never what anyone chose.
  @Test func theConsoleNamesWhoHasNotChosenAndNeverWhat() throws {
    var state = try Self.demo()
    WallRendererSnapshotTests.round(&state, to: .collecting)
    let grid = ScreenRenderer.render(
      state, size: Size(width: 160, height: 45), context: UIFixtures.context())
    let console = (0..<45).map { y in
      String(grid.rowText(y).dropFirst(112))
    }.joined(separator: "\n")
    #expect(console.contains("Gekozen: 6 van 14"))
    let waiting = state.workshop.participants.dropFirst(6).map(\.name)
    #expect(console.contains(waiting[0]))
    #expect(!console.contains(state.workshop.participants[0].name))
    #expect(!console.contains("Hierna: bespreking"))
    #expect(console.contains("Hierna: onthulling"))
  }

  @Test func theKeyBarListsTheWallsKeysOnlyWithAWall() throws {
    var state = try WallRendererSnapshotTests.demo()
    state.wall.projectorMode = false
    let size = Size(width: 160, height: 45)
    let without = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    #expect(!without.rowText(44).contains("bevriezen"))
    _ = reduce(&state, .wallsConnected(1))
    let with = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    #expect(with.rowText(44).contains("F bevriezen"))
    #expect(with.rowText(44).contains("b zwart"))
    // Sending the current view is for a frozen wall; a live one follows by itself.
    #expect(!with.rowText(44).contains("W naar muur"))
    _ = reduce(&state, .toggleFreeze)
    let frozen = ScreenRenderer.render(state, size: size, context: UIFixtures.context())
    #expect(frozen.rowText(44).contains("W naar muur"))
  }
}
