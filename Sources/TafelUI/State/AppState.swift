import TafelCore

/// Everything the screen shows, as one value, by audience: what is saved (the workshop, its undo
/// history and save status), what the room sees (`wall`), and the rest, which only the
/// facilitator sees: the selection, cursors and scrolls, what is open on top (`overlays`),
/// notices and the export's audience. The facilitator's part stays here rather than in a value
/// of its own because nothing but this laptop ever reads it. Only `reduce` changes it.
public struct AppState: Equatable, Sendable {
  /// What the keyboard is doing right now: the editing overlay on top of `overlays`, or browsing.
  public enum Mode: Equatable, Sendable {
    case browsing
    case editingScores(ScoreEditor)
    case enteringText(TextEntry)
    case confirmingRemoval(Removal)
    /// Asked on quit when the last save failed: the edits since then exist only in memory.
    case confirmingQuit
    /// Choosing the organisations a comfort need is asked of.
    case choosingOrganisations(OrganisationChoice)
    /// Choosing one item from a list that narrows as one types.
    case picking(Picker)
    /// The form with everything about one person.
    case editingPerson(PersonForm)
    /// Asked before save-as or an export replaces a file that is already there.
    case confirmingOverwrite(Overwrite)
  }

  /// A file that save-as or an export would replace, and what it is, so the facilitator knows
  /// what is lost on yes ("another workshop: Alliantie Zuid, 12 people, changed 14:02").
  public struct Overwrite: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
      case saveAs
      case export(anonymous: Bool)
    }

    public var path: String
    public var purpose: Purpose
    public var existing: Message

    public init(path: String, purpose: Purpose, existing: Message) {
      self.path = path
      self.purpose = purpose
      self.existing = existing
    }
  }

  /// The organisations ticked for a comfort need, and the row the cursor is on.
  public struct OrganisationChoice: Equatable, Sendable {
    public var needID: String
    public var chosen: Set<String>
    public var cursor: Int
  }

  /// What is about to be removed, once the facilitator confirms.
  public enum Removal: Equatable, Sendable {
    case participant(id: String)
    /// An organisation together with its delegation.
    case organisation(id: String)
    case need(id: String)
    case topic(id: String)
    /// Forgetting a person: out of the workshop, its history and backups; cannot be undone.
    case forgetParticipant(id: String)
    case action(number: Int)
  }

  /// What is saved: the workshop, undo and redo, the save status.
  public var document: Document
  /// The workshop, to read; it changes only through `apply`.
  public var workshop: Workshop { document.workshop }
  /// What the room sees; see `WallState`.
  public var wall = WallState()
  /// What is open over the view for the facilitator, bottom first; see `Overlay`. `mode` is the
  /// editing one on top.
  public var overlays: [Overlay] = []
  public var selectedParticipantID: String? {
    didSet { if selectedParticipantID != oldValue { profileScroll = 0 } }
  }
  /// How far the Team view's profile text (order, keywords, why, strengths, pitfalls) is
  /// scrolled, in rows; back to the top for each person.
  public var profileScroll = 0
  /// The organisation whose people the Team list shows and whose delegation the Group view
  /// profiles; nil for the whole room.
  public var organisationFilter: String?
  /// How far the Group view's right-hand pane (pitfalls, drives) is scrolled, in rows.
  public var groupScroll = 0
  /// A one-line message for the facilitator (such as where a copy was saved), until the next key.
  public var notice: Message?
  /// What the last undo or redo put back, shown like `notice` until the next key.
  public var undone: UndoNotice?
  /// Who the report being exported is for; every export starts as the participants' report.
  public var exportAudience: ReportAudience = .participants
  public var saveStatus: SaveStatus {
    get { document.saveStatus }
    set { document.saveStatus = newValue }
  }
  public var language: Language
  public var impasse = ImpasseState()
  /// The impasse checklists, topics, cards and phases, from the content.
  public var impasseContent: ImpasseContent
  /// The time now, ISO 8601, from the last `.tick`, so a ticked item and the journal can record
  /// it.
  public var now: String {
    get { document.now }
    set { document.now = newValue }
  }
  /// The time now in seconds since 1970, for the round timer; from the last `.tick` like `now`.
  public var clockSeconds: Double = 0
  /// The header's clock (hh:mm), from the last `.tick`; empty until the first.
  public var clock = ""
  public var dilemma = DilemmaState()
  /// Where the facilitator is on the Sessions screen.
  public var sessionsView = SessionsViewState()
  public var dilemmaDeck: DilemmaDeck
  /// Phones in the room: open or closed, claims, the comfort queue; never saved (`RoomState`).
  public var room = RoomState()
  /// How many walls (`tafel wall`) follow this Tafel now; with one or more the facilitator's
  /// screen becomes the console. Reported by the wall link (`Action.wallsConnected`).
  public var wallsConnected = 0
  public var undoStack: [Document.Step] { document.undoStack }
  public var redoStack: [Document.Step] { document.redoStack }

  public init(
    workshop: Workshop, language: Language, readOnly: Bool = false, savedAt: String = "",
    impasseContent: ImpasseContent = .empty, dilemmaDeck: DilemmaDeck = .empty
  ) {
    self.dilemmaDeck = dilemmaDeck
    document = Document(workshop: workshop, readOnly: readOnly, savedAt: savedAt)
    self.language = language
    self.impasseContent = impasseContent
    selectedParticipantID = visibleParticipants.first?.id
  }

  public var isReadOnly: Bool { document.isReadOnly }

  /// The participants the Team list shows, grouped by organisation in the workshop's order.
  public var visibleParticipants: [Participant] {
    workshop.visibleParticipants(organisationFilter: organisationFilter)
  }

  public var selectedParticipant: Participant? {
    workshop.participants.first { $0.id == selectedParticipantID }
  }

  /// Changes the workshop: the one way to, through the document (read-only, undo, save).
  @discardableResult
  mutating func apply(_ change: WorkshopChange, undo: Document.Undo = .step) -> Bool {
    document.apply(change, undo: undo)
  }

  /// Puts the last edit back and says which; the round timers and stages stay as they are.
  mutating func undo() -> Bool {
    guard let step = document.undo() else { return false }
    undone = UndoNotice(redone: false, step: step)
    return true
  }

  mutating func redo() -> Bool {
    guard let step = document.redo() else { return false }
    undone = UndoNotice(redone: true, step: step)
    return true
  }
}

