import TafelCore

/// The dilemma game on the wall: the card, the stage and the timer; while choices are collected
/// only how many are in; after the reveal the result, split by first colour where `Disclosure`
/// allows it. Never who chose what, never the facilitator's round notes.
public enum DilemmaWall: Equatable, Sendable {
  /// No round yet: the deck and how it is played.
  case intro(deck: String, cards: Int, roundMinutes: Int)
  case rolePlay(card: RolePlay, number: Int, of: Int)
  case round(Round)

  public struct RolePlay: Equatable, Sendable, Codable {
    public var title: String
    /// The colour to play it from.
    public var colour: DriveColour
    public var brief: String
  }

  public struct Timer: Equatable, Sendable, Codable {
    /// Whole seconds left, rounded up; negative once time is up.
    public var remainingSeconds: Int
    public var running: Bool
  }

  /// One option after the reveal: how many chose it and, where it may be shown, which first
  /// colours chose it.
  public struct Result: Equatable, Sendable, Codable {
    public var option: String
    public var count: Int
    /// By first colour, colours without anyone left out; nil where privacy mode hides the split
    /// (a colour in it stands for one or two people).
    public var byColour: [ColourCount]?
    /// Of `count`, the hands counted rather than choices recorded per person (they have no
    /// colour).
    public var hands: Int
  }

  public enum Stage: Equatable, Sendable, Codable {
    case card(situation: String)
    /// Only how many are in: `of` is the number of people, nil while hands are counted.
    case collecting(answered: Int, of: Int?)
    case reveal(results: [Result])
    /// The counts per option, the questions, and the outcome once one is written.
    case discussion(counts: [Int], questions: [String], outcome: String?)
  }

  public struct Round: Equatable, Sendable, Codable {
    public var number: Int
    public var title: String
    public var options: [String]
    public var timer: Timer
    public var stage: Stage
  }

  static func of(_ state: AppState, content: Content) -> DilemmaWall {
    let language = state.language
    let deck = state.dilemmaDeck
    if let index = state.wall.rolePlay, deck.rolePlays.indices.contains(index) {
      let card = deck.rolePlays[index]
      return .rolePlay(
        card: RolePlay(
          title: card.title[language], colour: card.colour, brief: card.brief[language]),
        number: index + 1, of: deck.rolePlays.count)
    }
    guard let round = state.currentRound, let card = state.currentCard else {
      return .intro(
        deck: deck.deck.title[language], cards: deck.cards.count,
        roundMinutes: deck.deck.roundMinutes)
    }
    let options = card.options.map { $0[language] }
    let tally = round.tally(optionCount: options.count)
    let stage: Stage
    switch round.stage {
    case .card: stage = .card(situation: card.situation[language])
    case .collecting:
      stage =
        state.dilemma.countingHands
        ? .collecting(answered: tally.reduce(0, +), of: nil)
        : .collecting(answered: round.choices.count, of: state.workshop.participants.count)
    case .reveal: stage = .reveal(results: results(round, options, tally, state))
    case .discussion:
      stage = .discussion(
        counts: tally, questions: card.questions[language],
        outcome: round.outcome.isEmpty ? nil : round.outcome)
    }
    let remaining = round.timer.remaining(at: state.clockSeconds)
    return .round(
      Round(
        number: state.workshop.dilemmaRounds.count, title: card.title[language], options: options,
        timer: Timer(
          remainingSeconds: Int(remaining.rounded(.up)), running: round.timer.isRunning),
        stage: stage))
  }

  static func results(
    _ round: DilemmaRound, _ options: [String], _ tally: [Int], _ state: AppState
  ) -> [Result] {
    let disclosure = Disclosure(isPrivate: state.wall.privacyMode)
    let people = Dictionary(uniqueKeysWithValues: state.workshop.participants.map { ($0.id, $0) })
    return options.indices.map { index in
      var split: [DriveColour: Int] = [:]
      for (id, choice) in round.choices where choice == index {
        if let person = people[id] {
          split[IndividualProfile(scores: person.scores).first, default: 0] += 1
        }
      }
      let shown = disclosure.colourSplit(split).map { split in
        DriveColour.allCases.compactMap { colour in
          split[colour].map { ColourCount(colour: colour, count: $0) }
        }
      }
      return Result(
        option: options[index], count: tally[index], byColour: shown,
        hands: index < round.handCounts.count ? round.handCounts[index] : 0)
    }
  }
}

extension DilemmaWall: Codable {
  // Written out for the round, so it reads {"round": {"number": 3, ...}} rather than the
  // synthesised {"round": {"_0": ...}}; the other cases keep their labels.
  enum CodingKeys: String, CodingKey { case intro, rolePlay, round }
  enum IntroKeys: String, CodingKey { case deck, cards, roundMinutes }
  enum RolePlayKeys: String, CodingKey { case card, number, of }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.allKeys.count == 1, let key = container.allKeys.first else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "expected exactly one of intro, rolePlay, round"))
    }
    switch key {
    case .round: self = .round(try container.decode(Round.self, forKey: .round))
    case .intro:
      let intro = try container.nestedContainer(keyedBy: IntroKeys.self, forKey: .intro)
      self = .intro(
        deck: try intro.decode(String.self, forKey: .deck),
        cards: try intro.decode(Int.self, forKey: .cards),
        roundMinutes: try intro.decode(Int.self, forKey: .roundMinutes))
    case .rolePlay:
      let play = try container.nestedContainer(keyedBy: RolePlayKeys.self, forKey: .rolePlay)
      self = .rolePlay(
        card: try play.decode(RolePlay.self, forKey: .card),
        number: try play.decode(Int.self, forKey: .number),
        of: try play.decode(Int.self, forKey: .of))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .round(let round): try container.encode(round, forKey: .round)
    case .intro(let deck, let cards, let minutes):
      var intro = container.nestedContainer(keyedBy: IntroKeys.self, forKey: .intro)
      try intro.encode(deck, forKey: .deck)
      try intro.encode(cards, forKey: .cards)
      try intro.encode(minutes, forKey: .roundMinutes)
    case .rolePlay(let card, let number, let count):
      var play = container.nestedContainer(keyedBy: RolePlayKeys.self, forKey: .rolePlay)
      try play.encode(card, forKey: .card)
      try play.encode(number, forKey: .number)
      try play.encode(count, forKey: .of)
    }
  }
}
