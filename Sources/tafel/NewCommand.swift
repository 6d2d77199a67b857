import ArgumentParser
import TafelCore

struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Create a new, empty workshop file.")

  @Argument(help: "The workshop file to create. An existing file is never replaced.")
  var file: String

  @Option(help: "The workshop's title.")
  var title: String

  @Option(name: .customLong("date"), help: "A session date, yyyy-mm-dd (repeat for more).")
  var dates: [String] = []

  @OptionGroup var common: CommonOptions

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let workshop = Workshop(title: title, dates: dates, language: language)
    let problems = workshop.validate()
    guard problems.isEmpty else {
      throw CommandFailure(lines: problems.map { content.strings.text($0.message, in: language) })
    }
    try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.create(workshop, at: file)
    }
    Console.out(
      content.strings.text(.createdWorkshop, ["file": file, "title": title], in: language))
  }
}
