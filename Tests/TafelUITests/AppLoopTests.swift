import TafelCore
import Testing

@testable import TafelUI

@Suite struct AppLoopTests {
  final class MemoryStore {
    var saved: [Workshop] = []
    var failWith: String?

    func save(_ workshop: Workshop) -> SaveStatus {
      if let failWith { return .failed(message: failWith) }
      saved.append(workshop)
      return .saved(at: "14:36")
    }
  }

  func loop(
    _ events: [TerminalEvent], size: Size = Size(width: 120, height: 36), store: MemoryStore
  ) throws -> (AppLoop, FakeTerminal) {
    let terminal = FakeTerminal(size: size, events: events)
    let loop = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal, context: { UIFixtures.context() },
      save: store.save)
    return (loop, terminal)
  }

  @Test func editingAScoreRedrawsTheBarsAndSavesEveryStep() throws {
    let store = MemoryStore()
    let (loop, terminal) = try loop(
      [.key(.enter), .key(.down), .key(.right), .key(.right), .key(.pageUp), .key(.enter)],
      store: store)
    #expect(loop.run() == .inputEnded)
    let person = try #require(loop.state.selectedParticipant)
    #expect(person.name == "Anouk Hoëvenaars")
    #expect(person.scores.green == 45 + 12)
    #expect(store.saved.count == 3)
    #expect(store.saved.last == loop.state.workshop)
    #expect(terminal.lastScreen.contains("opgeslagen 14:36"))
    #expect(terminal.lastScreen.contains("Gr groen"))
    #expect(terminal.frames.count == 7)
  }

  @Test func keysPressedWhileTheWindowIsTooSmallChangeNothingButQuitStillWorks() throws {
    let store = MemoryStore()
    let (loop, terminal) = try loop(
      [
        .key(.enter), .key(.right), .key(.enter), .key(.character("a")),
        .mouse(x: 3, y: 4, button: .left),
        .resize(Size(width: 120, height: 36)), .key(.down), .resize(Size(width: 40, height: 10)),
        .key(.character("q")), .key(.down),
      ],
      size: Size(width: 50, height: 12), store: store)
    #expect(loop.run() == .quit)
    #expect(store.saved.isEmpty)
    let start = try UIFixtures.demo()
    #expect(loop.state.workshop == start.workshop)
    #expect(loop.state.wall.screen == start.wall.screen)
    // The one key pressed while the window was large enough did move the selection.
    #expect(loop.state.selectedParticipant?.id != start.selectedParticipant?.id)
    #expect(terminal.lastScreen.contains("groter"))
  }

  @Test func theQuitQuestionShowsEvenWhenTheWindowIsTooSmall() throws {
    let store = MemoryStore()
    store.failWith = "schijf vol"
    let (loop, terminal) = try loop(
      [
        .key(.enter), .key(.right), .key(.enter), .resize(Size(width: 40, height: 10)),
        .key(.character("q")),
      ], store: store)
    _ = loop.run()
    #expect(loop.state.mode == .confirmingQuit)
    #expect(terminal.lastScreen.contains("Toch stoppen?"))
    #expect(terminal.lastScreen.contains("NIET opgeslagen: schijf"))
  }

  @Test func aFailedSaveShowsInTheHeaderAndKeepsTheEdit() throws {
    let store = MemoryStore()
    store.failWith = "No space left on device"
    let (loop, terminal) = try loop([.key(.enter), .key(.right), .key(.enter)], store: store)
    _ = loop.run()
    #expect(terminal.lastScreen.contains("NIET opgeslagen"))
    #expect(loop.state.selectedParticipant?.scores.yellow == 73)
  }

  @Test func addingAParticipantWithDutchLettersEndsUpInTheSavedWorkshop() throws {
    let store = MemoryStore()
    let events: [TerminalEvent] =
      [.key(.character("a"))] + .typing("Gül Şahin") + [.key(.enter)] + .typing("coördinator")
      + [.key(.down), .key(.down), .key(.down)] + .typing("62") + [.key(.enter)]
    let (loop, terminal) = try loop(events, store: store)
    _ = loop.run()
    let added = try #require(store.saved.last?.participants.last)
    #expect(added.name == "Gül Şahin")
    #expect(added.scores.yellow == 62)
    #expect(added.role == "coördinator")
    #expect(terminal.lastScreen.contains("▸ Gül Şahin"))
  }

  @Test func numberKeysAndTabSwitchViews() throws {
    let (loop, terminal) = try loop([.key(.character("2"))], store: MemoryStore())
    _ = loop.run()
    #expect(loop.state.wall.screen == .group)
    #expect(terminal.lastScreen.contains("Om te toetsen"))
  }

  @Test func aResizeRedrawsAtTheNewSize() throws {
    let (loop, terminal) = try loop(
      [.resize(Size(width: 80, height: 24)), .resize(Size(width: 30, height: 8))],
      store: MemoryStore())
    _ = loop.run()
    #expect(
      terminal.frames.map(\.size) == [
        Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 30, height: 8),
      ])
    #expect(terminal.lastScreen.contains("groter"))
  }

  @Test func clickingANameSelectsIt() throws {
    let grid = ScreenRenderer.render(
      try UIFixtures.demo(), size: Size(width: 120, height: 36), context: UIFixtures.context())
    let row = try #require((0..<36).first { grid.rowText($0).contains("Kees Brouwer") })
    let (loop, _) = try loop([.mouse(x: 10, y: row, button: .left)], store: MemoryStore())
    _ = loop.run()
    #expect(loop.state.selectedParticipant?.name == "Kees Brouwer")
  }

  @Test func clickingTheKeyBarActsLikeTheKey() throws {
    let grid = ScreenRenderer.render(
      try UIFixtures.demo(), size: Size(width: 120, height: 36), context: UIFixtures.context())
    let bar = grid.rowText(35)
    let column = try #require(bar.range(of: "2 Groep")).lowerBound.utf16Offset(in: bar)
    let (loop, _) = try loop([.mouse(x: column + 2, y: 35, button: .left)], store: MemoryStore())
    _ = loop.run()
    #expect(loop.state.wall.screen == .group)
  }

  @Test func theWheelMovesTheSelection() throws {
    let (loop, _) = try loop(
      [.mouse(x: 10, y: 10, button: .wheelDown), .mouse(x: 10, y: 10, button: .wheelDown)],
      store: MemoryStore())
    _ = loop.run()
    #expect(loop.state.selectedParticipantID == loop.state.visibleParticipants[2].id)
  }

  @Test func qQuitsAndASignalStops() throws {
    let (loop, _) = try loop([.key(.character("q"))], store: MemoryStore())
    #expect(loop.run() == .quit)
    let terminal = FakeTerminal(size: Size(width: 80, height: 24), events: [.key(.down)])
    let signalled = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal, context: { UIFixtures.context() },
      save: MemoryStore().save,
      pendingSignal: { 15 })
    #expect(signalled.run() == .signal(15))
  }

  @Test func helpOpensAndClosesWithEscape() throws {
    let (loop, terminal) = try loop([.key(.character("?"))], store: MemoryStore())
    _ = loop.run()
    #expect(terminal.lastScreen.contains("Toetsen"))
    _ = loop.perform(KeyMap.action(for: .escape, in: loop.state)!)
    #expect(!loop.state.showsHelp)
  }
}
