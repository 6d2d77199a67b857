import TafelCore

/// The Group view on the wall: the group profile, the steps at risk, the pitfalls as questions
/// with their basis, and (outside privacy mode) who complements the group. What the facilitators
/// can do about a pitfall stays on the laptop.
public struct GroupWall: Equatable, Sendable, Codable {
  /// Why a group's figures are not shown in privacy mode.
  public enum Hidden: String, Equatable, Sendable, Codable {
    /// Fewer than three people.
    case tooSmall
    /// Three or more, but shown they would give a smaller delegation's figures away.
    case wouldRevealOthers
  }

  /// One colour's mean and spread, rounded as the wall shows them.
  public struct Figure: Equatable, Sendable, Codable {
    public var colour: DriveColour
    public var mean: Int
    public var spread: Int
  }

  public struct Step: Equatable, Sendable, Codable {
    public var name: String
    public var colours: [DriveColour]
    public var atRisk: String
  }

  /// A person who adds where the group is weak, with the colours and by how many points.
  public struct Complement: Equatable, Sendable, Codable {
    public var name: String
    public var colours: [DriveColour]
    /// Points above the group's mean, per weak colour.
    public var strengths: [ColourPoints]
    public var firstColourIsWeak: Bool
  }

  public struct ColourPoints: Equatable, Sendable, Codable {
    public var colour: DriveColour
    public var points: Int
  }

  public struct CarriedAlone: Equatable, Sendable, Codable {
    public var name: String
    public var colour: DriveColour
  }

  public struct Rejection: Equatable, Sendable, Codable {
    public var colour: DriveColour
    public var count: Int
    public var outOf: Int
    /// Who has the colour first or second; empty in privacy mode.
    public var carriers: [String]
  }

  /// A pitfall for the group to test: the question, its title and explanation, and where the
  /// rule comes from. Never the facilitators' moves.
  public struct Pitfall: Equatable, Sendable, Codable {
    public var question: String
    public var title: String
    public var explanation: String
    public var basis: RuleBasis
  }

  /// The delegation profiled; nil for the whole room.
  public var organisation: String?
  /// How many people the profile is about (a count of people may always be shown).
  public var participantCount: Int
  /// Set when privacy mode hides this group's figures; then everything below is empty.
  public var hidden: Hidden?
  /// Per colour, in the group's order (highest mean first).
  public var figures: [Figure]
  public var dominant: [DriveColour]
  public var underRepresented: [DriveColour]
  public var stepsAtRisk: [Step]
  /// At most five, most complementary first; empty in privacy mode.
  public var complements: [Complement]
  public var carriedAlone: [CarriedAlone]
  public var rejections: [Rejection]
  public var pitfalls: [Pitfall]

  static func of(_ state: AppState, content: Content) -> GroupWall {
    let workshop = state.workshop
    let language = state.language
    let filter = state.organisationFilter
    let people = filter.map(workshop.participants(of:)) ?? workshop.participants
    let full = GroupAnalysis(participants: people, content: content)
    let count = full.profile.participantCount
    var wall = GroupWall(
      organisation: filter.flatMap(workshop.organisation(withID:))?.name, participantCount: count,
      hidden: nil, figures: [], dominant: [], underRepresented: [], stepsAtRisk: [],
      complements: [], carriedAlone: [], rejections: [], pitfalls: [])
    guard count > 0 else { return wall }
    let disclosure = Disclosure(isPrivate: state.wall.privacyMode)
    let hidesDelegation =
      filter.map { !disclosure.organisationsShown(in: workshop).contains($0) } ?? false
    guard !hidesDelegation, let analysis = disclosure.shown(full) else {
      wall.hidden = disclosure.showsFigures(ofGroupOf: count) ? .wouldRevealOthers : .tooSmall
      return wall
    }
    let profile = analysis.profile
    let names = Dictionary(
      uniqueKeysWithValues: workshop.participants.map { ($0.id, state.displayName($0)) })
    let colourName = { (colour: DriveColour) in content.colour(colour).name[language] }
    wall.figures = profile.colourOrder.map {
      let figures = profile.figures($0)
      return Figure(
        colour: $0, mean: Int(figures.mean.rounded()), spread: Int(figures.spread.rounded()))
    }
    wall.dominant = profile.dominant
    wall.underRepresented = profile.underRepresented
    wall.stepsAtRisk = analysis.stepsAtRisk.map {
      Step(name: $0.name[language], colours: $0.colours, atRisk: $0.atRisk[language])
    }
    wall.complements = analysis.complements.prefix(5).filter { $0.score > 0 }.compactMap {
      complement in
      guard let person = people.first(where: { $0.id == complement.participantID }) else {
        return nil
      }
      return Complement(
        name: state.displayName(person),
        colours: Array(IndividualProfile(scores: person.scores).colourOrder.prefix(2)),
        strengths: complement.strengths.map {
          ColourPoints(colour: $0.colour, points: Int($0.pointsAbove.rounded()))
        },
        firstColourIsWeak: complement.firstColourIsWeak)
    }
    wall.carriedAlone = analysis.carriedAlone.map {
      CarriedAlone(name: names[$0.participantID] ?? "", colour: $0.colour)
    }
    wall.rejections = analysis.rejections.map {
      Rejection(
        colour: $0.colour, count: $0.count, outOf: $0.outOf,
        carriers: $0.carriers.compactMap { names[$0] })
    }
    wall.pitfalls = analysis.pitfalls.map { pitfall in
      let arguments = pitfall.arguments(
        colourName: colourName, personName: { names[$0] ?? "" })
      let rule = pitfall.rule
      return Pitfall(
        question: UIStrings.fill(rule.question[language], with: arguments),
        title: UIStrings.fill(rule.title[language], with: arguments),
        explanation: UIStrings.fill(rule.explanation[language], with: arguments),
        basis: rule.basis)
    }
    return wall
  }
}
