/// A deck of dilemma cards for the dilemma game, with role-play cards; `dilemmas.json`, or a
/// facilitator's own deck file.
public struct DilemmaDeck: Codable, Sendable, Equatable {
  public struct Info: Codable, Sendable, Equatable {
    public var id: String
    public var title: Localized<String>
    /// The default length of a round's timer.
    public var roundMinutes: Int
  }

  public var deck: Info
  public var cards: [DilemmaCard]
  public var rolePlays: [RolePlayCard]

  public static let empty = DilemmaDeck(
    deck: Info(id: "", title: Localized(nl: "", en: ""), roundMinutes: 8), cards: [], rolePlays: [])

  public func card(_ id: String) -> DilemmaCard? { cards.first { $0.id == id } }
}

/// A dilemma from alliance practice, with two to four options and questions for the discussion.
public struct DilemmaCard: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var title: Localized<String>
  public var situation: Localized<String>
  public var options: [Localized<String>]
  public var questions: Localized<[String]>
  public var theme: String
}

/// A role play: play a situation from a given drive colour.
public struct RolePlayCard: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var colour: DriveColour
  public var title: Localized<String>
  public var brief: Localized<String>
}
