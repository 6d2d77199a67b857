/// The machine-readable form of a profile report, for `tafel profile --json`.
public struct ProfileReportJSON: Codable, Equatable, Sendable {
  public struct Person: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var organisation: String
    public var role: String
    public var scores: DriveScores
    public var colourOrder: [DriveColour]
    public var label: String
  }

  public struct ColourLine: Codable, Equatable, Sendable {
    public var colour: DriveColour
    public var mean: Double
    public var spread: Double
    public var status: String
  }

  public struct PitfallLine: Codable, Equatable, Sendable {
    public var rule: String
    public var basis: RuleBasis
    public var colour: DriveColour?
    public var participant: String?
    public var title: String
    public var question: String
  }

  public struct ComplementLine: Codable, Equatable, Sendable {
    public var participant: String
    public var score: Double
    public var strongOn: [DriveColour]
    /// Per colour in `strongOn`, the points above the group's mean (one decimal).
    public var pointsAbove: [String: Double]
    public var firstColourIsWeak: Bool
  }

  public struct Group: Codable, Equatable, Sendable {
    public var participantCount: Int
    public var overallLevel: Double
    public var colours: [ColourLine]
    public var colourOrder: [DriveColour]
    public var dominant: [DriveColour]
    public var underRepresented: [DriveColour]
    public var stepsAtRisk: [String]
    public var pitfalls: [PitfallLine]
    public var complements: [ComplementLine]
    public var carriedAlone: [String: String]
    public var rejectedByMany: [String: Int]
  }

  public var workshop: String
  /// The organisation whose delegation this is, or nil for the whole room.
  public var organisation: String?
  public var language: Language
  public var participants: [Person]
  public var group: Group
}

extension ProfileReport {
  public var json: ProfileReportJSON {
    let profile = analysis.profile
    func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    let people = participants.map { participant in
      let individual = IndividualProfile(scores: participant.scores)
      return ProfileReportJSON.Person(
        id: participant.id, name: participant.name, organisation: participant.organisationID,
        role: participant.role, scores: participant.scores, colourOrder: individual.colourOrder,
        label: individual.label(content, in: language))
    }
    let pitfalls = analysis.pitfalls.map { pitfall in
      let arguments = pitfall.arguments(
        colourName: { content.colour($0).name[language] },
        personName: { id in participants.first { $0.id == id }?.name ?? id })
      return ProfileReportJSON.PitfallLine(
        rule: pitfall.rule.id, basis: pitfall.rule.basis, colour: pitfall.colour,
        participant: pitfall.participantID,
        title: UIStrings.fill(pitfall.rule.title[language], with: arguments),
        question: UIStrings.fill(pitfall.rule.question[language], with: arguments))
    }
    let group = ProfileReportJSON.Group(
      participantCount: profile.participantCount, overallLevel: tenth(profile.overallLevel),
      colours: profile.colours.map {
        .init(
          colour: $0.colour, mean: tenth($0.mean), spread: tenth($0.spread),
          status: $0.status.rawValue)
      },
      colourOrder: profile.colourOrder, dominant: profile.dominant,
      underRepresented: profile.underRepresented, stepsAtRisk: analysis.stepsAtRisk.map(\.id),
      pitfalls: pitfalls,
      complements: analysis.complements.map {
        .init(
          participant: $0.participantID, score: tenth($0.score), strongOn: $0.strongOn,
          pointsAbove: Dictionary(
            uniqueKeysWithValues: $0.strengths.map { ($0.colour.rawValue, tenth($0.pointsAbove)) }),
          firstColourIsWeak: $0.firstColourIsWeak)
      },
      carriedAlone: Dictionary(
        uniqueKeysWithValues: analysis.carriedAlone.map { ($0.colour.rawValue, $0.participantID) }),
      rejectedByMany: Dictionary(
        uniqueKeysWithValues: analysis.rejections.map { ($0.colour.rawValue, $0.count) }))
    return ProfileReportJSON(
      workshop: workshop.title, organisation: organisation?.id, language: language,
      participants: people, group: group)
  }
}
