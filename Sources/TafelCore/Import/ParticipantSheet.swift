import CSV
import Foundation

/// Participants read from a spreadsheet export (CSV): one row per person with name, organisation,
/// role and the six scores. Headers may be English or Dutch, the separator a comma, a semicolon (as
/// Dutch spreadsheets write) or a tab, and the text UTF-8 with or without a byte-order mark.
public struct ParticipantSheet: Equatable, Sendable {
  /// One person as the sheet gives them.
  public struct Row: Equatable, Sendable {
    /// The row's line in the file, counting the header as line 1.
    public var line: Int
    public var name: String
    public var organisation: String
    public var role: String
    public var scores: DriveScores
  }

  /// A column the sheet must or may have, with the header names that mean it.
  public enum Column: String, CaseIterable, Sendable {
    case name, organisation, role, yellow, green, orange, blue, red, purple

    public var headers: [String] {
      switch self {
      case .name: ["name", "naam"]
      case .organisation: ["organisation", "organization", "organisatie"]
      case .role: ["role", "rol", "functie"]
      case .yellow: ["yellow", "geel"]
      case .green: ["green", "groen"]
      case .orange: ["orange", "oranje"]
      case .blue: ["blue", "blauw"]
      case .red: ["red", "rood"]
      case .purple: ["purple", "paars"]
      }
    }

    var colour: DriveColour? { DriveColour(rawValue: rawValue) }
  }

  /// A row that cannot be imported, and why.
  public struct RowProblem: Equatable, Sendable {
    public var line: Int
    public var message: Message
  }

  /// Why a sheet cannot be imported. Nothing is imported when any of these occurs.
  public enum Failure: Error, Equatable, Sendable {
    case empty
    case notText
    case unreadable(String)
    case missingColumns([Column])
    case badRows([RowProblem])
  }

  public var rows: [Row]

  /// Reads a sheet; throws with every bad row when any row is bad.
  public init(bytes: [UInt8]) throws(Failure) {
    guard var text = String(validating: bytes, as: UTF8.self) else { throw .notText }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .empty }
    let records = try Self.records(in: text, delimiter: Self.guessDelimiter(text))
    guard let (header, _) = records.first else { throw .empty }
    let columns = try Self.columnIndexes(header)
    var rows: [Row] = []
    var problems: [RowProblem] = []
    for (fields, line) in records.dropFirst() {
      if fields.allSatisfy(\.isEmpty) { continue }
      switch Self.row(fields, line: line, columns: columns, width: header.count) {
      case .success(let row): rows.append(row)
      case .failure(let failure): problems += failure.problems
      }
    }
    guard problems.isEmpty else { throw .badRows(problems) }
    guard !rows.isEmpty else { throw .empty }
    self.rows = rows
  }

  /// The separator that occurs most often in the header line, outside quotes.
  static func guessDelimiter(_ text: String) -> UnicodeScalar {
    var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted.toggle() }
      if !quoted, scalar == "\n" || scalar == "\r" { break }
      if !quoted, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
    }
    let ranked: [UnicodeScalar] = [";", ",", "\t"]
    return ranked.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? ","
  }

  /// Each record's fields with the line it starts on.
  static func records(
    in text: String, delimiter: UnicodeScalar
  ) throws(Failure) -> [(fields: [String], line: Int)] {
    let reader: CSVReader
    do {
      reader = try CSVReader(
        string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
    } catch {
      throw .unreadable("\(error)")
    }
    var records: [(fields: [String], line: Int)] = []
    var line = 1
    while let fields = reader.next() {
      records.append((fields, line))
      // A quoted field may hold line breaks; the next record starts after them.
      line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
    }
    if let error = reader.error { throw .unreadable("\(error)") }
    return records
  }

  static func columnIndexes(_ header: [String]) throws(Failure) -> [Column: Int] {
    var indexes: [Column: Int] = [:]
    for (index, title) in header.enumerated() {
      let key = title.trimmingCharacters(in: .whitespaces).lowercased()
      if let column = Column.allCases.first(where: { $0.headers.contains(key) }),
        indexes[column] == nil
      {
        indexes[column] = index
      }
    }
    let missing = Column.allCases.filter { $0 != .role && indexes[$0] == nil }
    guard missing.isEmpty else { throw .missingColumns(missing) }
    return indexes
  }

  static func row(
    _ fields: [String], line: Int, columns: [Column: Int], width: Int
  ) -> Result<Row, RowFailure> {
    var problems: [RowProblem] = []
    func field(_ column: Column) -> String {
      guard let index = columns[column], index < fields.count else { return "" }
      return fields[index]
    }
    let name = field(.name)
    let organisation = field(.organisation)
    // Blank, not just empty: trimming leaves the inside of quotes and white space such as a
    // vertical tab, and a blank name would be saved into a workshop that then fails to load.
    if name.isBlank { problems.append(RowProblem(line: line, message: Message(.importEmptyName))) }
    if organisation.isBlank {
      problems.append(RowProblem(line: line, message: Message(.importEmptyOrganisation)))
    }
    // What is imported is saved, and the file must load again: no text may come near the
    // reader's 1 MB limit.
    for column in [Column.name, .organisation, .role] where field(column).count > maximumText {
      problems.append(
        RowProblem(
          line: line,
          message: Message(
            .importTooLong, ["column": column.headers[0], "limit": "\(maximumText)"])))
    }
    var scores = DriveScores(all: 0)
    for column in Column.allCases {
      guard let colour = column.colour else { continue }
      let text = field(column)
      if let value = parseScore(text) {
        scores[colour] = value
      } else {
        problems.append(
          RowProblem(
            line: line,
            message: Message(.importBadScore, ["column": column.headers[0], "value": text])))
      }
    }
    guard problems.isEmpty else { return .failure(RowFailure(problems: problems)) }
    // The quote Tafel's own CSV export put before a cell that looks like a formula comes off.
    let text = SpreadsheetFormula.restored
    return .success(
      Row(
        line: line, name: text(name), organisation: text(organisation), role: text(field(.role)),
        scores: scores))
  }

  /// Characters in a name, organisation or role; far more than any, far less than 1 MB.
  static let maximumText = 1_000

  struct RowFailure: Error {
    var problems: [RowProblem]
  }

  /// A whole score from 0 to 100. Decimals, with a point or (as Dutch spreadsheets write) a comma,
  /// are rounded.
  static func parseScore(_ text: String) -> Int? {
    let normalised = text.replacingOccurrences(of: ",", with: ".")
    // Int(exactly:), not Int(_:): a value beyond Int's range (such as 1e300) is not a score,
    // and converting it would trap.
    guard !normalised.isEmpty, let value = Double(normalised), value.isFinite,
      let rounded = Int(exactly: value.rounded())
    else { return nil }
    return DriveScores.range.contains(rounded) ? rounded : nil
  }
}
