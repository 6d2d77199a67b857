import Foundation
import TafelCore
import TafelExport
import TafelLink
import TafelRoom
import TafelTerminal
import TafelUI

/// Opening a workshop in the full-screen interface, with what `tafel open` was given: a plain
/// value, so the common start needs none of the parser's property wrappers (each of their
/// generic types costs the Swift runtime a search of every conformance on first use).
struct OpenRequest {
  var file: String?
  var readOnly = false
  var theme: OpenCommand.ThemeChoice?
  var deck: String?
  var room = false
  var listen: String?
  var common = CommonChoices()

  /// `warmUp`: ncurses's set-up, already running beside the reading of the workshop. Anything
  /// that ends the start or asks a question first gives the terminal back (`cancel`), so it is
  /// said on the terminal the shell had.
  func run(warmUp: TerminalWarmUp? = nil) throws {
    defer { warmUp?.cancel() }
    var content = try common.loadContent()
    let language = common.language
    let strings = content.strings
    let environment = ProcessEnvironment.current
    if let deck = deck ?? UserConfig.current.deck {
      content.dilemmas = try reportingFileErrors(content, language) { () throws(FileError) in
        try JSONFileDecoder.decode(
          DilemmaDeck.self, from: try FileBytes.read(at: deck), path: deck
        ).value
      }
    }
    let roomAddress = try Self.roomAddress(listen, strings: strings, language: language)
    guard Console.isInteractive else {
      throw CommandFailure(lines: [strings.text(.uiNotATerminal, in: language)])
    }
    // A workshop reached through a symbolic link (into a synced folder, say) is the file it
    // leads to: locked, saved, backed up and watched there, so the link stays a link and a
    // second Tafel opening either name meets the same lock.
    let path = FilePaths.resolvingLink(
      try file.map { WorkshopFolder.existing($0) }
        ?? DemoCopy.ensure(environment: environment, strings: strings, language: language))
    var readOnly = self.readOnly
    var lock: WorkshopLock?
    var notice = UserConfig.current.problems.first
    if !readOnly {
      do {
        lock = try WorkshopLock(workshopPath: path)
      } catch {
        if case .writeFailed(let reason) = error.kind, !Self.folderIsWritable(of: path) {
          // A folder Tafel cannot write in (a read-only share or stick): show the workshop
          // read-only and say so; save-as makes an editable copy elsewhere. Any other trouble
          // with the lock file (a colleague's, say) is reported as it is.
          readOnly = true
          notice = Message(
            .uiFolderNotWritable,
            ["file": path, "reason": error.systemReason(strings, in: language) ?? reason])
        } else {
          warmUp?.cancel()
          // A resize would interrupt the read of the answer (ncurses's handler may be there).
          readOnly = try SignalWatcher.holding([SIGWINCH]) {
            try Self.offerReadOnly(after: error, path: path, strings: strings, language: language)
          }
        }
      }
    }
    // Taken before reading: a change in between makes the first save refuse, never overwrite.
    let lastSeen = FileIdentity.of(path)
    let workshop = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.load(from: path)
    }
    let session = WorkshopSession(
      path: path, lock: lock, lastSeen: lastSeen, strings: strings, language: language)
    if !readOnly {
      do {
        try session.keepBackup()
      } catch {
        // The workshop opens all the same; the facilitator hears there is no backup, and why.
        var message = error.message
        if let reason = error.systemReason(strings, in: language) {
          message.arguments["reason"] = reason
        }
        notice = message
      }
    }
    let ending: AppLoop.Ending
    let final: AppState
    do {
      (ending, final) = try runScreen(
        workshop, session: session, content: content, readOnly: readOnly, notice: notice,
        roomAddress: roomAddress, warmUp: warmUp)
    } catch {
      session.close()
      throw error
    }
    session.close()
    if case .failed(let reason) = final.saveStatus {
      let rescue = RescueCopy.write(final.workshop, for: session.path, environment: environment)
      Console.error(strings.text(.closedUnsaved, ["reason": reason], in: language))
      switch rescue {
      case .success(let rescuePath):
        Console.error(strings.text(.closedRescued, ["file": rescuePath], in: language))
      case .failure(let error):
        let why = error.messages(strings, in: language).joined(separator: "; ")
        Console.error(strings.text(.closedRescueFailed, ["reason": why], in: language))
      }
      if case .signal(let signal) = ending { Foundation.exit(128 + signal) }
      Foundation.exit(1)
    }
    if case .signal(let signal) = ending { Foundation.exit(128 + signal) }
    if !readOnly { Console.out(strings.text(.closedSaved, ["file": session.path], in: language)) }
  }

  /// The first frame, rendered while ncurses sets itself up on its own thread, for the screen
  /// as it will most likely be: this window's size, the theme asked for in colour unless
  /// `NO_COLOR` says otherwise. The loop paints it only if the terminal agrees.
  private func firstFrameAhead(
    _ state: AppState, content: Content, environment: [String: String]
  ) -> (frame: PreparedFrame, kind: Theme.Kind, glyphs: Glyphs)? {
    let expected = NcursesTerminal.expected()
    guard let size = expected.size else { return nil }
    let kind = Self.themeKind(
      Self.chosenTheme(theme), colour: (environment["NO_COLOR"] ?? "").isEmpty)
    let glyphs: Glyphs = expected.unicode ? .unicode : .ascii
    let context = RenderContext(content: content, theme: Theme(kind), glyphs: glyphs, clock: "")
    let frame = PreparedFrame(state: state, moment: Clock.moment(), size: size, context: context)
    return (frame, kind, glyphs)
  }

  private func runScreen(
    _ workshop: Workshop, session: WorkshopSession, content: Content, readOnly: Bool,
    notice: Message?, roomAddress: @escaping @Sendable () -> ListenAddress,
    warmUp: TerminalWarmUp?
  ) throws -> (AppLoop.Ending, AppState) {
    let language = common.language
    let environment = ProcessEnvironment.current
    var state = AppState(
      workshop: workshop, language: language, readOnly: readOnly, savedAt: Clock.now(),
      impasseContent: content.impasse, dilemmaDeck: content.dilemmas)
    state.notice = notice
    // `--room` posts its opening before the first frame, which then is rendered afresh.
    let ahead =
      warmUp == nil || room
      ? nil : firstFrameAhead(state, content: content, environment: environment)
    let (terminal, themeKind) = try Self.startTerminal(
      theme: theme, environment: environment, strings: content.strings, language: language,
      warmUp: warmUp)
    defer { terminal.stop() }
    let glyphs: Glyphs = terminal.unicode ? .unicode : .ascii
    let context = RenderContext(
      content: content, theme: Theme(themeKind), glyphs: glyphs, clock: "")
    let inbox = Inbox()
    let wall = LateWall(
      path: { session.path }, inbox: inbox, environment: environment, content: content)
    defer { wall.stop() }
    let loop = AppLoop(
      state: state,
      terminal: terminal,
      context: { context },
      inbox: inbox,
      save: { session.save($0) },
      saveAs: { path, workshop, overwrite in
        let outcome = session.saveAs(path, workshop, overwrite: overwrite)
        if case .finished(.saved) = outcome {
          Self.moveWall(wall.server, to: session.path, inbox: inbox, environment: environment)
        }
        return outcome
      },
      export: { path, workshop, anonymous, overwrite, audience in
        Self.export(
          workshop, to: path, anonymous: anonymous, overwrite: overwrite, audience: audience,
          workshopPath: session.path, content: content, language: language)
      },
      readSheet: { path in SheetReader.read(path, content: content, language: language) },
      pendingSignal: SignalWatcher.takePending, suspendRequested: SignalWatcher.takeSuspend,
      clock: { Clock.moment() })
    if let ahead, ahead.kind == themeKind, ahead.glyphs == glyphs {
      loop.preparedFirstFrame = ahead.frame
    }
    loop.observers.append(wall.observe)
    loop.forgetFiles = { [unowned loop] person in
      Self.forgetFiles(
        person, workshop: loop.state.workshop, path: session.path, environment: environment,
        strings: content.strings, language: language)
    }
    var watcher: Repeating?
    if !readOnly {
      loop.afterFirstFrame.append {
        watcher = FileWatcher(session: session, inbox: inbox).watching()
      }
    }
    defer { watcher?.stop() }
    // The room: nothing of its server is set up until the facilitator opens it, not even the
    // page's headers (hashing its script and style took most of the start's instructions).
    let room = RoomController(
      address: roomAddress, site: { RoomSite(html: RoomPage.html, headers: RoomPage.headers) },
      content: content,
      post: { inbox.post(.action($0)) })
    loop.observers.append(room.observe)
    if self.room { inbox.post(.action(.toggleRoom)) }
    let ending = loop.run()
    RoomShutdown.wait(for: room)
    // The inbox's pipe closes with the loop; a late signal must not write to its number.
    SignalWatcher.wakes(-1)
    return (ending, loop.state)
  }
}
