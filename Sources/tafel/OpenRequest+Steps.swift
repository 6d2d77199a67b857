import Foundation
import TafelCore
import TafelExport
import TafelLink
import TafelRoom
import TafelTerminal
import TafelUI

extension OpenRequest {
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

  /// The walls' socket, opened after the first frame: the loop calls its observers right after
  /// painting, and opening the socket, with its thread, was a fortieth of the start. What
  /// stands in the way is said then, unless something else is said already.
  final class LateWall {
    private let path: () -> String
    private let inbox: Inbox
    private let environment: [String: String]
    private let content: Content
    private(set) var server: WallServer?
    private var publisher: WallPublisher?
    private var started = false

    init(
      path: @escaping () -> String, inbox: Inbox, environment: [String: String],
      content: Content
    ) {
      self.path = path
      self.inbox = inbox
      self.environment = environment
      self.content = content
    }

    func observe(_ state: AppState) {
      if !started {
        started = true
        let wall = OpenRequest.startWall(for: path(), inbox: inbox, environment: environment)
        server = wall.server
        publisher = wall.server.map { WallPublisher(server: $0, content: content) }
        if let refusal = wall.refusal { inbox.post(.action(.remark(refusal))) }
      }
      publisher?.observe(state)
    }

    func stop() { server?.stop() }
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

  /// Takes the terminal for a full screen (the interface or `tafel wall`) in the theme asked
  /// for, else config.toml's, else dark; the kind of theme it can show; a refusal as its message.
  static func startTerminal(
    theme asked: OpenCommand.ThemeChoice?, environment: [String: String], strings: UIStrings,
    language: Language, warmUp: TerminalWarmUp? = nil
  ) throws -> (terminal: NcursesTerminal, theme: Theme.Kind) {
    let theme = chosenTheme(asked)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal.start(
        environment: environment, background: theme == .light ? .light : .dark, warmUp: warmUp)
    } catch {
      throw CommandFailure(lines: [message(for: error, strings, language)])
    }
    return (terminal, themeKind(theme, colour: terminal.colourDepth > 0))
  }

  /// The kind of theme a terminal shows `theme` in, with or without colour.
  static func themeKind(_ theme: OpenCommand.ThemeChoice, colour: Bool) -> Theme.Kind {
    colour ? (theme == .light ? .light : .dark) : .monochrome
  }

  /// The theme asked for, else config.toml's, else dark.
  static func chosenTheme(_ asked: OpenCommand.ThemeChoice?) -> OpenCommand.ThemeChoice {
    asked ?? UserConfig.current.theme ?? .dark
  }

  private static func message(
    for error: TerminalStartError, _ strings: UIStrings, _ language: Language
  ) -> String {
    switch error {
    case .notATerminal: strings.text(.uiNotATerminal, in: language)
    case .unknownTerminal(let term): strings.text(.uiUnknownTerminal, ["term": term], in: language)
    case .noCursorAddressing(let term):
      strings.text(.uiNoCursorAddressing, ["term": term], in: language)
    }
  }

  /// Where the room listens: what `--listen` (or `[room] address` in config.toml) names,
  /// matched against this laptop's addresses, else the address of the interface with the default
  /// route (`tafel room check` chooses the same way). An address asked for is checked now, so a
  /// wrong one is said before the screen opens. Without one, the address is chosen when the room
  /// opens: on the network the laptop is on by then, and the first frame does not wait for the
  /// route table.
  static func roomAddress(_ listen: String?, strings: UIStrings, language: Language) throws
    -> @Sendable () -> ListenAddress
  {
    guard let asked = listen ?? UserConfig.current.roomAddress else {
      return { defaultRoomAddress() }
    }
    let addresses = NetworkInterfaces.addresses()
    switch RoomCheckCommand.choose(asked, addresses, NetworkInterfaces.defaultRouteInterface()) {
    case .success(let chosen):
      let address = listenAddress(chosen, asked: asked)
      return { address }
    case .failure(let problem):
      throw CommandFailure(lines: [problem.message(strings, in: language, addresses: addresses)])
    }
  }

  /// The default route's address. Without any network (the only way nothing is chosen when
  /// nothing was asked) the room stays on this laptop (127.0.0.1), where only a browser on it can
  /// reach the page; `tafel room check` says why.
  static func defaultRoomAddress() -> ListenAddress {
    let addresses = NetworkInterfaces.addresses()
    switch RoomCheckCommand.choose(nil, addresses, NetworkInterfaces.defaultRouteInterface()) {
    case .success(let chosen): return listenAddress(chosen, asked: nil)
    case .failure: return ListenAddress(host: "127.0.0.1")
    }
  }

  /// The usual port may give way to the next free one; a port asked for may not.
  private static func listenAddress(_ chosen: RoomEndpoint, asked: String?) -> ListenAddress {
    let port =
      chosen.port == RoomEndpoint.defaultPort && !(asked ?? "").contains("\(chosen.port)")
      ? nil : UInt16(chosen.port)
    return ListenAddress(host: chosen.listen, port: port, shown: chosen.shown)
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
