import ArgumentParser
import TafelCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a workshop file; exit 0 when it is sound, 1 with every problem listed.")

  @Argument(help: "The workshop file to check.")
  var file: String

  @OptionGroup var common: CommonOptions

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let workshop = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.load(from: file)
    }
    Console.out(
      content.strings.text(
        .checkPassed,
        [
          "file": file,
          "participants": content.strings.count(
            .countParticipants, workshop.participants.count, in: language),
          "organisations": content.strings.count(
            .countOrganisations, workshop.organisations.count, in: language),
        ], in: language))
  }
}
