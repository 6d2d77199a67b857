/// One meeting of the alliance: a date, a title, who was there. Sessions are numbered from 1 in
/// the order they were held (`Workshop.sessions[number - 1]`); every change made while one is open
/// belongs to it (`JournalEntry.session`).
public struct Session: Codable, Equatable, Sendable {
  /// The day it was held, yyyy-mm-dd.
  public var date: String
  public var title: String
  /// The participants present, by id, in the workshop's order. An id whose person was removed
  /// later stays: the minutes of that day do not change.
  public var present: [String]
  /// Guests by name (an adviser, a supervisor's observer): people without a profile.
  public var guests: [String]
  /// When it was opened and closed, ISO 8601; an open session has no `closedAt`.
  public var startedAt: String
  public var closedAt: String?

  public init(
    date: String, title: String, present: [String] = [], guests: [String] = [],
    startedAt: String = "", closedAt: String? = nil
  ) {
    self.date = date
    self.title = title
    self.present = present
    self.guests = guests
    self.startedAt = startedAt
    self.closedAt = closedAt
  }

  public var isOpen: Bool { closedAt == nil }

  enum CodingKeys: String, CodingKey { case date, title, present, guests, startedAt, closedAt }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    date = try container.decode(String.self, forKey: .date)
    title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
    present = try container.decodeIfPresent([String].self, forKey: .present) ?? []
    guests = try container.decodeIfPresent([String].self, forKey: .guests) ?? []
    startedAt = try container.decodeIfPresent(String.self, forKey: .startedAt) ?? ""
    closedAt = try container.decodeIfPresent(String.self, forKey: .closedAt)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(date, forKey: .date)
    try container.encode(title, forKey: .title)
    try container.encode(present, forKey: .present)
    if !guests.isEmpty { try container.encode(guests, forKey: .guests) }
    try container.encode(startedAt, forKey: .startedAt)
    try container.encodeIfPresent(closedAt, forKey: .closedAt)
  }
}

/// Where a decision stands, as a minute-taker writes it down.
public enum DecisionStatus: String, Codable, CaseIterable, Sendable {
  /// Put forward, not yet decided.
  case proposal
  case decided
  /// Decided, subject to the supervisory board's approval.
  case pendingSupervisors
  /// Decided, subject to the organisations' own members or staff (de achterban).
  case pendingConstituency
  /// Replaced by a later decision that names this one.
  case revised
  case withdrawn
}

/// One entry of the decision list, numbered on across sessions (1, 2, 3 …) and never renumbered:
/// a decision that changes is revised by a new one that points back (`replaces`), so "besluit 7"
/// means the same thing in every set of minutes.
public struct Decision: Codable, Equatable, Sendable {
  public var number: Int
  /// The session it was taken in, if one was open.
  public var session: Int?
  /// The day it was taken, yyyy-mm-dd.
  public var date: String
  public var text: String
  public var status: DecisionStatus
  /// The number of the decision this one revises.
  public var replaces: Int?
  /// The formalisation topic it settles, if any.
  public var topic: String?
  /// The dilemma round it came from, if any (numbered from 1).
  public var round: Int?

  public init(
    number: Int, session: Int? = nil, date: String, text: String,
    status: DecisionStatus = .proposal, replaces: Int? = nil, topic: String? = nil,
    round: Int? = nil
  ) {
    self.number = number
    self.session = session
    self.date = date
    self.text = text
    self.status = status
    self.replaces = replaces
    self.topic = topic
    self.round = round
  }
}

/// Something someone will do: what, who (a participant or a whole organisation), by when, done.
public struct ActionItem: Codable, Equatable, Sendable {
  /// Numbered on like decisions, so "actie 4" stays actie 4.
  public var number: Int
  public var session: Int?
  public var text: String
  /// Who does it: a participant's id, or else an organisation's id, or neither (not yet given).
  public var participant: String?
  public var organisation: String?
  /// By when, yyyy-mm-dd.
  public var due: String?
  public var done: Bool

  public init(
    number: Int, session: Int? = nil, text: String, participant: String? = nil,
    organisation: String? = nil, due: String? = nil, done: Bool = false
  ) {
    self.number = number
    self.session = session
    self.text = text
    self.participant = participant
    self.organisation = organisation
    self.due = due
    self.done = done
  }

  enum CodingKeys: String, CodingKey {
    case number, session, text, participant, organisation, due, done
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    number = try container.decode(Int.self, forKey: .number)
    session = try container.decodeIfPresent(Int.self, forKey: .session)
    text = try container.decode(String.self, forKey: .text)
    participant = try container.decodeIfPresent(String.self, forKey: .participant)
    organisation = try container.decodeIfPresent(String.self, forKey: .organisation)
    due = try container.decodeIfPresent(String.self, forKey: .due)
    done = try container.decodeIfPresent(Bool.self, forKey: .done) ?? false
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number, forKey: .number)
    try container.encodeIfPresent(session, forKey: .session)
    try container.encode(text, forKey: .text)
    try container.encodeIfPresent(participant, forKey: .participant)
    try container.encodeIfPresent(organisation, forKey: .organisation)
    try container.encodeIfPresent(due, forKey: .due)
    try container.encode(done, forKey: .done)
  }
}
