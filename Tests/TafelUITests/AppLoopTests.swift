import Foundation
import Synchronization
import TafelCore
import Testing

@testable import TafelUI

@Suite struct AppLoopTests {
  /// Saves in memory; the loop calls it from the saver's thread.
  final class MemoryStore: Sendable {
    private let written = Mutex<[Workshop]>([])
    private let failure = Mutex<String?>(nil)

    var saved: [Workshop] { written.withLock { $0 } }
    var failWith: String? {
      get { failure.withLock { $0 } }
      set { failure.withLock { $0 = newValue } }
    }

    func save(_ workshop: Workshop) -> SaveStatus {
      if let failWith { return .failed(message: failWith) }
      written.withLock { $0.append(workshop) }
      return .saved(at: "14:36")
    }
  }

  func loop(
    _ events: [TerminalEvent], size: Size = Size(width: 120, height: 36), store: MemoryStore,
    until: ((String) -> Bool)? = nil
  ) throws -> (AppLoop, FakeTerminal) {
    let terminal = FakeTerminal(size: size, events: events, until: until)
    let loop = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal, context: { UIFixtures.context() },
      save: { store.save($0) })
    return (loop, terminal)
  }

  @Test func editingAScoreRedrawsTheBarsAndSavesTheNewestVersion() throws {
    let store = MemoryStore()
    let (loop, terminal) = try loop(
      [.key(.enter), .key(.down), .key(.right), .key(.right), .key(.pageUp), .key(.enter)],
      store: store, until: { $0.contains("opgeslagen 14:36") })
    #expect(loop.run() == .inputEnded)
    let person = try #require(loop.state.selectedParticipant)
    #expect(person.name == "Anouk Hoëvenaars")
    #expect(person.scores.green == 45 + 12)
    // Three changes; saves still on their way when a newer one comes are skipped.
    #expect((1...3).contains(store.saved.count))
    #expect(store.saved.last == loop.state.workshop)
    #expect(terminal.lastScreen.contains("opgeslagen 14:36"))
    #expect(terminal.lastScreen.contains("Gr groen"))
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
    let (loop, terminal) = try loop(
      [.key(.enter), .key(.right), .key(.enter)], store: store,
      until: { $0.contains("NIET opgeslagen") })
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
    #expect(loop.run() == .inputEnded)
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
    #expect(terminal.frames.last?.size == Size(width: 30, height: 8))
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
      save: { MemoryStore().save($0) },
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

  /// Something a test thread can append to while the loop's thread reads it.
  final class Screens: Sendable {
    private let seen = Mutex<[String]>([])
    func append(_ screen: String) { seen.withLock { $0.append(screen) } }
    var all: [String] { seen.withLock { $0 } }
  }

  @Test func observersSeeEveryNewStateBeforeItIsPainted() throws {
    let store = MemoryStore()
    let (loop, terminal) = try loop([.key(.down), .key(.down)], store: store)
    let seen = Mutex<[(String?, Int)]>([])
    loop.observers.append { state in
      seen.withLock { $0.append((state.selectedParticipantID, terminal.frames.count)) }
    }
    #expect(loop.run() == .inputEnded)
    let views = seen.withLock { $0 }
    // Once at the start and once after each key, before any frame showing it.
    #expect(views.count == 3)
    #expect(views[0].1 == 0)
    #expect(views.last?.0 == loop.state.selectedParticipantID)
    #expect(views[0].0 != views[2].0)
  }

  @Test func workForAfterTheFirstFrameStartsOnceThatFrameIsPainted() throws {
    let store = MemoryStore()
    // Keys typed ahead let the loop skip frames: the work still waits for a painted one.
    let (loop, terminal) = try loop(Array(repeating: .key(.down), count: 7), store: store)
    var framesWhenStarted: [Int] = []
    loop.afterFirstFrame.append { framesWhenStarted.append(terminal.frames.count) }
    #expect(loop.run() == .inputEnded)
    #expect(framesWhenStarted == [1])
    #expect(terminal.frames.count > 1)
  }

  @Test func aPhoneAndAClockOnOtherThreadsReachTheScreenWithoutAKey() throws {
    let state = try UIFixtures.demo()
    let kees = try #require(state.workshop.participants.first { $0.name == "Kees Brouwer" })
    // No keys at all: the terminal only waits, and its wait ends for posts alone (it ignores
    // the loop's timeout), so whatever changes on screen came through the inbox.
    let terminal = FakeTerminal(
      size: Size(width: 120, height: 36), events: [],
      until: { $0.contains("▸ Kees Brouwer") && $0.contains("14:38") })
    let loop = AppLoop(
      state: state, terminal: terminal, context: { UIFixtures.context() },
      save: { _ in .saved(at: "") })
    let inbox = loop.inbox
    func tick(_ minute: Int) -> InboxEvent {
      .action(
        .tick(
          Moment(
            timestamp: "2026-11-25T14:\(minute):00+01:00", seconds: Double(minute * 60),
            clock: "14:\(minute)")))
    }
    // Each post comes from a thread of its own, started once the loop waits after a frame: the
    // minute 14:37 then has a frame of its own however slow the machine (with a fixed pause
    // between the ticks, a loaded machine took both before the first frame).
    let posts = [tick(37), .action(.selectParticipant(id: kees.id)), tick(38)]
    var waits = 0
    terminal.onIdle = {
      if waits < posts.count {
        let post = posts[waits]
        Thread { inbox.post(post) }.start()
      }
      waits += 1
    }
    #expect(loop.run() == .inputEnded)
    #expect(terminal.lastScreen.contains("▸ Kees Brouwer"))
    #expect(terminal.lastScreen.contains("14:38"))
    #expect(loop.state.now == "2026-11-25T14:38:00+01:00")
    #expect(terminal.frames.contains { $0.text.contains("14:37") })
  }

  @Test func theHeaderSaysSavingUntilTheSaveIsOnDiskAndOnlyThenSaved() throws {
    let store = MemoryStore()
    // The disk is slow: the save waits until the loop has painted and gone idle.
    let disk = DispatchSemaphore(value: 0)
    let terminal = FakeTerminal(
      size: Size(width: 120, height: 36), events: [.key(.enter), .key(.right), .key(.enter)],
      until: { $0.contains("opgeslagen 14:36") })
    let idle = Screens()
    terminal.onIdle = { [unowned terminal] in
      idle.append(terminal.lastScreen)
      disk.signal()
    }
    let loop = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal, context: { UIFixtures.context() },
      save: { workshop in
        disk.wait()
        return store.save(workshop)
      })
    #expect(loop.run() == .inputEnded)
    let first = try #require(idle.all.first)
    #expect(first.contains("opslaan…"))
    #expect(!first.contains("opgeslagen"))
    #expect(first.contains("73"), "the edit shows while its save is still on its way")
    #expect(terminal.lastScreen.contains("opgeslagen 14:36"))
    #expect(
      store.saved.last?.participants.first { $0.name == "Anouk Hoëvenaars" }?.scores.yellow == 73)
  }

  @Test func quittingWaitsForThePendingSaveAndAsksWhenItFailed() throws {
    let store = MemoryStore()
    store.failWith = "schijf vol"
    let disk = DispatchSemaphore(value: 0)
    let terminal = FakeTerminal(
      size: Size(width: 120, height: 36),
      events: [.key(.enter), .key(.right), .key(.enter), .key(.character("q"))])
    let loop = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal, context: { UIFixtures.context() },
      save: { workshop in
        // Still writing when q arrives: the save may end only after it was pressed.
        disk.wait()
        return store.save(workshop)
      })
    // The disk answers from another thread a moment later; quitting must wait for it.
    Thread {
      usleep(50_000)
      disk.signal()
    }.start()
    #expect(loop.run() == .inputEnded)
    #expect(loop.state.mode == .confirmingQuit)
    #expect(terminal.lastScreen.contains("Toch stoppen?"))
  }

  @Test func keysTypedAheadAreTakenBeforeTheNextFrameButFramesStillCome() throws {
    // Twenty arrow presses already waiting, as from a held key: fewer frames than keys, none
    // of them skipped for more than a few keys, and the last shows where the keys ended.
    let (loop, terminal) = try loop(
      [.key(.enter)] + Array(repeating: .key(.right), count: 20), store: MemoryStore())
    #expect(loop.run() == .inputEnded)
    #expect(loop.state.selectedParticipant?.scores.yellow == 72 + 20)
    #expect(terminal.frames.count < 21)
    #expect(terminal.frames.count >= 21 / (AppLoop.maximumSkippedFrames + 1))
    #expect(terminal.lastScreen.contains("[92 ]"))
  }

  @Test func aSignalEndsTheLoopOnlyOnceThePendingSaveIsOnDisk() throws {
    let store = MemoryStore()
    let disk = DispatchSemaphore(value: 0)
    let signalled = Mutex(false)
    let terminal = FakeTerminal(
      size: Size(width: 120, height: 36), events: [.key(.enter), .key(.right), .key(.enter)],
      until: { _ in false })
    let loop = AppLoop(
      state: try UIFixtures.demo(), terminal: terminal, context: { UIFixtures.context() },
      save: { workshop in
        disk.wait()
        return store.save(workshop)
      },
      pendingSignal: { signalled.withLock { $0 } ? 15 : nil })
    terminal.onIdle = { [inbox = loop.inbox] in
      // SIGTERM while the save is still on its way; the disk finishes it a moment later.
      signalled.withLock { $0 = true }
      inbox.post(.action(.tick(Moment(timestamp: "", seconds: 0, clock: "14:37"))))
      Thread {
        usleep(50_000)
        disk.signal()
      }.start()
    }
    #expect(loop.run() == .signal(15))
    let saved = store.saved.last?.participants.first { $0.name == "Anouk Hoëvenaars" }
    #expect(saved?.scores.yellow == 73)
    #expect(loop.state.saveStatus == .saved(at: "14:36"))
  }

  @Test func aRunningRoundTimerCountsDownOnTicksAlone() throws {
    let state = try UIFixtures.demo()
    let duration = Double(state.dilemmaDeck.deck.roundMinutes * 60)
    let later = TimerText.format(duration - 3)
    let terminal = FakeTerminal(
      size: Size(width: 120, height: 36), events: [], until: { $0.contains(later) })
    let loop = AppLoop(
      state: state, terminal: terminal, context: { UIFixtures.context() },
      save: { _ in .saved(at: "") })
    let inbox = loop.inbox
    @Sendable func tick(_ seconds: Double) -> InboxEvent {
      .action(.tick(Moment(timestamp: "", seconds: seconds, clock: "14:37")))
    }
    // The same minute throughout: only the running timer can make these frames.
    Thread {
      for event in [tick(1_000), .action(.show(.dilemma)), .action(.stepRound(1))] {
        inbox.post(event)
      }
      inbox.post(.action(.timerStartPause))
      for second in 1...3 {
        usleep(10_000)
        inbox.post(tick(1_000 + Double(second)))
      }
    }.start()
    #expect(loop.run() == .inputEnded)
    // Ticks that come together make one frame, of the newest; the last one is always drawn.
    #expect(terminal.lastScreen.contains(later))
    #expect(loop.state.clock == "14:37")
  }

  @Test func aSaveFinishingWhileTheWallIsBlankLeavesItBlankAndIsRecorded() throws {
    // Saves now finish after the key that blanked the wall; their outcome is not a key.
    var state = try UIFixtures.demo()
    _ = reduce(&state, .toggleBlank)
    _ = reduce(&state, .saveFinished(.saved(at: "14:40")))
    #expect(state.wall.blanked)
    #expect(state.saveStatus == .saved(at: "14:40"))
  }
}