/// The sheet an import refused and every reason, each bad row on its own line.
public struct ImportProblems: Equatable, Sendable {
  public var path: String
  public var lines: [String]
}

/// What an undo or redo changed, for the line above the key bar.
public struct UndoNotice: Equatable, Sendable {
  public var redone: Bool
  /// The step undone or redone, with the workshop it was made on, which names what it changed.
  public var step: Document.Step
}

/// A line of text being typed, and what it is for.
public struct TextEntry: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case newParticipantName(organisationID: String)
    case renameParticipant(id: String)
    case newOrganisationName
    case renameOrganisation(id: String)
    case checklistNote(key: String)
    case newNeed(organisationID: String)
    case needText(id: String)
    case newTopic
    case topicAgreement(id: String)
    case phaseNotes(ProcessPhase)
    case intakeNote(organisationID: String, field: IntakeField)
    case roundNotes
    case roundOutcome
    /// A path to save the workshop to, when saving where it was failed or a copy is wanted.
    case saveAs
    /// A path to write a session report to.
    case export
    /// A spreadsheet export (CSV) to import participants from.
    case importSheet
    // Sessions, decisions and actions.
    case newSession
    case sessionTitle(Int)
    case sessionDate(Int)
    case sessionGuests(Int)
    case newDecision
    case decisionText(Int)
    case reviseDecision(Int)
    case newAction
    case actionText(Int)
    case actionDue(Int)

    /// Texts of the impasse work, which may be left empty to clear them.
    var isImpasseText: Bool {
      switch self {
      case .checklistNote, .newNeed, .needText, .newTopic, .topicAgreement, .phaseNotes,
        .intakeNote, .roundNotes, .roundOutcome:
        true
      default: false
      }
    }
  }

  public var purpose: Purpose
  public var field: TextField

  public init(purpose: Purpose, text: String = "") {
    self.purpose = purpose
    field = TextField(text)
  }
}
