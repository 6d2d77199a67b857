import TafelCore

/// The Impasse view on the wall: only what is meant for the room. The signals and
/// interventions, the facilitation prompts, every checklist, phase and intake note stay on the
/// laptop; those sections show the room nothing but their name.
public enum ImpasseWall: Equatable, Sendable, Codable {
  /// The facilitator's signals and interventions: nothing for the room.
  case signals
  /// The facilitator's prompts: nothing for the room.
  case prompts
  /// Every organisation with the comfort it needs.
  case comfortList(organisations: [ComfortOrganisation])
  /// One organisation's needs, large: "vertragen om te versnellen".
  case comfortProjection(organisation: ComfortOrganisation, number: Int, of: Int)
  /// All needs by formalisation topic (nil: no topic), with what is still open.
  case comfortOverview(topics: [ComfortTopic])
  case formalisation(topics: [Topic])
  /// A legal form's reference card.
  case legalForm(card: LegalForm, number: Int, of: Int)
  /// The phases of alliance formation, the current one marked.
  case phases(current: ProcessPhase)

  public struct Need: Equatable, Sendable, Codable {
    public var text: String
    public var status: ComfortStatus
    /// The short names of the organisations it is asked of; empty means all the others.
    public var askedOf: [String]
    public var topic: String?
  }

  public struct ComfortOrganisation: Equatable, Sendable, Codable {
    public var name: String
    public var needs: [Need]
  }

  public struct OwnedNeed: Equatable, Sendable, Codable {
    /// The short name of the organisation that needs it.
    public var organisation: String
    public var text: String
    public var status: ComfortStatus
  }

  public struct ComfortTopic: Equatable, Sendable, Codable {
    /// The topic's name; nil for the needs without one.
    public var topic: String?
    public var needs: [OwnedNeed]
  }

  public struct Topic: Equatable, Sendable, Codable {
    public var name: String
    public var status: TopicStatus
    public var agreement: String
  }

  public struct LegalForm: Equatable, Sendable, Codable {
    public var name: String
    public var summary: String
    public var liability: String
    public var exit: String
    public var resources: String
    public var fitsWhen: String
  }

  static func of(_ state: AppState) -> ImpasseWall {
    let workshop = state.workshop
    let language = state.language
    let needs = workshop.comfortNeeds
    func shortName(_ id: String) -> String { workshop.organisation(withID: id)?.shortName ?? "" }
    func topicName(_ id: String?) -> String? {
      guard let id else { return nil }
      return state.impasseContent.topic(id)?.name[language]
        ?? workshop.topics.first { $0.id == id }?.title
    }
    func need(_ need: ComfortNeed) -> Need {
      Need(
        text: need.text, status: need.status, askedOf: need.askedOf.map(shortName),
        topic: topicName(need.topicID))
    }
    func organisation(_ organisation: Organisation) -> ComfortOrganisation {
      ComfortOrganisation(
        name: organisation.name,
        needs: needs.filter { $0.organisationID == organisation.id }.map(need))
    }
    switch state.wall.impasseSection {
    case .signals: return .signals
    case .prompts: return .prompts
    case .phases: return .phases(current: workshop.phase)
    case .comfort:
      switch state.wall.comfortView {
      case .list: return .comfortList(organisations: workshop.organisations.map(organisation))
      case .projection(let index):
        guard workshop.organisations.indices.contains(index) else {
          return .comfortList(organisations: workshop.organisations.map(organisation))
        }
        return .comfortProjection(
          organisation: organisation(workshop.organisations[index]), number: index + 1,
          of: workshop.organisations.count)
      case .overview:
        let groups: [(String?, [ComfortNeed])] =
          state.allTopics.map { topic in
            (topicName(topic.id) ?? topic.id, needs.filter { $0.topicID == topic.id })
          } + [(nil, needs.filter { $0.topicID == nil })]
        return .comfortOverview(
          topics: groups.filter { !$0.1.isEmpty }.map { name, members in
            ComfortTopic(
              topic: name,
              needs: members.sorted { $0.status.rawValue < $1.status.rawValue }.map {
                OwnedNeed(
                  organisation: shortName($0.organisationID), text: $0.text, status: $0.status)
              })
          })
      }
    case .formalisation:
      let cards = state.impasseContent.legalForms
      if let index = state.wall.legalForm, cards.indices.contains(index) {
        let card = cards[index]
        return .legalForm(
          card: LegalForm(
            name: card.name[language], summary: card.summary[language],
            liability: card.liability[language], exit: card.exit[language],
            resources: card.resources[language], fitsWhen: card.fitsWhen[language]),
          number: index + 1, of: cards.count)
      }
      return .formalisation(
        topics: state.allTopics.map {
          Topic(name: topicName($0.id) ?? $0.id, status: $0.status, agreement: $0.agreement)
        })
    }
  }
}
