/// One edit of a workshop, as a value: what the interface, the import and (later) a phone or the
/// journal do to a workshop is one of these, applied by `Workshop.apply(_:)`. A change carries the
/// new value, never the old one: what it replaced is read from the workshop it is applied to, so
/// a change cannot disagree with the workshop about the past. Ids are chosen before the change is
/// made (a new person's slug is in the change), so applying it again gives the same workshop.
///
/// The Codable form is the journal's (issue 16): one key per case with labelled values, e.g.
/// `{"setScore":{"participant":"sandra","colour":"red","value":45}}`. Rename a case or a label
/// only with a reader for the old name.
public enum WorkshopChange: Equatable, Sendable, Codable {
  // People.
  case addParticipant(participant: Participant)
  case renameParticipant(participant: String, name: String)
  case setRole(participant: String, role: String)
  /// Moves a person to another organisation's delegation.
  case moveParticipant(participant: String, organisation: String)
  case removeParticipant(participant: String)
  case setScore(participant: String, colour: DriveColour, value: Int)
  case setScores(participant: String, scores: DriveScores)
  case setRejection(participant: String, colour: DriveColour, value: Int)
  /// The person has no rejection scores (not measured).
  case clearRejection(participant: String)

  // Organisations.
  case addOrganisation(organisation: Organisation)
  /// Sets the name and the short name.
  case renameOrganisation(organisation: String, name: String)
  case setOrganisationKind(organisation: String, kind: OrganisationKind)
  /// Removes the organisation with its delegation, its comfort needs and intake, and its name
  /// from what others asked of it.
  case removeOrganisation(organisation: String)

  // The impasse work.
  /// Ticks an item (at the given time, ISO 8601) or, with nil, unticks it.
  case setTick(key: String, tickedAt: String?)
  case setChecklistNote(key: String, note: String)
  case addNeed(need: ComfortNeed)
  case setNeedText(need: String, text: String)
  case setNeedTopic(need: String, topic: String?)
  case setNeedAskedOf(need: String, organisations: [String])
  case setNeedStatus(need: String, status: ComfortStatus)
  case removeNeed(need: String)
  case addTopic(topic: FormalisationTopic)
  /// A standard topic has no record in the workshop until it gets a status or an agreement;
  /// this makes one.
  case setTopicStatus(topic: String, status: TopicStatus)
  /// Writing down what was agreed is the moment a topic is agreed: a non-empty agreement also
  /// sets the status to agreed.
  case setTopicAgreement(topic: String, agreement: String)
  /// Removes an added topic; the needs filed under it are no longer filed.
  case removeTopic(topic: String)
  case setIntakeNote(organisation: String, field: IntakeField, text: String)
  case setPhase(phase: ProcessPhase)
  case setPhaseNotes(phase: ProcessPhase, notes: String)

  // The dilemma game. Rounds are numbered from 1, as the room calls them.
  /// Draws a card: a new round after the last.
  case startRound(card: String, options: Int, timerSeconds: Int)
  /// Puts another card in the last round while nobody has played it yet.
  case replaceCard(card: String, options: Int, timerSeconds: Int)
  /// Records a person's choice, or with nil clears it.
  case setChoice(round: Int, participant: String, option: Int?)
  case setHandCounts(round: Int, counts: [Int])
  case setRoundNotes(round: Int, notes: String)
  case setRoundOutcome(round: Int, outcome: String)
  case setRoundStage(round: Int, stage: RoundStage)
  case setRoundTimer(round: Int, timer: RoundTimer)

  /// A sheet's import as one change: the organisations and people it adds or updates, each
  /// whole; those with an id the workshop has replace it, the others are added.
  case importSheet(organisations: [Organisation], participants: [Participant])

  // Sessions, decisions and actions (issue 16). Sessions, decisions and actions are numbered
  // from 1; the numbers are in the change, chosen before it is made.
  /// Opens a new session after the last; refused while another is open.
  case startSession(session: Session)
  /// Closes the session at the given time (ISO 8601).
  case closeSession(session: Int, at: String)
  case reopenSession(session: Int)
  case setSessionTitle(session: Int, title: String)
  case setSessionDate(session: Int, date: String)
  case setPresent(session: Int, participant: String, present: Bool)
  case setGuests(session: Int, guests: [String])
  case addDecision(decision: Decision)
  case setDecisionText(decision: Int, text: String)
  case setDecisionStatus(decision: Int, status: DecisionStatus)
  case setDecisionTopic(decision: Int, topic: String?)
  case setDecisionRound(decision: Int, round: Int?)
  /// Adds `revision`, which replaces `decision`; that one's status becomes revised.
  case reviseDecision(decision: Int, revision: Decision)
  case addAction(action: ActionItem)
  case setActionText(action: Int, text: String)
  /// Who does it: a participant, or else an organisation, or nobody yet.
  case setActionOwner(action: Int, participant: String?, organisation: String?)
  case setActionDue(action: Int, due: String?)
  case setActionDone(action: Int, done: Bool)
  case removeAction(action: Int)

  /// Puts parts of the workshop back whole: what an undo did when single changes cannot say it
  /// (a removed person back in their place), and the workshop as it stood when its history began.
  case restore(parts: WorkshopParts)

  /// Whether this is the game moving on rather than an edit: drawing a card, a stage, the timer.
  /// Undo leaves these as they are (see `Workshop.keepingGameProgress(of:)`).
  public var isGameProgress: Bool {
    switch self {
    case .startRound, .setRoundStage, .setRoundTimer: true
    // Opening and closing a session is where the process is, like drawing a card.
    case .startSession, .closeSession, .reopenSession: true
    default: false
    }
  }
}
