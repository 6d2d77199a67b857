import Foundation
import TafelCore

/// What one phone may see, and nothing else: the one place that decides it, computed from the
/// state and the person the phone claimed, as `WallView` is for the wall.
///
/// - Before claiming: the room's title and the people one can claim (names as the wall shows
///   them, with their organisation).
/// - In a round: the card and its options, how many are in, and the phone's own choice. Never
///   anything about anyone else's choice before the reveal; after it, the wall's results with
///   the privacy rule always applied (`Disclosure.anonymous`): a phone is a screen in someone's
///   hand, and no split by colour that stands for one or two people is shown on it.
/// - In the comfort round: the person's organisation and what this person proposed.
/// - Their own drive profile, when the facilitator allows it; nobody else's, ever.
///
/// Never in it: notes, intake, other people's scores or profiles, tokens, the comfort queue of
/// others, anything the facilitator's screen alone shows.
public struct PhoneView: Equatable, Sendable, Codable {
  public var language: Language
  public var title: String
  /// Who this phone is; nil until it claimed someone.
  public var you: Person?
  /// The people one can claim; only for a phone that has not claimed anyone.
  public var people: [Claimable]?
  public var round: Round?
  /// Present while the comfort round is up, for a phone that claimed someone.
  public var comfort: Comfort?
  /// The phone's own person's profile, when the facilitator allows it.
  public var profile: Profile?

  public struct Person: Equatable, Sendable, Codable {
    public var id: String
    public var name: String
    public var organisation: String
  }

  public struct Claimable: Equatable, Sendable, Codable {
    public var id: String
    public var name: String
    public var organisation: String
    /// Another phone holds this person already.
    public var claimed: Bool
  }

  public struct Round: Equatable, Sendable, Codable {
    /// Numbered from 1; an answer names it, so an answer meant for an earlier round is refused.
    public var number: Int
    public var stage: RoundStage
    public var title: String
    public var situation: String
    public var options: [String]
    /// While choices are collected: how many are in, of how many people.
    public var answered: Int?
    public var of: Int?
    /// This phone's own choice (0 is A), if it made one or the facilitator keyed it.
    public var yourChoice: Int?
    /// After the reveal: per option how many chose it and, where allowed, by first colour.
    public var results: [DilemmaWall.Result]?
  }

  public struct Comfort: Equatable, Sendable, Codable {
    public var organisation: String
    public var proposals: [Proposal]
    /// The longest proposal the room takes, in characters.
    public var maximumLength: Int
  }

  public struct Proposal: Equatable, Sendable, Codable {
    public var id: String
    public var text: String
    public var status: ComfortProposal.Status
  }

  public struct Profile: Equatable, Sendable, Codable {
    /// All six scores, in the colours' order.
    public var scores: [ColourScore]
    /// The first two colours, with what they mean.
    public var first: ColourText
    public var second: ColourText
  }

  public struct ColourScore: Equatable, Sendable, Codable {
    public var colour: DriveColour
    public var name: String
    public var score: Int
  }

  public struct ColourText: Equatable, Sendable, Codable {
    public var colour: DriveColour
    public var name: String
    public var role: String
    public var keywords: [String]
    public var brings: String?
    public var wants: String?
  }

  /// The view for a phone that claimed `participant` (nil: not yet, or its claim ended).
  public static func of(_ state: AppState, participant: String?, content: Content) -> PhoneView {
    let language = state.language
    let workshop = state.workshop
    let person = participant.flatMap { id in workshop.participants.first { $0.id == id } }
    var view = PhoneView(language: language, title: workshop.title)
    guard let person else {
      view.people = workshop.participants.map { other in
        Claimable(
          id: other.id, name: state.displayName(other),
          organisation: organisationName(other.organisationID, workshop),
          claimed: state.room.claims[other.id] != nil)
      }
      view.round = round(state, person: nil)
      return view
    }
    view.you = Person(
      id: person.id, name: state.displayName(person),
      organisation: organisationName(person.organisationID, workshop))
    view.round = round(state, person: person.id)
    if state.comfortRoundIsUp {
      view.comfort = Comfort(
        organisation: organisationName(person.organisationID, workshop),
        proposals: state.room.comfortQueue.filter { $0.participantID == person.id }.map {
          Proposal(id: $0.id, text: $0.text, status: state.status(of: $0))
        },
        maximumLength: RoomState.proposalLimit)
    }
    if state.room.ownProfileAllowed {
      view.profile = profile(person.scores, content: content, language: language)
    }
    return view
  }

  init(language: Language, title: String) {
    self.language = language
    self.title = title
  }

  private static func organisationName(_ id: String, _ workshop: Workshop) -> String {
    workshop.organisation(withID: id)?.name ?? ""
  }

  /// The current round while it collects, or whatever stage it is in while the Dilemma view is
  /// up; nil otherwise (an old round from a past session is not news to a phone).
  private static func round(_ state: AppState, person: String?) -> Round? {
    guard let current = state.currentRound, let card = state.currentCard else { return nil }
    guard current.stage == .collecting || state.wall.screen == .dilemma else { return nil }
    let language = state.language
    let options = card.options.map { $0[language] }
    var round = Round(
      number: state.workshop.dilemmaRounds.count, stage: current.stage,
      title: card.title[language], situation: card.situation[language], options: options)
    round.yourChoice = person.flatMap { current.choices[$0] }
    switch current.stage {
    case .card: break
    case .collecting:
      let tally = current.tally(optionCount: options.count)
      if state.dilemma.countingHands {
        round.answered = tally.reduce(0, +)
      } else {
        round.answered = current.choices.count
        round.of = state.workshop.participants.count
      }
    case .reveal, .discussion:
      var privately = state
      privately.wall.privacyMode = true
      round.results = DilemmaWall.results(
        current, options, current.tally(optionCount: options.count), privately)
    }
    return round
  }

  private static func profile(_ scores: DriveScores, content: Content, language: Language)
    -> Profile
  {
    let order = IndividualProfile(scores: scores)
    func text(_ colour: DriveColour) -> ColourText {
      let about = content.colour(colour)
      return ColourText(
        colour: colour, name: about.name[language], role: about.role[language],
        keywords: about.keywords[language], brings: about.brings?[language],
        wants: about.wants?[language])
    }
    return Profile(
      scores: DriveColour.allCases.map {
        ColourScore(colour: $0, name: content.colour($0).name[language], score: scores[$0])
      },
      first: text(order.first), second: text(order.second))
  }

  /// One line of JSON with sorted keys: the same view gives the same bytes, so the server can
  /// tell a phone "nothing changed" by comparing them.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
