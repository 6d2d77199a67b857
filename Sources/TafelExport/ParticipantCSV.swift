import CSV
import Foundation
import TafelCore

/// The participants and their scores as CSV, in the columns `tafel import` reads, so an export can
/// be imported again. Anonymous: no names or roles, and no individual scores at all; only the
/// group's means per organisation remain, for delegations `Disclosure` allows. Every text cell
/// that a spreadsheet would take for a formula is quoted (`SpreadsheetFormula`).
public enum ParticipantCSV {
  public static func render(_ input: ReportInput) throws -> String {
    let writer = try CSVWriter(stream: .toMemory())
    let colours = DriveColour.allCases
    let dutch = input.language == .nl
    if input.anonymous {
      try writer.write(
        row: [dutch ? "organisatie" : "organisation", dutch ? "aantal" : "count"]
          + colours.map { dutch ? dutchHeader($0) : $0.rawValue } + [input.text(.exportNote)])
      let shown = input.disclosure.organisationsShown(in: input.workshop)
      for organisation in input.workshop.organisations {
        let profile = GroupAnalysis(
          workshop: input.workshop, organisationID: organisation.id, content: input.content
        ).profile
        guard profile.participantCount > 0 else { continue }
        let figures =
          shown.contains(organisation.id)
          ? colours.map { "\(Int(profile.figures($0).mean.rounded()))" } + [""]
          : colours.map { _ in "" }
            + [
              input.text(
                input.disclosure.showsFigures(ofGroupOf: profile.participantCount)
                  ? .privacyHiddenForOthers : .privacyTooSmall)
            ]
        try writer.write(
          row: [SpreadsheetFormula.neutralised(organisation.name), "\(profile.participantCount)"]
            + figures)
      }
    } else {
      let names =
        dutch ? ["naam", "organisatie", "rol", "type"] : ["name", "organisation", "role", "type"]
      // Rejection scores only when any were measured; a person without them gets empty cells.
      let hasRejection = input.workshop.participants.contains { $0.rejection != nil }
      let rejectionHeaders =
        hasRejection
        ? colours.map { dutch ? "afwijzing " + dutchHeader($0) : "rejection " + $0.rawValue } : []
      try writer.write(
        row: names + colours.map { dutch ? dutchHeader($0) : $0.rawValue } + rejectionHeaders)
      for person in input.workshop.participants {
        let kind = input.workshop.organisation(withID: person.organisationID).map {
          input.text($0.kind.stringKey)
        }
        let rejection =
          hasRejection
          ? colours.map { colour in person.rejection.map { "\($0[colour])" } ?? "" } : []
        try writer.write(
          row: [
            person.name, input.organisationName(person.organisationID), person.role, kind ?? "",
          ].map(SpreadsheetFormula.neutralised) + colours.map { "\(person.scores[$0])" }
            + rejection)
      }
    }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func dutchHeader(_ colour: DriveColour) -> String {
    switch colour {
    case .yellow: "geel"
    case .green: "groen"
    case .orange: "oranje"
    case .blue: "blauw"
    case .red: "rood"
    case .purple: "paars"
    }
  }
}

/// Writes a report in the format asked for: the whole workshop, with every session's minutes
/// and the running decision and action lists once it has them.
public enum SessionReport {
  public static func render(_ input: ReportInput, as format: ReportFormat) throws -> String {
    let text =
      switch format {
      case .html: HTMLReport.render(input)
      case .md: MarkdownReport.render(input)
      case .csv: try input.hasProcess ? ProcessCSV.render(input) : ParticipantCSV.render(input)
      }
    // No control character from the workshop reaches a browser, an editor or a spreadsheet.
    return TerminalText.printable(text)
  }
}
