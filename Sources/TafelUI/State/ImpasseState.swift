import TafelCore

/// The parts of the Impasse view, in the order ← and → step through them.
public enum ImpasseSection: String, CaseIterable, Sendable {
  /// What the facilitator notices, and the interventions that answer it.
  case signals
  /// "Vertragen om te versnellen": what comfort each organisation needs from the others.
  case comfort
  /// The formalisation topics, their status and agreements; the legal-form cards.
  case formalisation
  /// Prompts for starting, the foundations, the appreciative route.
  case prompts
  /// The process phases and their notes.
  case phases
}

/// How the comfort round is shown.
public enum ComfortView: Equatable, Sendable {
  /// Every organisation's needs, for typing them in.
  case list
  /// One organisation at a time, large, for the wall; PgDn and PgUp step through them.
  case projection(organisationIndex: Int)
  /// All needs by formalisation topic and status, with what is still open.
  case overview
}

/// Where the facilitator is in the Impasse view: the selected row. The section and the extra
/// views the room sees are in `WallState`.
public struct ImpasseState: Equatable, Sendable {
  public var cursor = 0

  public init() {}
}

/// One selectable row of the Impasse view; the reducer and the view share this list, so the
/// cursor means the same thing to both.
public enum ImpasseRow: Equatable, Sendable {
  case checkItem(list: String, item: String)
  case organisation(id: String)
  case need(id: String)
  case topic(id: String)
  case phase(ProcessPhase)
  case intake(organisationID: String, field: IntakeField)
}

extension AppState {
  /// The rows of the current section, as the Impasse view draws them.
  public var impasseRows: [ImpasseRow] { impasseSlice.impasseRows }

  /// The standard topics from the content, then the ones the facilitator added.
  public var allTopics: [FormalisationTopic] { impasseSlice.allTopics }

  public var selectedImpasseRow: ImpasseRow? { impasseSlice.selectedImpasseRow }
}
