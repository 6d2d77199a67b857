import Foundation

extension ParticipantSheet {
  /// A column the sheet must or may have, with the header names that mean it.
  public enum Column: String, CaseIterable, Sendable {
    case name, organisation, role, yellow, green, orange, blue, red, purple

    /// The header names that mean this column: the English one first, then the Dutch one, then
    /// other spellings. Matched without regard to case.
    public var headers: [String] {
      switch self {
      case .name: ["name", "naam"]
      case .organisation: ["organisation", "organisatie", "organization"]
      case .role: ["role", "rol", "functie"]
      case .yellow: ["yellow", "geel"]
      case .green: ["green", "groen"]
      case .orange: ["orange", "oranje"]
      case .blue: ["blue", "blauw"]
      case .red: ["red", "rood"]
      case .purple: ["purple", "paars"]
      }
    }

    /// A sheet without this column is refused.
    public var isRequired: Bool { self != .role }

    /// The column's header name in `language`.
    public func title(in language: Language) -> String {
      language == .nl ? headers[1] : headers[0]
    }

    var colour: DriveColour? { DriveColour(rawValue: rawValue) }
  }

  /// Which field of a row holds which column, and what the sheet calls it.
  struct Layout {
    var indexes: [Column: Int] = [:]
    /// The header as the sheet writes it, so that a message names the column in its words.
    var titles: [String]
    /// Headers that name no column Tafel reads, as the sheet writes them.
    var ignored: [String] = []

    init(header: CSVRecords.Record) throws(Failure) {
      titles = header.fields
      var problems: [RowProblem] = []
      for (index, title) in header.fields.enumerated() {
        // Spreadsheets pad headers ("Rol "); unpadded, a role column would go unread unseen.
        let key = title.trimmingCharacters(in: .whitespaces).lowercased()
        guard let column = Column.allCases.first(where: { $0.headers.contains(key) }) else {
          if !key.isEmpty { ignored.append(title) }
          continue
        }
        if indexes[column] != nil {
          problems.append(
            RowProblem(
              line: header.line, message: Message(.importDuplicateColumn, ["column": title])))
        } else {
          indexes[column] = index
        }
      }
      let missing = Column.allCases.filter { $0.isRequired && indexes[$0] == nil }
      guard missing.isEmpty else { throw .missingColumns(missing) }
      guard problems.isEmpty else { throw .badRows(problems) }
    }

    func title(_ column: Column) -> String {
      indexes[column].map { titles[$0] } ?? column.headers[0]
    }

    func row(_ record: CSVRecords.Record) -> Result<Row, RowFailure> {
      let line = record.line
      let fields = record.fields
      // A field too many shifts every column after it: the values are then in the wrong
      // places, so nothing else about the row can be judged.
      guard fields.count <= titles.count else {
        return .failure(
          RowFailure(problems: [
            RowProblem(
              line: line,
              message: Message(
                .importTooManyFields,
                ["count": "\(fields.count)", "expected": "\(titles.count)"]))
          ]))
      }
      var problems: [RowProblem] = []
      func problem(_ key: StringKey, _ values: [String: String] = [:]) {
        problems.append(RowProblem(line: line, message: Message(key, values)))
      }
      func field(_ column: Column) -> String {
        guard let index = indexes[column], index < fields.count else { return "" }
        return fields[index]
      }
      let name = field(.name)
      let organisation = field(.organisation)
      // Blank, not just empty: trimming leaves the inside of quotes and white space such as a
      // vertical tab, and a blank name would be saved into a workshop that then fails to load.
      if name.isBlank { problem(.importEmptyName) }
      if organisation.isBlank { problem(.importEmptyOrganisation) }
      for column in [Column.name, .organisation, .role] {
        let text = field(column)
        // What is imported is saved, and the file must load again: no text may come near the
        // reader's 1 MB limit.
        if text.count > maximumText {
          problem(.importTooLong, ["column": title(column), "count": "\(maximumText)"])
        }
        if let (scalar, position) = TextSafety.firstControlCharacter(in: text) {
          if scalar == "\n" || scalar == "\r" {
            problem(.importLineBreak, ["column": title(column)])
          } else {
            problem(
              .importControlCharacter,
              [
                "column": title(column), "code": TextSafety.code(scalar),
                "position": "\(position)",
              ])
          }
        }
      }
      var scores = DriveScores(all: 0)
      for column in Column.allCases {
        guard let colour = column.colour else { continue }
        let text = field(column)
        if let value = parseScore(text) {
          scores[colour] = value
        } else {
          problem(
            isDecimal(text) ? .importFractionalScore : .importBadScore,
            ["column": title(column), "value": text])
        }
      }
      guard problems.isEmpty else { return .failure(RowFailure(problems: problems)) }
      // The quote Tafel's own CSV export put before a cell that looks like a formula comes off.
      let text = SpreadsheetFormula.restored
      return .success(
        Row(
          line: line, name: text(name), organisation: text(organisation),
          role: text(field(.role)), scores: scores))
    }
  }
}
