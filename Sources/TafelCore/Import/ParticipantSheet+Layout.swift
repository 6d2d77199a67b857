import Foundation

extension ParticipantSheet {
  /// A column the sheet must or may have, with the header names that mean it.
  public enum Column: String, CaseIterable, Sendable {
    case name, organisation, role, yellow, green, orange, blue, red, purple
    /// The organisation's type (gemeente, ggz, …); optional.
    case kind
    /// How strongly the person rejects each drive; optional, but all six or none.
    case rejectionYellow, rejectionGreen, rejectionOrange, rejectionBlue, rejectionRed
    case rejectionPurple

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
      case .kind:
        ["type", "type", "organisation type", "organisatietype", "soort", "kind", "sector"]
      case .rejectionYellow, .rejectionGreen, .rejectionOrange, .rejectionBlue, .rejectionRed,
        .rejectionPurple:
        rejectionColour.map(Self.rejectionHeaders) ?? []
      }
    }

    /// "rejection yellow", "afwijzing geel", and the same with the words the other way round or
    /// joined by an underscore or a hyphen, as spreadsheets often write them.
    static func rejectionHeaders(_ colour: DriveColour) -> [String] {
      let dutch = Self(rawValue: colour.rawValue)?.headers[1] ?? colour.rawValue
      let pairs = [("rejection", colour.rawValue), ("afwijzing", dutch)]
      return pairs.map { "\($0) \($1)" }
        + pairs.flatMap { word, name in ["\(name) \(word)", "\(word)_\(name)", "\(word)-\(name)"] }
    }

    /// A sheet without this column is refused. The rejection columns are all six or none.
    public var isRequired: Bool {
      switch self {
      case .role, .kind: false
      default: rejectionColour == nil
      }
    }

    /// The colour of a rejection column.
    public var rejectionColour: DriveColour? {
      switch self {
      case .rejectionYellow: .yellow
      case .rejectionGreen: .green
      case .rejectionOrange: .orange
      case .rejectionBlue: .blue
      case .rejectionRed: .red
      case .rejectionPurple: .purple
      default: nil
      }
    }

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
      var missing = Column.allCases.filter { $0.isRequired && indexes[$0] == nil }
      let rejection = Column.allCases.filter { $0.rejectionColour != nil }
      if rejection.contains(where: { indexes[$0] != nil }) {
        missing += rejection.filter { indexes[$0] == nil }
      }
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
      var kind: OrganisationKind?
      let kindText = field(.kind)
      if !kindText.isBlank {
        kind = OrganisationKind(sheetValue: kindText)
        if kind == nil {
          problem(
            .importUnknownKind,
            [
              "column": title(.kind), "value": kindText,
              "known": OrganisationKind.sheetNames.joined(separator: ", "),
            ])
        }
      }
      let rejection = rejectionScores(field, problem: problem)
      guard problems.isEmpty else { return .failure(RowFailure(problems: problems)) }
      // The quote Tafel's own CSV export put before a cell that looks like a formula comes off.
      let text = SpreadsheetFormula.restored
      return .success(
        Row(
          line: line, name: text(name), organisation: text(organisation),
          role: text(field(.role)), scores: scores, kind: kind, rejection: rejection))
    }

    /// All six rejection scores, or nil when the six cells are empty (not measured). Some
    /// filled and some empty is a problem: a missing score is not a zero.
    func rejectionScores(
      _ field: (Column) -> String, problem: (StringKey, [String: String]) -> Void
    ) -> DriveScores? {
      let columns = Column.allCases.filter { $0.rejectionColour != nil }
      guard columns.contains(where: { indexes[$0] != nil }) else { return nil }
      let texts = columns.map(field)
      if texts.allSatisfy(\.isEmpty) { return nil }
      if texts.contains(where: \.isEmpty) {
        problem(.importPartialRejection, [:])
        return nil
      }
      var scores = DriveScores(all: 0)
      var valid = true
      for (column, text) in zip(columns, texts) {
        guard let colour = column.rejectionColour else { continue }
        if let value = parseScore(text) {
          scores[colour] = value
        } else {
          valid = false
          problem(
            isDecimal(text) ? .importFractionalScore : .importBadScore,
            ["column": title(column), "value": text])
        }
      }
      return valid ? scores : nil
    }
  }
}
