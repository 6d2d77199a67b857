/// One line of a workshop's history: the changes of one undo step (a score moved with the arrows
/// is one entry, "rood 30 → 45", not fifteen), when, and in which session. The journal is kept in
/// the workshop file, one entry per line, and only ever grows (see docs/decisions.md); replaying
/// it from an empty workshop gives the workshop's content (`Workshop.replayed`).
public struct JournalEntry: Codable, Equatable, Sendable {
  /// What kind of step an entry records, when it is not a plain edit.
  public enum Kind: String, Codable, CaseIterable, Sendable {
    /// The facilitator took a step back; `changes` are what that did.
    case undo
    case redo
    /// The workshop as it stood when its history began (a file from before the journal).
    case start
    /// What changed in the file outside Tafel (by hand, by another program) since its last
    /// line, found when Tafel next changed the workshop.
    case outside
  }

  /// ISO 8601 with the UTC offset, from the clock's ticks; empty when not known.
  public var at: String
  /// The session open at the time (numbered from 1), if any.
  public var session: Int?
  public var kind: Kind?
  public var changes: [WorkshopChange]

  public init(at: String, session: Int? = nil, kind: Kind? = nil, changes: [WorkshopChange]) {
    self.at = at
    self.session = session
    self.kind = kind
    self.changes = changes
  }

  public init(from decoder: any Decoder) throws {
    // Opening a file goes through the strict reader's tree: its entries are read without the
    // generic containers, which were most of the time to open a long process.
    if let fields = try TreeFields.of(decoder) {
      at = try fields.string("at")
      session = try fields.optionalInt("session")
      kind = try fields.optionalValue("kind")
      changes = try fields.elements("changes").map {
        try WorkshopChange(tree: fields.state, node: $0)
      }
      return
    }
    self = try Self.decodedFromContainer(decoder)
  }

  @inline(never)
  private static func decodedFromContainer(_ decoder: any Decoder) throws -> JournalEntry {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    return JournalEntry(
      at: try container.decode(String.self, forKey: .at),
      session: try container.decodeIfPresent(Int.self, forKey: .session),
      kind: try container.decodeIfPresent(Kind.self, forKey: .kind),
      changes: try container.decode([WorkshopChange].self, forKey: .changes))
  }
}
