import TafelCore

/// Editing everything about one person at the table: name, role, delegation, the type of their
/// organisation, the six scores and the six rejection scores. Like the score editor, each keystroke
/// changes the workshop, so the list and the bars follow; Esc puts back the workshop as it was,
/// and Enter keeps the whole form as one step for undo.
public struct PersonForm: Equatable, Sendable {
  public enum Field: Equatable, Hashable, Sendable {
    case name, role, organisation, organisationKind
    case score(DriveColour)
    case rejection(DriveColour)

    /// The fields in the order ↑ and ↓ (and Tab) walk them.
    public static let all: [Field] =
      [.name, .role, .organisation, .organisationKind]
      + DriveColour.allCases.map { .score($0) } + DriveColour.allCases.map { .rejection($0) }

    var isText: Bool { self == .name || self == .role }
  }

  public var participantID: String
  public var field: Field
  /// The workshop before the form opened: the name a blank name falls back to. (Esc and undo go
  /// back through the document's grouped step.)
  public var original: Workshop
  /// The text being typed when the field is the name or the role.
  public var text: TextField
  /// Digits typed so far for a score, or nil.
  public var typed: String?
  /// True for a person just added: Esc then keeps them, with what the form had so far.
  public var isNew: Bool

  public init(participantID: String, field: Field, original: Workshop, isNew: Bool = false) {
    self.participantID = participantID
    self.field = field
    self.original = original
    self.isNew = isNew
    text = TextField()
    typed = nil
  }
}
