import ArgumentParser
import Foundation
import TafelCore
import TafelExport

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a session report: HTML (one self-contained page), Markdown or CSV.",
    discussion: """
      An existing file is never replaced unless --force is given, and never the workshop \
      itself, its backup (.bak) or its lock (.lock), not even with --force.
      """)

  @Argument(help: "The workshop file.")
  var file: String

  @Option(help: "html, md or csv (default: from --output's extension, else html).")
  var format: ReportFormatChoice?

  @Option(
    help: """
      Where to write it (default: the workshop's name with the format's extension); \
      - for standard output.
      """)
  var output: String?

  @Flag(help: "Replace a file that already exists at the output's name.")
  var force = false

  @Flag(help: "No names and no individual scores: only the group figures.")
  var anonymous = false

  @Option(
    name: .customLong("for"),
    help:
      "participants (default: what the room may read) or facilitator (the full, confidential record with ticked signals, notes and intake)."
  )
  var audience: AudienceChoice = .participants

  @Option(help: "The minutes of this session only (numbered from 1, as on screen 5).")
  var session: Int?

  @Flag(
    help: """
      A CSV of the participants in the columns tafel import reads, also for a workshop with \
      sessions (whose CSV is otherwise the process's minutes).
      """)
  var participantList = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    guard participantList else { return }
    if let format, format != .csv {
      throw ValidationError("--participant-list writes CSV; leave out --format or use csv.")
    }
    if session != nil {
      throw ValidationError("--participant-list and --session cannot go together.")
    }
  }

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
    let toStandardOutput = output == "-"
    let chosen =
      format.flatMap { ReportFormat(rawValue: $0.rawValue) }
      ?? (participantList
        ? .csv : (toStandardOutput ? nil : output.flatMap(ReportFormat.init(fileName:))) ?? .html)
    var input = ReportInput(
      workshop: workshop, content: content, language: language, anonymous: anonymous)
    input.audience = audience == .facilitator ? .facilitator : .participants
    input.participantList = participantList
    if let session {
      guard let minutes = MinutesBuilder.session(session, of: input) else {
        throw CommandFailure(lines: [
          content.strings.text(
            .exportNoSuchSession,
            ["file": file, "number": "\(session)", "count": "\(workshop.sessions.count)"],
            in: language)
        ])
      }
      let text = try minutes.render(as: chosen)
      if toStandardOutput {
        Console.report(text)
        return
      }
      let target =
        output ?? (FilePaths.removingExtension(file) + "-sessie-\(session)." + chosen.rawValue)
      if FilePaths.isWorkshopOrItsOwnFile(target, workshopPath: file) {
        throw CommandFailure(
          lines: FileError(path: target, kind: .workshopItself).messages(
            content.strings, in: language))
      }
      try reportingFileErrors(content, language) { () throws(FileError) in
        try WorkshopStore.writeFile(Array(text.utf8), to: target, replacing: force)
      }
      Console.out(content.strings.text(.exportWritten, ["file": target], in: language))
      return
    }
    if toStandardOutput {
      let text = try ReportWriter.render(input, as: chosen, strings: content.strings, language)
      Console.report(text)
      return
    }
    let target = output ?? (FilePaths.removingExtension(file) + "." + chosen.rawValue)
    try ReportWriter.write(
      input, as: chosen, to: target, replacing: force, workshopPath: file,
      strings: content.strings, language: language)
    Console.out(content.strings.text(.exportWritten, ["file": target], in: language))
  }
}

/// Writes a report file, atomically and private to its owner like a workshop file: a report with
/// names and scores is personal data too. It never takes the place of the workshop it was made
/// from (or its backup or lock), and replaces another existing file only when asked to.
enum ReportWriter {
  static func write(
    _ input: ReportInput, as format: ReportFormat, to path: String, replacing: Bool,
    workshopPath: String, strings: UIStrings, language: Language
  ) throws {
    if FilePaths.isWorkshopOrItsOwnFile(path, workshopPath: workshopPath) {
      throw CommandFailure(
        lines: FileError(path: path, kind: .workshopItself).messages(strings, in: language))
    }
    // A workshop another Tafel has open is never replaced by a report, not even with --force.
    if let owner = WorkshopLock.currentOwner(ofWorkshopAt: FilePaths.resolvingLink(path)) {
      throw CommandFailure(
        lines: FileError(path: path, kind: .locked(owner)).messages(strings, in: language))
    }
    let text = try render(input, as: format, strings: strings, language)
    do {
      try WorkshopStore.writeFile(Array(text.utf8), to: path, replacing: replacing)
    } catch {
      throw CommandFailure(lines: error.messages(strings, in: language))
    }
  }

  static func render(
    _ input: ReportInput, as format: ReportFormat, strings: UIStrings, _ language: Language
  ) throws -> String {
    do {
      return try SessionReport.render(input, as: format)
    } catch {
      throw CommandFailure(lines: [
        strings.text(.exportFailed, ["file": "-", "reason": "\(error)"], in: language)
      ])
    }
  }
}
