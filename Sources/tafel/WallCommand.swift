import ArgumentParser
import Foundation
import TafelCore
import TafelLink
import TafelTerminal
import TafelUI

/// `tafel wall [FILE]`: the terminal on the projector. It shows, full screen, what the
/// facilitator's Tafel on this laptop sends for that workshop, and nothing else: it opens no
/// workshop file, takes no lock, and takes no key but `q`. Started first it waits; when the
/// facilitator's Tafel goes away it says so calmly and connects again on its own.
struct WallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wall",
    abstract: "Show the wall of a workshop open in Tafel on this laptop (for the projector).")

  @Argument(help: "The workshop the facilitator has open. Without it, the one Tafel running.")
  var file: String?

  @Option(help: "dark (default) or light, for projectors that wash out dark backgrounds.")
  var theme: OpenCommand.ThemeChoice?

  @OptionGroup var common: CommonOptions

  /// How long a key other than `q` brings up the line that says where keys go.
  static let hintSeconds = 4.0

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let environment = ProcessEnvironment.current
    guard Console.isInteractive else {
      throw CommandFailure(lines: [content.strings.text(.uiNotATerminal, in: language)])
    }
    // Only the path is worked out; the file itself is never opened.
    let folder = RuntimeFolder.path(environment: environment)
    let target: WallClient.Target =
      file.map {
        .workshop(
          path: WallAddress.canonical(FilePaths.resolvingLink(WorkshopFolder.existing($0))),
          folder: folder)
      } ?? .anyIn(folder: folder)
    let (terminal, themeKind) = try OpenRequest.startTerminal(
      theme: theme, environment: environment, strings: content.strings, language: language)
    var context = RenderContext(
      content: content, theme: Theme(themeKind), glyphs: terminal.unicode ? .unicode : .ascii,
      clock: "")
    context.language = language
    let inbox = Inbox()
    SignalWatcher.wakes(inbox.wakeWriteDescriptor)
    // The client only wakes the wait; what it found is read from its status.
    let client = WallClient(target) { inbox.post(.action(.wallsConnected(0))) }
    client.tell(WallFit(terminal.size))
    client.start()
    let signal = Self.show(
      client, on: terminal, context: context, file: file.map { FilePaths.expandingTilde($0) },
      inbox: inbox)
    SignalWatcher.wakes(-1)
    client.stop()
    terminal.stop()
    if let signal { Foundation.exit(128 + signal) }
  }

  /// Paints the wall whenever what the client has, the size or the hint changes; returns the
  /// signal that ended it, or nil for `q`.
  private static func show(
    _ client: WallClient, on terminal: NcursesTerminal, context: RenderContext, file: String?,
    inbox: Inbox
  ) -> Int32? {
    var size = terminal.size
    var hintUntil = Date().addingTimeInterval(hintSeconds)
    var painted: Grid?
    while true {
      if let signal = SignalWatcher.takePending() { return signal }
      if SignalWatcher.takeSuspend() {
        terminal.suspend()
        painted = nil
      }
      _ = inbox.take()
      let grid = WallPicture.draw(
        client.status, size: size, context: context, file: file, hint: Date() < hintUntil)
      if grid != painted {
        terminal.paint(grid)
        painted = grid
      }
      switch terminal.nextEvent(timeoutMilliseconds: 250, wakingFor: inbox) {
      case .key(.character("q")), .key(.character("Q")): return nil
      case .resize(let newSize):
        size = newSize
        client.tell(WallFit(newSize))
      case .key: hintUntil = Date().addingTimeInterval(hintSeconds)
      default: break
      }
    }
  }
}
