import ArgumentParser
import TafelCore

/// `tafel open`: the options as swift-argument-parser reads them. What opening does is
/// `OpenRequest`'s, which the common start also reaches without the parser (`OpenRequest.quick`).

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

  var request: OpenRequest {
    OpenRequest(
      file: file, readOnly: readOnly, theme: theme, deck: deck, room: room, listen: listen,
      common: common.choices)
  }

  func run() throws { try request.run() }
}
