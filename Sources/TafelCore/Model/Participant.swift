/// A person in the room: who they are, which organisation they speak for, and their drive profile.
public struct Participant: Codable, Equatable, Hashable, Sendable, Identifiable {
  /// Stable identifier, a readable slug made when the person is added; a rename keeps it.
  public var id: String
  public var name: String
  /// The `id` of the participant's organisation.
  public var organisationID: String
  public var role: String
  public var scores: DriveScores
  /// How strongly the person rejects each drive, when the instrument measured it.
  public var rejection: DriveScores?
  public var note: String

  public init(
    id: String, name: String, organisationID: String, role: String, scores: DriveScores,
    rejection: DriveScores? = nil, note: String = ""
  ) {
    self.id = id
    self.name = name
    self.organisationID = organisationID
    self.role = role
    self.scores = scores
    self.rejection = rejection
    self.note = note
  }

  enum CodingKeys: String, CodingKey {
    case id, name, role, scores, rejection, note
    case organisationID = "organisation"
  }

  public init(from decoder: any Decoder) throws {
    // A sound file is read from the strict reader's tree, field by field: a workshop of 1,000
    // people spent most of its start-up in the generic containers (docs/performance.md).
    if let fields = try TreeFields.of(decoder) {
      id = try fields.string("id")
      name = try fields.string("name")
      organisationID = try fields.string("organisation")
      role = try fields.optionalString("role") ?? ""
      scores = try fields.driveScores("scores")
      rejection = try fields.optionalDriveScores("rejection")
      note = try fields.optionalString("note") ?? ""
      return
    }
    self = try Self.decodedFromContainer(decoder)
  }

  /// The slow way, apart (see `TreeFields.of`).
  @inline(never)
  private static func decodedFromContainer(_ decoder: any Decoder) throws -> Participant {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    return Participant(
      id: try container.decode(String.self, forKey: .id),
      name: try container.decode(String.self, forKey: .name),
      organisationID: try container.decode(String.self, forKey: .organisationID),
      role: try container.decodeIfPresent(String.self, forKey: .role) ?? "",
      scores: try container.decode(DriveScores.self, forKey: .scores),
      rejection: try container.decodeIfPresent(DriveScores.self, forKey: .rejection),
      note: try container.decodeIfPresent(String.self, forKey: .note) ?? "")
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(organisationID, forKey: .organisationID)
    try container.encode(role, forKey: .role)
    try container.encode(scores, forKey: .scores)
    try container.encodeIfPresent(rejection, forKey: .rejection)
    if !note.isEmpty { try container.encode(note, forKey: .note) }
  }
}
