/// A workshop: one alliance's sessions with their organisations, participants and notes.
/// This is what a workshop file holds.
public struct Workshop: Codable, Equatable, Sendable {
  /// The file format version this build writes. Files with a higher version are refused.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var title: String
  /// Session dates as ISO 8601 calendar dates (yyyy-mm-dd).
  public var dates: [String]
  public var language: Language
  public var phase: ProcessPhase
  public var organisations: [Organisation]
  public var participants: [Participant]
  /// The facilitator's free notes on the workshop as a whole.
  public var notes: String

  public init(
    title: String, dates: [String] = [], language: Language = .nl, phase: ProcessPhase = .intake,
    organisations: [Organisation] = [], participants: [Participant] = [], notes: String = ""
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.title = title
    self.dates = dates
    self.language = language
    self.phase = phase
    self.organisations = organisations
    self.participants = participants
    self.notes = notes
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, title, dates, language, phase, organisations, participants, notes
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    title = try container.decode(String.self, forKey: .title)
    dates = try container.decodeIfPresent([String].self, forKey: .dates) ?? []
    language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .nl
    phase = try container.decodeIfPresent(ProcessPhase.self, forKey: .phase) ?? .intake
    organisations = try container.decodeIfPresent([Organisation].self, forKey: .organisations) ?? []
    participants = try container.decodeIfPresent([Participant].self, forKey: .participants) ?? []
    notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
  }

  public func organisation(withID id: String) -> Organisation? {
    organisations.first { $0.id == id }
  }

  /// The organisation whose id, name or short name matches, ignoring case.
  public func organisation(named query: String) -> Organisation? {
    let wanted = query.lowercased()
    return organisations.first {
      $0.id.lowercased() == wanted || $0.name.lowercased() == wanted
        || $0.shortName.lowercased() == wanted
    }
  }

  public func participants(of organisationID: String) -> [Participant] {
    participants.filter { $0.organisationID == organisationID }
  }
}
