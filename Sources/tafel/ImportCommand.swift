import ArgumentParser
import Foundation
import TafelCore

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Add participants from a spreadsheet export (CSV) to a workshop file.",
    discussion: """
      Columns: name, organisation, role, yellow, green, orange, blue, red, purple (or in Dutch: \
      naam, organisatie, rol, geel, groen, oranje, blauw, rood, paars); optionally type (the \
      organisation's type: gemeente, ggz, …) and the six rejection scores (afwijzing geel … \
      afwijzing paars, or rejection yellow …; all six or none). Comma, semicolon or tab \
      separated (or as a first line `sep=;` says), UTF-8 with or without BOM. Scores are whole \
      numbers from 0 to 100: decimals are refused, not rounded. Unknown organisations are \
      created. When any row is bad (a field too many, a score that is not a whole number, the \
      same person twice, an invisible control character, a quote never closed), every bad row is \
      listed and nothing is written.
      """)

  @Argument(help: "The workshop file to add to.")
  var file: String

  @Option(help: "The spreadsheet export (CSV) with one participant per row.")
  var participants: String

  @OptionGroup var common: CommonOptions

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let strings = content.strings
    // Through a symbolic link, the real file is locked and saved (see `OpenCommand`).
    let file = FilePaths.resolvingLink(self.file)
    let lock = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopLock(workshopPath: file)
    }
    defer { lock.release() }
    var workshop = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.load(from: file)
    }
    let bytes = try reportingFileErrors(content, language) { () throws(FileError) in
      try FileBytes.read(at: participants)
    }
    let sheet: ParticipantSheet
    do {
      sheet = try ParticipantSheet(bytes: bytes)
    } catch {
      var lines = Self.messages(for: error, path: participants, strings, language)
      lines.append(strings.text(.importNothingWritten, ["file": file], in: language))
      throw CommandFailure(lines: lines)
    }
    for column in sheet.ignoredColumns {
      Console.out(
        "\(participants): "
          + strings.text(.importIgnoredColumn, ["column": column], in: language))
    }
    let (change, summary) = WorkshopChange.importing(sheet, into: workshop)
    workshop.applyRecording(change, at: LocalTime.iso8601())
    try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.save(workshop, to: file)
    }
    for organisation in summary.createdOrganisations {
      Console.out(
        strings.text(.importCreatedOrganisation, ["name": organisation.name], in: language))
    }
    for participant in summary.added {
      Console.out(strings.text(.importAdded, ["name": participant.name], in: language))
    }
    for participant in summary.updated {
      Console.out(strings.text(.importUpdated, ["name": participant.name], in: language))
    }
    Console.out(
      strings.text(
        .importSaved,
        [
          "file": file,
          "added": strings.count(.countParticipants, summary.added.count, in: language),
          "updated": "\(summary.updated.count)",
        ],
        in: language))
  }

  static func messages(
    for failure: ParticipantSheet.Failure, path: String, _ strings: UIStrings, _ language: Language
  ) -> [String] {
    switch failure {
    case .empty: return ["\(path): " + strings.text(.importEmpty, in: language)]
    case .notUTF8(let line, let column):
      return ["\(path):\(line):\(column): " + strings.text(.importNotUTF8, in: language)]
    case .utf16: return ["\(path):1: " + strings.text(.importUTF16, in: language)]
    case .missingColumns(let columns):
      let names = columns.map { $0.title(in: language) }.joined(separator: ", ")
      return ["\(path): " + strings.text(.importMissingColumns, ["columns": names], in: language)]
    case .badRows(let problems):
      return problems.map { problem in
        "\(path):\(problem.line): " + strings.text(problem.message, in: language)
      }
    }
  }
}
