import CSV
import Foundation
import TafelCore

/// The whole process as CSV, for a minute-taker's spreadsheet: one row per line of each
/// session's minutes, the session's number in the first column, the part of the minutes
/// (present, decisions, actions, …) in the second, its text after; a table's header and rows
/// spread over further columns. Then the running decision and action lists, each row under the
/// session it was written down in (empty: outside a session). Filtering the first column gives
/// one session; the second, every decision. It replaces the participants' list (`ParticipantCSV`)
/// once a workshop has sessions, decisions or actions (see docs/decisions.md).
public enum ProcessCSV {
  public static func render(_ input: ReportInput) throws -> String {
    let writer = try CSVWriter(stream: .toMemory())
    let dutch = input.language == .nl
    try writer.write(
      row: [dutch ? "sessie" : "session", dutch ? "onderdeel" : "part", dutch ? "tekst" : "text"])
    func write(_ cells: [String]) throws {
      try writer.write(row: cells.map(SpreadsheetFormula.neutralised))
    }
    for session in input.sessionMinutes {
      let number = "\(session.number)"
      try write([number, input.text(.exportSession), session.heading])
      for section in session.sections {
        for block in section.blocks {
          switch block {
          case .paragraph(let text), .emphasis(let text):
            try write([number, section.heading, text])
          case .list(let items):
            for item in items { try write([number, section.heading, item]) }
          case .table(let header, let rows):
            try write([number, section.heading] + header)
            for row in rows { try write([number, section.heading] + row) }
          }
        }
      }
    }
    // The running lists carry their session as their second column; here it leads.
    for table in input.historyTables {
      try write(["", table.title] + without(1, table.header))
      for row in table.rows {
        try write([row.count > 1 ? row[1] : "", table.title] + without(1, row))
      }
    }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func without(_ index: Int, _ cells: [String]) -> [String] {
    cells.enumerated().filter { $0.offset != index }.map(\.element)
  }
}
