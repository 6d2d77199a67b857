/// What the facilitator noted about one checklist item: when it was ticked, and a note.
public struct ChecklistMark: Codable, Equatable, Sendable {
  /// When the item was ticked, ISO 8601; nil when it is not ticked.
  public var tickedAt: String?
  public var note: String

  public init(tickedAt: String? = nil, note: String = "") {
    self.tickedAt = tickedAt
    self.note = note
  }

  public var isTicked: Bool { tickedAt != nil }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    tickedAt = try container.decodeIfPresent(String.self, forKey: .tickedAt)
    note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(tickedAt, forKey: .tickedAt)
    if !note.isEmpty { try container.encode(note, forKey: .note) }
  }

  enum CodingKeys: String, CodingKey { case tickedAt, note }

  /// The key a mark is stored under: the checklist's id and the item's id.
  public static func key(list: String, item: String) -> String { list + "/" + item }
}

/// One answer in the comfort round: what an organisation needs from the others before it enters
/// the collaboration ("vertragen om te versnellen").
public struct ComfortNeed: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  /// The organisation that needs it.
  public var organisationID: String
  public var text: String
  /// The organisations it is asked of; empty means all the other parties.
  public var askedOf: [String]
  public var status: ComfortStatus
  /// The formalisation topic it belongs to, if any.
  public var topicID: String?

  public init(
    id: String, organisationID: String, text: String, askedOf: [String] = [],
    status: ComfortStatus = .open, topicID: String? = nil
  ) {
    self.id = id
    self.organisationID = organisationID
    self.text = text
    self.askedOf = askedOf
    self.status = status
    self.topicID = topicID
  }

  enum CodingKeys: String, CodingKey {
    case id, text, askedOf, status
    case organisationID = "organisation"
    case topicID = "topic"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    organisationID = try container.decode(String.self, forKey: .organisationID)
    text = try container.decode(String.self, forKey: .text)
    askedOf = try container.decodeIfPresent([String].self, forKey: .askedOf) ?? []
    status = try container.decodeIfPresent(ComfortStatus.self, forKey: .status) ?? .open
    topicID = try container.decodeIfPresent(String.self, forKey: .topicID)
  }
}

/// Where a comfort need stands.
public enum ComfortStatus: String, Codable, CaseIterable, Sendable {
  case open, addressed, agreed
}

/// A formalisation topic as the workshop has it: one of the standard topics from the content, or
/// one the facilitator added (with its own title).
public struct FormalisationTopic: Codable, Equatable, Sendable, Identifiable {
  public var id: String
  /// Only for topics the facilitator added; standard topics take their name from the content.
  public var title: String?
  public var status: TopicStatus
  /// What was agreed, once it is.
  public var agreement: String

  public init(id: String, title: String? = nil, status: TopicStatus = .open, agreement: String = "")
  {
    self.id = id
    self.title = title
    self.status = status
    self.agreement = agreement
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    status = try container.decodeIfPresent(TopicStatus.self, forKey: .status) ?? .open
    agreement = try container.decodeIfPresent(String.self, forKey: .agreement) ?? ""
  }

  enum CodingKeys: String, CodingKey { case id, title, status, agreement }
}

/// Where a formalisation topic stands.
public enum TopicStatus: String, Codable, CaseIterable, Sendable {
  case open, inDiscussion, agreed, parked
}

/// What the intake conversation with one organisation brought up.
public struct IntakeNote: Codable, Equatable, Sendable {
  public var willingness: String
  public var addedValue: String
  public var showstoppers: String

  public init(willingness: String = "", addedValue: String = "", showstoppers: String = "") {
    self.willingness = willingness
    self.addedValue = addedValue
    self.showstoppers = showstoppers
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    willingness = try container.decodeIfPresent(String.self, forKey: .willingness) ?? ""
    addedValue = try container.decodeIfPresent(String.self, forKey: .addedValue) ?? ""
    showstoppers = try container.decodeIfPresent(String.self, forKey: .showstoppers) ?? ""
  }

  enum CodingKeys: String, CodingKey { case willingness, addedValue, showstoppers }

  public var isEmpty: Bool { willingness.isEmpty && addedValue.isEmpty && showstoppers.isEmpty }

  public subscript(field: IntakeField) -> String {
    get {
      switch field {
      case .willingness: willingness
      case .addedValue: addedValue
      case .showstoppers: showstoppers
      }
    }
    set {
      switch field {
      case .willingness: willingness = newValue
      case .addedValue: addedValue = newValue
      case .showstoppers: showstoppers = newValue
      }
    }
  }
}

/// The three things an intake conversation asks each organisation about.
public enum IntakeField: String, Codable, CaseIterable, Sendable {
  case willingness, addedValue, showstoppers
}
