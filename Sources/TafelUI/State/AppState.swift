import TafelCore

/// Everything the screen shows, as one value: the workshop, where the facilitator is, what is
/// being edited, and the undo history. Only `reduce` changes it.
public struct AppState: Equatable, Sendable {
  /// What the keyboard is doing right now.
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
  }

  /// What is saved: the workshop, undo and redo, the save status.
  public var document: Document
  /// The workshop, to read; it changes only through `apply`.
  public var workshop: Workshop { document.workshop }
  public var screen: Screen = .team
  public var mode: Mode = .browsing
  public var selectedParticipantID: String? {
    didSet { if selectedParticipantID != oldValue { profileScroll = 0 } }
  }
  /// How far the Team view's profile text (order, keywords, why, strengths, pitfalls) is
  /// scrolled, in rows; back to the top for each person.
  public var profileScroll = 0
  /// The organisation whose people the Team list shows and whose delegation the Group view
  /// profiles; nil for the whole room.
  public var organisationFilter: String?
  public var showsHelp = false
  /// How far the Group view's right-hand pane (pitfalls, drives) is scrolled, in rows.
  public var groupScroll = 0
  /// A one-line message for the facilitator (such as where a copy was saved), until the next key.
  public var notice: Message?
  /// Why the last import inside the interface was refused, shown over the view until Esc.
  public var importProblems: ImportProblems?
  /// What the last undo or redo put back, shown like `notice` until the next key.
  public var undone: UndoNotice?
  /// Who the report being exported is for; every export starts as the participants' report.
  public var exportAudience: ReportAudience = .participants
  /// The page of the help overlay, when it does not fit on one.
  public var helpPage = 0
  public var saveStatus: SaveStatus {
    get { document.saveStatus }
    set { document.saveStatus = newValue }
  }
  public var language: Language
  public var impasse = ImpasseState()
  /// The impasse checklists, topics, cards and phases, from the content.
  public var impasseContent: ImpasseContent
  /// The time now, ISO 8601, set by the loop before each action so a tick can record it.
  public var now = ""
  /// The time now in seconds since 1970, for the round timer; set by the loop like `now`.
  public var clockSeconds: Double = 0
  public var dilemma = DilemmaState()
  public var dilemmaDeck: DilemmaDeck
  /// Larger block letters, less chrome: for the wall.
  public var projectorMode = false
  /// Only first names and group figures on the wall, no individual scores.
  public var privacyMode = false
  /// The wall is blank until the next key (what a clicker's "blank screen" key asks for).
  public var blanked = false
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
    workshop.organisations
      .filter { organisationFilter == nil || $0.id == organisationFilter }
      .flatMap { workshop.participants(of: $0.id) }
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
