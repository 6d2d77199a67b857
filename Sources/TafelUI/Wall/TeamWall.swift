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

  static func of(_ state: AppState) -> TeamWall {
    let workshop = state.workshop
    let isPrivate = state.wall.privacyMode
    let delegations = workshop.organisations
      .filter { state.organisationFilter == nil || $0.id == state.organisationFilter }
      .map { organisation in
        Delegation(
          organisation: organisation.name,
          people: workshop.participants(of: organisation.id).map { person in
            Person(
              name: state.displayName(person),
              colours: isPrivate
                ? nil : Array(IndividualProfile(scores: person.scores).colourOrder.prefix(2)),
              selected: !isPrivate && person.id == state.selectedParticipantID)
          })
      }
    var profile: Profile?
    if !isPrivate, let person = state.selectedParticipant {
      profile = Profile(
        name: person.name,
        organisation: workshop.organisation(withID: person.organisationID)?.name ?? "",
        role: person.role, scores: person.scores)
    }
    return TeamWall(
      organisation: state.organisationFilter.flatMap(workshop.organisation(withID:))?.name,
      delegations: delegations, profile: profile)
  }
}
