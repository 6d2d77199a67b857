import TafelCore

/// The Team view on the wall: the people by delegation, and the selected person's profile. In
/// privacy mode first names only, no colours beside a name and no profile.
public struct TeamWall: Equatable, Sendable, Codable {
  public struct Delegation: Equatable, Sendable, Codable {
    public var organisation: String
    public var people: [Person]
  }

  public struct Person: Equatable, Sendable, Codable {
    /// The full name, or the first name in privacy mode.
    public var name: String
    /// The first two colours (the person's label); nil in privacy mode.
    public var colours: [DriveColour]?
    /// Whether the facilitator has this person selected; never in privacy mode.
    public var selected: Bool
  }

  /// One person's profile as the Team view draws it beside the list.
  public struct Profile: Equatable, Sendable, Codable {
    public var name: String
    public var organisation: String
    public var role: String
    public var scores: DriveScores
  }

  /// The delegation the list is narrowed to; nil for the whole room.
  public var organisation: String?
  public var delegations: [Delegation]
  /// The selected person's profile; nil in privacy mode or when nobody is selected.
  public var profile: Profile?
  /// How many people follow the last one sent, where the list is longer than the wall can
  /// show (`WallFit`): only their number travels. Nil when everyone is sent.
  public var unsent: Int?

  /// Everyone on the list, sent or not: the number the wall's heading gives.
  public var peopleCount: Int {
    delegations.reduce(0) { $0 + $1.people.count } + (unsent ?? 0)
  }

  static func of(_ state: AppState, fit: WallFit? = nil) -> TeamWall {
    let workshop = state.workshop
    let isPrivate = state.wall.privacyMode
    // Only as many people as the wall can show are worked out; the rest are only counted.
    var left = fit?.listRows ?? Int.max
    var unsent = 0
    var delegations: [Delegation] = []
    for organisation in workshop.organisations
    where state.organisationFilter == nil || organisation.id == state.organisationFilter {
      let members = workshop.participants(of: organisation.id)
      let taken = members.prefix(left)
      unsent += members.count - taken.count
      left -= taken.count
      // A delegation whose people are all past the cut goes with them.
      guard !taken.isEmpty || members.isEmpty else { continue }
      delegations.append(
        Delegation(
          organisation: organisation.name,
          people: taken.map { person in
            Person(
              name: state.displayName(person),
              colours: isPrivate
                ? nil : Array(IndividualProfile(scores: person.scores).colourOrder.prefix(2)),
              selected: !isPrivate && person.id == state.selectedParticipantID)
          }))
    }
    var profile: Profile?
    if !isPrivate, let person = state.selectedParticipant {
      profile = Profile(
        name: person.name,
        organisation: workshop.organisation(withID: person.organisationID)?.name ?? "",
        role: person.role, scores: person.scores)
    }
    var wall = TeamWall(
      organisation: state.organisationFilter.flatMap(workshop.organisation(withID:))?.name,
      delegations: delegations, profile: profile)
    if unsent > 0 { wall.unsent = unsent }
    return wall
  }
}
