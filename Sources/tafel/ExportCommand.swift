import ArgumentParser
import Foundation
import TafelCore
import TafelExport

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a session report: HTML (one self-contained page), Markdown or CSV.")

  @Argument(help: "The workshop file.")
  var file: String

  @Option(help: "html, md or csv (default: from --output's extension, else html).")
  var format: ReportFormatChoice?

  @Option(help: "Where to write it (default: the workshop's name with the format's extension).")
  var output: String?

  @Flag(help: "No names and no individual scores: only the group figures.")
  var anonymous = false

  @Option(
    name: .customLong("for"),
    help:
      "participants (default: what the room may read) or facilitator (the full, confidential record with ticked signals, notes and intake)."
  )
  var audience: AudienceChoice = .participants

  @OptionGroup var common: CommonOptions

  enum ReportFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case html, md, csv
  }

  enum AudienceChoice: String, ExpressibleByArgument, CaseIterable {
    case participants, facilitator
  }

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let workshop = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.load(from: file)
    }
    let chosen =
      format.flatMap { ReportFormat(rawValue: $0.rawValue) } ?? output.flatMap(
        ReportFormat.init(fileName:))
      ?? .html
    let target = output ?? (FilePaths.removingExtension(file) + "." + chosen.rawValue)
    var input = ReportInput(
      workshop: workshop, content: content, language: language, anonymous: anonymous)
    input.audience = audience == .facilitator ? .facilitator : .participants
    try ReportWriter.write(
      input, as: chosen, to: target, strings: content.strings, language: language)
    print(content.strings.text(.exportWritten, ["file": target], in: language))
  }
}

/// Writes a report file, atomically and private to its owner like a workshop file: a report with
/// names and scores is personal data too.
enum ReportWriter {
  static func write(
    _ input: ReportInput, as format: ReportFormat, to path: String, strings: UIStrings,
    language: Language
  ) throws {
    do {
      let text = try SessionReport.render(input, as: format)
      try WorkshopStore.writeFile(Array(text.utf8), to: path)
    } catch let error as FileError {
      throw CommandFailure(lines: error.messages(strings, in: language))
    } catch {
      throw CommandFailure(lines: [
        strings.text(.exportFailed, ["file": path, "reason": "\(error)"], in: language)
      ])
    }
  }
}
