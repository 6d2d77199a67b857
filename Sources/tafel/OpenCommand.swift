import ArgumentParser
import Foundation
import TafelCore
import TafelExport
import TafelLink
import TafelRoom
import TafelTerminal
import TafelUI

struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open a workshop file in the full-screen interface (the demo when no file is given).")

  @Argument(help: "The workshop file. Without it, your copy of the demo workshop.")
  var file: String?

  @Flag(help: "Open without editing (also offered when another Tafel has the file open).")
  var readOnly = false

  @Option(help: "dark (default) or light, for projectors that wash out dark backgrounds.")
  var theme: ThemeChoice?

  @Option(help: "A dilemma deck file of your own (the shape of data/content/dilemmas.json).")
  var deck: String?

  @Flag(help: "Open the room for participants' phones at once (Z opens and closes it later).")
  var room = false

  @Option(
    help: ArgumentHelp(
      "Where the room listens for phones: one address of this laptop, with a port if you like.",
      valueName: "ADDR[:PORT]"))
  var listen: String?

  @OptionGroup var common: CommonOptions

  enum ThemeChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case dark, light
  }

  func run() throws {
    var content = try common.loadContent()
    let language = common.language
    let strings = content.strings
    let environment = ProcessEnvironment.current
    if let deck = deck ?? UserConfig.current.deck {
      content.dilemmas = try reportingFileErrors(content, language) { () throws(FileError) in
        try JSONFileDecoder.decode(
          DilemmaDeck.self, from: try JSONFileDecoder.readBytes(at: deck), path: deck
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
          readOnly = try Self.offerReadOnly(
            after: error, path: path, strings: strings, language: language)
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
        roomAddress: roomAddress)
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

  private func runScreen(
    _ workshop: Workshop, session: WorkshopSession, content: Content, readOnly: Bool,
    notice: Message?, roomAddress: ListenAddress
  ) throws -> (AppLoop.Ending, AppState) {
    let language = common.language
    let environment = ProcessEnvironment.current
    let theme = self.theme ?? UserConfig.current.theme ?? .dark
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal.start(
        environment: environment, background: theme == .light ? .light : .dark)
    } catch {
      throw CommandFailure(lines: [Self.message(for: error, content.strings, language)])
    }
    defer { terminal.stop() }
    let themeKind: Theme.Kind =
      terminal.colourDepth == 0 ? .monochrome : (theme == .light ? .light : .dark)
    let context = RenderContext(
      content: content, theme: Theme(themeKind), glyphs: terminal.unicode ? .unicode : .ascii,
      clock: "")
    var state = AppState(
      workshop: workshop, language: language, readOnly: readOnly, savedAt: Clock.now(),
      impasseContent: content.impasse, dilemmaDeck: content.dilemmas)
    state.notice = notice
    let inbox = Inbox()
    let wall = Self.startWall(for: session.path, inbox: inbox, environment: environment)
    defer { wall.server?.stop() }
    if state.notice == nil { state.notice = wall.refusal }
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
    if let server = wall.server {
      loop.observers.append(WallPublisher(server: server, content: content).observe)
    }
    loop.forgetFiles = { [unowned loop] person in
      Self.forgetFiles(
        person, workshop: loop.state.workshop, path: session.path, environment: environment,
        strings: content.strings, language: language)
    }
    let watcher = readOnly ? nil : FileWatcher(session: session, inbox: loop.inbox).watching()
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

  /// The socket `tafel wall` connects to (issue 14). Tafel works as before without it: what
  /// stands in the way (another Tafel serving this workshop, someone else's file at the
  /// socket's path) is said once in the header and left alone.
  static func startWall(
    for workshopPath: String, inbox: Inbox, environment: [String: String]
  ) -> (server: WallServer?, refusal: Message?) {
    do throws(LinkError) {
      let server = try WallServer.start(workshopAt: workshopPath, environment: environment) {
        inbox.post(.action(.wallsConnected($0)))
      }
      return (server, nil)
    } catch {
      return (nil, error.message)
    }
  }

  /// After save-as the walls' socket takes the new file's name, so `tafel wall NEWFILE` finds
  /// it; walls already connected stay so. What stands in the way is said, as at the start.
  static func moveWall(
    _ server: WallServer?, to workshopPath: String, inbox: Inbox, environment: [String: String]
  ) {
    do throws(LinkError) {
      try server?.move(toWorkshopAt: workshopPath, environment: environment)
    } catch {
      inbox.post(.action(.exported(error.message)))
    }
  }

  /// Forgets `person` in the files beside the workshop, after the interface forgot them in the
  /// workshop (`V`); the message says in how many, or which one failed.
  static func forgetFiles(
    _ person: Participant, workshop: Workshop, path: String, environment: [String: String],
    strings: UIStrings, language: Language
  ) -> Message {
    let plan = ForgetPlan.make(
      path: path, workshop: workshop, person: person,
      replacement: strings.text(.forgetRemovedParticipant, in: workshop.language),
      environment: environment, includingWorkshop: false)
    do {
      try plan.carryOut()
    } catch {
      return Message(
        .uiForgetFilesFailed,
        ["file": error.path, "reason": strings.text(error.message, in: language)])
    }
    let removed = plan.steps.filter { if case .remove = $0 { true } else { false } }.count
    return Message(
      .uiForgottenFiles,
      [
        "name": person.name,
        "changed": strings.count(.countFiles, plan.steps.count - removed, in: language),
        "removed": "\(removed)",
      ])
  }

  /// Writes a report from inside the interface; the message says where it went, or why not. A
  /// file already there is replaced only with `overwrite`, after the facilitator said yes; the
  /// workshop itself, its backup and its lock never are.
  static func export(
    _ workshop: Workshop, to path: String, anonymous: Bool, overwrite: Bool,
    audience: ReportAudience, workshopPath: String, content: Content, language: Language
  ) -> WriteOutcome<Message> {
    let strings = content.strings
    let expanded = FilePaths.expandingTilde(path)
    let failed = { (reason: String) in
      WriteOutcome.finished(Message(.exportFailed, ["file": path, "reason": reason]))
    }
    if FilePaths.isWorkshopOrItsOwnFile(expanded, workshopPath: workshopPath) {
      return failed(strings.text(.fileWorkshopItself, in: language))
    }
    if ExistingFile.isFolder(expanded) {
      return failed(strings.text(.fileIsDirectory, in: language))
    }
    if let owner = WorkshopLock.currentOwner(ofWorkshopAt: FilePaths.resolvingLink(expanded)) {
      return failed(strings.text(FileError(path: path, kind: .locked(owner)).message, in: language))
    }
    guard let format = ReportFormat(fileName: expanded) else {
      return failed(strings.text(.exportUnknownFormat, in: language))
    }
    if !overwrite, let existing = ExistingFile.describe(expanded) { return .exists(existing) }
    var input = ReportInput(
      workshop: workshop, content: content, language: language, anonymous: anonymous)
    input.audience = audience
    do {
      let text = try SessionReport.render(input, as: format)
      try WorkshopStore.writeFile(Array(text.utf8), to: expanded, replacing: overwrite)
      return .finished(Message(.exportWritten, ["file": expanded]))
    } catch let error as FileError {
      if error.kind == .existsWithoutForce, let existing = ExistingFile.describe(expanded) {
        return .exists(existing)
      }
      var message = error.message
      if let reason = error.systemReason(strings, in: language) {
        message.arguments["reason"] = reason
      }
      return failed(strings.text(message, in: language))
    } catch {
      return failed("\(error)")
    }
  }

  static func message(for error: TerminalStartError, _ strings: UIStrings, _ language: Language)
    -> String
  {
    switch error {
    case .notATerminal: strings.text(.uiNotATerminal, in: language)
    case .unknownTerminal(let term): strings.text(.uiUnknownTerminal, ["term": term], in: language)
    case .noCursorAddressing(let term):
      strings.text(.uiNoCursorAddressing, ["term": term], in: language)
    }
  }

  /// Where the room listens: what `--listen` (or `[room] address` in config.toml) names,
  /// matched against this laptop's addresses, else the address of the interface with the default
  /// route (`tafel room check` chooses the same way). Without any network the room stays on this
  /// laptop (127.0.0.1), where only a browser on it can reach the page; the check says why.
  static func roomAddress(_ listen: String?, strings: UIStrings, language: Language) throws
    -> ListenAddress
  {
    let asked = listen ?? UserConfig.current.roomAddress
    let addresses = NetworkInterfaces.addresses()
    switch RoomCheckCommand.choose(asked, addresses, NetworkInterfaces.defaultRouteInterface()) {
    case .success(let chosen):
      // The usual port may give way to the next free one; a port asked for may not.
      let port =
        chosen.port == RoomEndpoint.defaultPort && !(asked ?? "").contains("\(chosen.port)")
        ? nil : UInt16(chosen.port)
      return ListenAddress(host: chosen.listen, port: port, shown: chosen.shown)
    case .failure(.noNetwork) where asked == nil:
      return ListenAddress(host: "127.0.0.1")
    case .failure(let problem):
      throw CommandFailure(lines: [problem.message(strings, in: language, addresses: addresses)])
    }
  }

  static func folderIsWritable(of path: String) -> Bool {
    access(FilePaths.openableFolder(of: path), W_OK) == 0
  }

  /// Says who holds the file and asks whether to open it read-only; any other lock error ends
  /// the command.
  static func offerReadOnly(
    after error: FileError, path: String, strings: UIStrings, language: Language
  ) throws -> Bool {
    guard case .locked = error.kind else {
      throw CommandFailure(lines: error.messages(strings, in: language))
    }
    Console.error(error.messages(strings, in: language).joined(separator: "\n"))
    Console.ask(strings.text(.openReadOnlyQuestion, in: language))
    let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    guard ["j", "ja", "y", "yes"].contains(answer) else {
      throw CommandFailure(lines: [strings.text(.openReadOnlyHint, ["file": path], in: language)])
    }
    return true
  }
}

/// The facilitator's own copy of the demo workshop, so the shipped demo is never changed.
enum DemoCopy {
  static func ensure(environment: [String: String], strings: UIStrings, language: Language) throws
    -> String
  {
    let base =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FilePaths.joined(NSHomeDirectory(), ".local/share")
    let folder = UserConfig.current.workshops ?? FilePaths.joined(base, "tafel")
    let path = FilePaths.joined(folder, "demo.json")
    if FileManager.default.fileExists(atPath: path) { return path }
    let content = try Content.embedded()
    // Private from the start: the copy will hold profiles the facilitator types in.
    try reportingFileErrors(content, language) { () throws(FileError) in
      try PrivateFolder.create(folder)
    }
    try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.create(try DemoWorkshop.load(), at: path)
    }
    Console.error(strings.text(.demoCopyMade, ["file": path], in: language))
    return path
  }
}
