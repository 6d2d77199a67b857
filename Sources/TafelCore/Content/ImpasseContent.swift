/// The content of the impasse work, `impasse.json`: the facilitation checklists (signals,
/// interventions and the prompts for starting, foundations and the appreciative route), the
/// formalisation topics, the legal-form reference cards and the process phases.
public struct ImpasseContent: Codable, Sendable, Equatable {
  public var checklists: [Checklist]
  public var topics: [TopicContent]
  public var legalForms: [LegalFormCard]
  public var phases: [PhaseContent]

  /// No impasse content at all, for views and tests that do not use it.
  public static let empty = ImpasseContent(checklists: [], topics: [], legalForms: [], phases: [])

  public func checklist(_ id: String) -> Checklist? { checklists.first { $0.id == id } }
  public func topic(_ id: String) -> TopicContent? { topics.first { $0.id == id } }
  public func phase(_ phase: ProcessPhase) -> PhaseContent? {
    phases.first { $0.id == phase.rawValue }
  }
}

/// A checklist the facilitator ticks during a session.
public struct Checklist: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var title: Localized<String>
  public var intro: Localized<String>
  public var items: [ChecklistItem]
}

public struct ChecklistItem: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var text: Localized<String>
  /// For interventions: the signals they answer.
  public var signals: [String]?
}

/// A standard formalisation topic.
public struct TopicContent: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var name: Localized<String>
  /// The core question the alliance must answer on this topic.
  public var question: Localized<String>
}

/// What a legal form means for an alliance, for the moment someone asks "what would that mean
/// for us?". General information, not legal advice.
public struct LegalFormCard: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var name: Localized<String>
  public var summary: Localized<String>
  public var liability: Localized<String>
  public var exit: Localized<String>
  public var resources: Localized<String>
  public var fitsWhen: Localized<String>
}

/// A phase of alliance formation, with the questions that belong to it.
public struct PhaseContent: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var name: Localized<String>
  public var description: Localized<String>
  public var prompts: Localized<[String]>
}
