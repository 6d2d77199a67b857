/// A workshop: one alliance's sessions with their organisations, participants and notes.
/// This is what a workshop file holds.
public struct Workshop: Codable, Equatable, Sendable {
  /// The file format version this build writes. Files with a higher version are refused.
  /// Version 2 added the impasse work (checklists, comfort round, topics, phase notes); a Tafel
  /// that knows only version 1 refuses such files rather than dropping those parts on save.
  /// Version 3 added sessions, decisions, actions and the journal.
  public static let currentSchemaVersion = 3

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
  /// Ticks and notes on the facilitation checklists, by `ChecklistMark.key(list:item:)`.
  public var checklistMarks: [String: ChecklistMark]
  /// The comfort round's answers, per organisation in the order they were given.
  public var comfortNeeds: [ComfortNeed]
  /// The formalisation topics that have a status, an agreement or were added by the facilitator.
  public var topics: [FormalisationTopic]
  /// Notes per process phase, by the phase's raw value.
  public var phaseNotes: [String: String]
  /// The intake conversations, by organisation id.
  public var intakeNotes: [String: IntakeNote]
  /// The dilemma game's rounds, oldest first; the last is the current one.
  public var dilemmaRounds: [DilemmaRound]
  /// The alliance's meetings, in the order held; the last may be open.
  public var sessions: [Session]
  /// The decision list, numbered on across sessions.
  public var decisions: [Decision]
  public var actions: [ActionItem]
  /// Every change, oldest first: the workshop's history (`JournalEntry`).
  public var journal: [JournalEntry]

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
    checklistMarks = [:]
    comfortNeeds = []
    topics = []
    phaseNotes = [:]
    intakeNotes = [:]
    dilemmaRounds = []
    sessions = []
    decisions = []
    actions = []
    journal = []
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, title, dates, language, phase, organisations, participants, notes
    case checklistMarks, comfortNeeds, topics, phaseNotes, intakeNotes, dilemmaRounds
    case sessions, decisions, actions, journal
  }

  public init(from decoder: any Decoder) throws {
    // A sound file is read from the strict reader's tree; the keyed container's generic type
    // alone cost every start a search of every conformance (docs/performance.md).
    if let fields = try TreeFields.of(decoder) {
      schemaVersion = try fields.int("schemaVersion")
      title = try fields.string("title")
      dates = try fields.optionalValue("dates") ?? []
      language = try fields.optionalValue("language") ?? .nl
      phase = try fields.optionalValue("phase") ?? .intake
      organisations = try fields.optionalValue("organisations") ?? []
      participants = try fields.optionalValue("participants") ?? []
      notes = try fields.optionalString("notes") ?? ""
      checklistMarks = try fields.optionalValue("checklistMarks") ?? [:]
      comfortNeeds = try fields.optionalValue("comfortNeeds") ?? []
      topics = try fields.optionalValue("topics") ?? []
      phaseNotes = try fields.optionalValue("phaseNotes") ?? [:]
      intakeNotes = try fields.optionalValue("intakeNotes") ?? [:]
      dilemmaRounds = try fields.optionalValue("dilemmaRounds") ?? []
      sessions = try fields.optionalValue("sessions") ?? []
      decisions = try fields.optionalValue("decisions") ?? []
      actions = try fields.optionalValue("actions") ?? []
      journal = try fields.optionalValue("journal") ?? []
      return
    }
    self = try Self.decodedFromContainer(decoder)
  }

  /// The slow way, apart (see `TreeFields.of`).
  @inline(never)
  private static func decodedFromContainer(_ decoder: any Decoder) throws -> Workshop {
    var decoded = Workshop(title: "")
    try decoded.read(try decoder.container(keyedBy: CodingKeys.self))
    return decoded
  }

  private mutating func read(_ container: KeyedDecodingContainer<CodingKeys>) throws {
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    title = try container.decode(String.self, forKey: .title)
    dates = try container.decodeIfPresent([String].self, forKey: .dates) ?? []
    language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .nl
    phase = try container.decodeIfPresent(ProcessPhase.self, forKey: .phase) ?? .intake
    organisations = try container.decodeIfPresent([Organisation].self, forKey: .organisations) ?? []
    participants = try container.decodeIfPresent([Participant].self, forKey: .participants) ?? []
    notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
    checklistMarks =
      try container.decodeIfPresent([String: ChecklistMark].self, forKey: .checklistMarks) ?? [:]
    comfortNeeds = try container.decodeIfPresent([ComfortNeed].self, forKey: .comfortNeeds) ?? []
    topics = try container.decodeIfPresent([FormalisationTopic].self, forKey: .topics) ?? []
    phaseNotes = try container.decodeIfPresent([String: String].self, forKey: .phaseNotes) ?? [:]
    intakeNotes =
      try container.decodeIfPresent([String: IntakeNote].self, forKey: .intakeNotes) ?? [:]
    dilemmaRounds =
      try container.decodeIfPresent([DilemmaRound].self, forKey: .dilemmaRounds) ?? []
    sessions = try container.decodeIfPresent([Session].self, forKey: .sessions) ?? []
    decisions = try container.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
    actions = try container.decodeIfPresent([ActionItem].self, forKey: .actions) ?? []
    journal = try container.decodeIfPresent([JournalEntry].self, forKey: .journal) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(title, forKey: .title)
    try container.encode(dates, forKey: .dates)
    try container.encode(language, forKey: .language)
    try container.encode(phase, forKey: .phase)
    try container.encode(organisations, forKey: .organisations)
    try container.encode(participants, forKey: .participants)
    try container.encode(notes, forKey: .notes)
    // Empty impasse records stay out of the file, so a workshop without them reads as before.
    if !checklistMarks.isEmpty { try container.encode(checklistMarks, forKey: .checklistMarks) }
    if !comfortNeeds.isEmpty { try container.encode(comfortNeeds, forKey: .comfortNeeds) }
    if !topics.isEmpty { try container.encode(topics, forKey: .topics) }
    if !phaseNotes.isEmpty { try container.encode(phaseNotes, forKey: .phaseNotes) }
    if !intakeNotes.isEmpty { try container.encode(intakeNotes, forKey: .intakeNotes) }
    if !dilemmaRounds.isEmpty { try container.encode(dilemmaRounds, forKey: .dilemmaRounds) }
    if !sessions.isEmpty { try container.encode(sessions, forKey: .sessions) }
    if !decisions.isEmpty { try container.encode(decisions, forKey: .decisions) }
    if !actions.isEmpty { try container.encode(actions, forKey: .actions) }
    // The store writes the journal itself, one entry per line (`WorkshopStore.encode`).
    if !journal.isEmpty { try container.encode(journal, forKey: .journal) }
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
