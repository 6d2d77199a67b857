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
  /// The rows of the current section.
  public var impasseRows: [ImpasseRow] {
    switch wall.impasseSection {
    case .signals: checklistRows(["signals", "interventions"])
    case .prompts: checklistRows(["under-organised", "foundations", "appreciative"])
    case .comfort:
      workshop.organisations.flatMap { organisation in
        [ImpasseRow.organisation(id: organisation.id)]
          + workshop.comfortNeeds.filter { $0.organisationID == organisation.id }.map {
            .need(id: $0.id)
          }
      }
    case .formalisation: allTopics.map { .topic(id: $0.id) }
    case .phases:
      ProcessPhase.allCases.map { .phase($0) }
        + workshop.organisations.flatMap { organisation in
          IntakeField.allCases.map { ImpasseRow.intake(organisationID: organisation.id, field: $0) }
        }
    }
  }

  private func checklistRows(_ ids: [String]) -> [ImpasseRow] {
    ids.compactMap { impasseContent.checklist($0) }.flatMap { list in
      list.items.map { ImpasseRow.checkItem(list: list.id, item: $0.id) }
    }
  }

  /// The standard topics from the content, then the ones the facilitator added, each with its
  /// state in the workshop (open when it has none yet).
  public var allTopics: [FormalisationTopic] {
    let standard = impasseContent.topics.map { topic in
      workshop.topics.first { $0.id == topic.id } ?? FormalisationTopic(id: topic.id)
    }
    let standardIDs = Set(impasseContent.topics.map(\.id))
    return standard + workshop.topics.filter { !standardIDs.contains($0.id) }
  }

  public var selectedImpasseRow: ImpasseRow? {
    let rows = impasseRows
    return rows.indices.contains(impasse.cursor) ? rows[impasse.cursor] : nil
  }
}
