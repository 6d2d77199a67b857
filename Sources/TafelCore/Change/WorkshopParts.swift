/// Parts of a workshop given whole, for `WorkshopChange.restore`: each part that is there
/// replaces the workshop's, the others stay as they are.
public struct WorkshopParts: Codable, Equatable, Sendable {
  public var notes: String?
  public var phase: ProcessPhase?
  public var organisations: [Organisation]?
  public var participants: [Participant]?
  public var checklistMarks: [String: ChecklistMark]?
  public var comfortNeeds: [ComfortNeed]?
  public var topics: [FormalisationTopic]?
  public var phaseNotes: [String: String]?
  public var intakeNotes: [String: IntakeNote]?
  public var dilemmaRounds: [DilemmaRound]?
  public var sessions: [Session]?
  public var decisions: [Decision]?
  public var actions: [ActionItem]?

  public init() {}

  /// Every part of `workshop` that a change can touch (not its title, dates or history).
  public init(of workshop: Workshop) {
    notes = workshop.notes
    phase = workshop.phase
    organisations = workshop.organisations
    participants = workshop.participants
    checklistMarks = workshop.checklistMarks
    comfortNeeds = workshop.comfortNeeds
    topics = workshop.topics
    phaseNotes = workshop.phaseNotes
    intakeNotes = workshop.intakeNotes
    dilemmaRounds = workshop.dilemmaRounds
    sessions = workshop.sessions
    decisions = workshop.decisions
    actions = workshop.actions
  }

  public var isEmpty: Bool { self == WorkshopParts() }
}

extension Workshop {
  mutating func restore(_ parts: WorkshopParts) {
    if let value = parts.notes { notes = value }
    if let value = parts.phase { phase = value }
    if let value = parts.organisations { organisations = value }
    if let value = parts.participants { participants = value }
    if let value = parts.checklistMarks { checklistMarks = value }
    if let value = parts.comfortNeeds { comfortNeeds = value }
    if let value = parts.topics { topics = value }
    if let value = parts.phaseNotes { phaseNotes = value }
    if let value = parts.intakeNotes { intakeNotes = value }
    if let value = parts.dilemmaRounds { dilemmaRounds = value }
    if let value = parts.sessions { sessions = value }
    if let value = parts.decisions { decisions = value }
    if let value = parts.actions { actions = value }
  }
}
