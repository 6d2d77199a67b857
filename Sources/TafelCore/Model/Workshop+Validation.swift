/// A problem found in a workshop that makes it unfit to use. Each says what is wrong and where.
public struct ValidationProblem: Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Equatable, Sendable {
    case emptyTitle
    case emptyName
    case emptyID
    case duplicateID(String)
    case scoreOutOfRange(Int)
    case unknownOrganisation(String)
    case badDate(String)
    case emptyText
    case unsupportedSchemaVersion(Int)
    /// A key the model does not read, with the known key it most resembles.
    case unknownKey(suggestion: String?)
    /// A line break or tab in a text that is one line (a name, a role, a title).
    case lineBreak
    /// A session, decision or action number that repeats or names none (issue 16).
    case badNumber(Int)
    /// A session left open before a later one: only the last can be open.
    case sessionStillOpen
  }

  public var kind: Kind
  /// Where in the workshop the problem is, such as `participants[3].scores.blue`.
  public var path: FieldPath

  public init(_ kind: Kind, at path: FieldPath) {
    self.kind = kind
    self.path = path
  }

  /// The message's key in the UI strings and the values that fill it in.
  public var message: Message {
    switch kind {
    case .emptyTitle: Message(.problemEmptyTitle)
    case .emptyName: Message(.problemEmptyName)
    case .emptyID: Message(.problemEmptyID)
    case .duplicateID(let id): Message(.problemDuplicateID, ["id": id])
    case .scoreOutOfRange(let value): Message(.problemScoreOutOfRange, ["value": "\(value)"])
    case .unknownOrganisation(let id): Message(.problemUnknownOrganisation, ["id": id])
    case .badDate(let date): Message(.problemBadDate, ["date": date])
    case .emptyText: Message(.problemEmptyText)
    case .unsupportedSchemaVersion(let version) where version < 1:
      Message(.problemImpossibleSchema, ["version": "\(version)"])
    case .unsupportedSchemaVersion(let version):
      Message(
        .problemNewerSchema,
        ["version": "\(version)", "supported": "\(Workshop.currentSchemaVersion)"])
    case .unknownKey(let suggestion?):
      Message(.problemUnknownKeySuggestion, ["suggestion": suggestion])
    case .unknownKey(nil): Message(.problemUnknownKey)
    case .lineBreak: Message(.problemLineBreak)
    case .badNumber(let number): Message(.problemBadNumber, ["number": "\(number)"])
    case .sessionStillOpen: Message(.problemSessionStillOpen)
    }
  }

  public var description: String { "\(path): \(kind)" }
}

