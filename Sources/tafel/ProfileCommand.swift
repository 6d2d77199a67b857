import ArgumentParser
import Foundation
import TafelCore
import TafelExport
import TafelTerminal

struct ProfileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profile",
    abstract: "Print each participant's profile and the group profile with its pitfalls.")

  @Argument(help: "The workshop file.")
  var file: String?

  @Flag(help: "Use the embedded demo workshop instead of a file.")
  var demo = false

  @Option(help: "Only this organisation's delegation (its name, short name or id).")
  var organisation: String?

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if demo == (file != nil) {
      throw usageError(.usageProfileFileOrDemo, language: common.language)
    }
  }

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let workshop = try reportingFileErrors(content, language) { () throws(FileError) in
      if let file { return try WorkshopStore.load(from: file) }
      return try DemoWorkshop.load()
    }
    var delegation: Organisation?
    if let organisation {
      guard let found = workshop.organisation(named: organisation) else {
        let known = workshop.organisations.map(\.name).joined(separator: ", ")
        throw CommandFailure(lines: [
          content.strings.text(
            .unknownOrganisationFilter, ["name": organisation, "known": known], in: language)
        ])
      }
      delegation = found
    }
    let environment = ProcessEnvironment.current
    let terminal = TerminalCapabilities.detect(environment: environment)
    let report = ProfileReport(
      workshop: workshop, organisation: delegation, content: content, language: language,
      unicode: terminal.unicode, width: min(terminal.columns ?? 100, 100))
    let colouring = TerminalColouring(colours: terminal.colours)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(report.json)
      Console.out(String(decoding: data, as: UTF8.self))
    } else {
      Console.out(colouring.render(report), terminator: "", colours: colouring != .none)
    }
  }
}
