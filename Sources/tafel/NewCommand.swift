import ArgumentParser
import TafelCore

struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Create a new, empty workshop file.")

  @Argument(
    help: """
      The workshop file to create; a bare name goes into the workshops folder of config.toml, \
      when it names one. An existing file is never replaced.
      """)
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
    let path = WorkshopFolder.forNew(file)
    try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.create(workshop, at: path)
    }
    Console.out(
      content.strings.text(.createdWorkshop, ["file": path, "title": title], in: language))
  }
}