extension Workshop {
  /// Every problem in the workshop, in file order; empty when the workshop is sound.
  public func validate() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    if !(1...Self.currentSchemaVersion).contains(schemaVersion) {
      problems.append(.init(.unsupportedSchemaVersion(schemaVersion), at: [.key("schemaVersion")]))
    }
    if title.isBlank {
      problems.append(.init(.emptyTitle, at: [.key("title")]))
    }
    problems += Self.lineProblems(title, at: [.key("title")])
    for (index, date) in dates.enumerated() where !Self.isCalendarDate(date) {
      problems.append(.init(.badDate(date), at: [.key("dates"), .index(index)]))
    }
    problems += validateOrganisations()
    problems += validateParticipants()
    problems += validateComfortNeeds()
    problems += validateTopics()
    problems += validateHistory()
    let organisationIDs = Set(organisations.map(\.id))
    for id in intakeNotes.keys.sorted() where !organisationIDs.contains(id) {
      problems.append(.init(.unknownOrganisation(id), at: [.key("intakeNotes"), .key(id)]))
    }
    return problems
  }

  private func validateComfortNeeds() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    var seen = Set<String>()
    let organisationIDs = Set(organisations.map(\.id))
    for (index, need) in comfortNeeds.enumerated() {
      let path: FieldPath = [.key("comfortNeeds"), .index(index)]
      if need.id.isEmpty { problems.append(.init(.emptyID, at: path.appending("id"))) }
      if !seen.insert(need.id).inserted {
        problems.append(.init(.duplicateID(need.id), at: path.appending("id")))
      }
      if !organisationIDs.contains(need.organisationID) {
        problems.append(
          .init(.unknownOrganisation(need.organisationID), at: path.appending("organisation")))
      }
      for (askedIndex, asked) in need.askedOf.enumerated() where !organisationIDs.contains(asked) {
        problems.append(
          .init(
            .unknownOrganisation(asked), at: path.appending("askedOf").appending(index: askedIndex))
        )
      }
      if need.text.isBlank {
        problems.append(.init(.emptyText, at: path.appending("text")))
      }
    }
    return problems
  }

  private func validateTopics() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    var seen = Set<String>()
    for (index, topic) in topics.enumerated() {
      let path: FieldPath = [.key("topics"), .index(index)]
      if topic.id.isEmpty { problems.append(.init(.emptyID, at: path.appending("id"))) }
      if !seen.insert(topic.id).inserted {
        problems.append(.init(.duplicateID(topic.id), at: path.appending("id")))
      }
      if let title = topic.title, title.isBlank {
        problems.append(.init(.emptyName, at: path.appending("title")))
      }
    }
    return problems
  }

  private func validateOrganisations() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    var seen = Set<String>()
    for (index, organisation) in organisations.enumerated() {
      let path: FieldPath = [.key("organisations"), .index(index)]
      if organisation.id.isEmpty { problems.append(.init(.emptyID, at: path.appending("id"))) }
      if !seen.insert(organisation.id).inserted {
        problems.append(.init(.duplicateID(organisation.id), at: path.appending("id")))
      }
      if organisation.name.isBlank {
        problems.append(.init(.emptyName, at: path.appending("name")))
      }
      problems += Self.lineProblems(organisation.name, at: path.appending("name"))
      problems += Self.lineProblems(organisation.shortName, at: path.appending("shortName"))
    }
    return problems
  }

  private func validateParticipants() -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    var seen = Set<String>()
    let organisationIDs = Set(organisations.map(\.id))
    for (index, participant) in participants.enumerated() {
      let path: FieldPath = [.key("participants"), .index(index)]
      if participant.id.isEmpty { problems.append(.init(.emptyID, at: path.appending("id"))) }
      if !seen.insert(participant.id).inserted {
        problems.append(.init(.duplicateID(participant.id), at: path.appending("id")))
      }
      if participant.name.isBlank {
        problems.append(.init(.emptyName, at: path.appending("name")))
      }
      problems += Self.lineProblems(participant.name, at: path.appending("name"))
      problems += Self.lineProblems(participant.role, at: path.appending("role"))
      if !organisationIDs.contains(participant.organisationID) {
        problems.append(
          .init(
            .unknownOrganisation(participant.organisationID), at: path.appending("organisation")))
      }
      problems += Self.rangeProblems(participant.scores, path: path.appending("scores"))
      if let rejection = participant.rejection {
        problems += Self.rangeProblems(rejection, path: path.appending("rejection"))
      }
    }
    return problems
  }

  private static func rangeProblems(_ scores: DriveScores, path: FieldPath) -> [ValidationProblem] {
    DriveColour.allCases.compactMap { colour in
      let value = scores[colour]
      return DriveScores.range.contains(value)
        ? nil : .init(.scoreOutOfRange(value), at: path.appending(colour.rawValue))
    }
  }

  /// A name or title is shown on one line; a line break or tab in it would break the layout.
  /// Other control characters never get this far: the reader refuses them.
  static func lineProblems(_ text: String, at path: FieldPath) -> [ValidationProblem] {
    text.unicodeScalars.contains { TextSafety.isControl($0) }
      ? [.init(.lineBreak, at: path)] : []
  }

  public static func isCalendarDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    let daysInMonth = [
      31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
      31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]
    return (1...12).contains(month) && (1...daysInMonth[month - 1]).contains(day)
  }
}

extension String {
  /// True when the string is empty or only white space.
  var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
