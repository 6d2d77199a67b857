import ArgumentParser
import TafelCore

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo", abstract: "Write a fresh copy of the demo workshop.")

  @Option(help: "Where to write it. An existing file is never replaced.")
  var output: String

  @OptionGroup var common: CommonOptions

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.create(try DemoWorkshop.load(), at: output)
    }
    Console.out(content.strings.text(.demoWritten, ["file": output], in: language))
  }
}
