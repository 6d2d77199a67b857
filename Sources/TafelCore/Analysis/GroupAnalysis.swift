/// Everything Tafel says about a group: its profile, who complements it, colours carried by one
/// person or rejected by many, the development steps at risk and the pitfalls to test.
public struct GroupAnalysis: Equatable, Sendable {
  /// How much one participant adds where the group is weak.
  public struct Complement: Equatable, Sendable {
    /// A weak colour on which the participant scores clearly above the group's mean.
    public struct Strength: Equatable, Sendable {
      public var colour: DriveColour
      /// Points above the group's mean for this colour.
      public var pointsAbove: Double

      public init(colour: DriveColour, pointsAbove: Double) {
        self.colour = colour
        self.pointsAbove = pointsAbove
      }
    }

    public var participantID: String
    /// The mean, over the group's weakest colours, of the points this participant lies clearly
    /// above the group mean (a colour where they are not clearly above counts as 0).
    public var score: Double
    /// The group's weakest colours on which this participant is clearly high, with by how much.
    public var strengths: [Strength]
    /// True when the participant's first colour is one the group is weakest on.
    public var firstColourIsWeak: Bool

    public var strongOn: [DriveColour] { strengths.map(\.colour) }
  }

  /// A colour that exactly one participant has among their first two.
  public struct CarriedAlone: Equatable, Sendable {
    public var colour: DriveColour
    public var participantID: String
  }

  /// A colour that many participants reject.
  public struct Rejection: Equatable, Sendable {
    public var colour: DriveColour
    public var count: Int
    /// How many participants have rejection scores at all.
    public var outOf: Int
  }

  /// A rule that fired, with the colour and person it fired for when the rule is generic.
  public struct Pitfall: Equatable, Sendable {
    public var rule: PitfallRule
    public var colour: DriveColour?
    public var participantID: String?
  }

  public var profile: GroupProfile
  /// Participants from most to least complementary.
  public var complements: [Complement]
  public var carriedAlone: [CarriedAlone]
  public var rejections: [Rejection]
  public var stepsAtRisk: [DevelopmentStep]
  public var pitfalls: [Pitfall]

  public init(participants: [Participant], content: Content) {
    let thresholds = content.rules.thresholds
    profile = GroupProfile(scores: participants.map(\.scores), thresholds: thresholds)
    complements = Self.complements(
      participants, profile, clearMargin: thresholds.dominantMargin)
    carriedAlone = Self.carriedAlone(participants)
    rejections = Self.rejections(participants, thresholds)
    stepsAtRisk = Self.stepsAtRisk(content.steps, profile)
    pitfalls = []
    pitfalls = Self.pitfalls(content.rules.rules, analysis: self)
  }

  /// The analysis of the whole room.
  public init(workshop: Workshop, content: Content) {
    self.init(participants: workshop.participants, content: content)
  }

  /// The analysis of one organisation's delegation.
  public init(workshop: Workshop, organisationID: String, content: Content) {
    self.init(participants: workshop.participants(of: organisationID), content: content)
  }

  /// A participant complements the group on a weak colour only where they are clearly high:
  /// at least `clearMargin` above the group's mean, the same margin that makes a colour dominant.
  /// Just above the mean is where half the room is.
  static func complements(
    _ participants: [Participant], _ profile: GroupProfile, clearMargin: Double
  ) -> [Complement] {
    guard !participants.isEmpty else { return [] }
    let weakest = profile.weakest
    let result = participants.map { participant in
      let strengths = weakest.compactMap { colour -> Complement.Strength? in
        let above = Double(participant.scores[colour]) - profile.figures(colour).mean
        return above >= clearMargin - 1e-9
          ? Complement.Strength(colour: colour, pointsAbove: above) : nil
      }
      return Complement(
        participantID: participant.id,
        score: strengths.map(\.pointsAbove).reduce(0, +) / Double(max(1, weakest.count)),
        strengths: strengths,
        firstColourIsWeak: weakest.contains(IndividualProfile(scores: participant.scores).first))
    }
    // Stable: equal scores keep the workshop's order.
    return result.enumerated().sorted {
      $0.element.score != $1.element.score
        ? $0.element.score > $1.element.score : $0.offset < $1.offset
    }.map(\.element)
  }

  static func carriedAlone(_ participants: [Participant]) -> [CarriedAlone] {
    // With fewer than three people every colour is "carried alone"; that says nothing.
    guard participants.count >= 3 else { return [] }
    return DriveColour.allCases.compactMap { colour in
      let carriers = participants.filter {
        let order = $0.scores.colourOrder
        return order[0] == colour || order[1] == colour
      }
      return carriers.count == 1 ? CarriedAlone(colour: colour, participantID: carriers[0].id) : nil
    }
  }

  static func rejections(
    _ participants: [Participant], _ thresholds: AnalysisThresholds
  ) -> [Rejection] {
    let measured = participants.compactMap(\.rejection)
    guard !measured.isEmpty else { return [] }
    return DriveColour.allCases.compactMap { colour in
      let count = measured.filter { $0[colour] >= thresholds.rejectionScore }.count
      let share = Double(count) / Double(measured.count)
      return count >= 2 && share >= thresholds.rejectionShare - 1e-9
        ? Rejection(colour: colour, count: count, outOf: measured.count) : nil
    }
  }

  /// A step is at risk when one of its colours is under-represented and the two together stay
  /// below the group's overall level.
  static func stepsAtRisk(_ steps: [DevelopmentStep], _ profile: GroupProfile) -> [DevelopmentStep]
  {
    guard profile.participantCount > 0 else { return [] }
    return steps.filter { step in
      let means = step.colours.map { profile.figures($0).mean }
      let anyUnder = step.colours.contains { profile.figures($0).status == .underRepresented }
      return anyUnder && GroupProfile.mean(means) < profile.overallLevel
    }
  }

  static func pitfalls(_ rules: [PitfallRule], analysis: GroupAnalysis) -> [Pitfall] {
    guard analysis.profile.participantCount > 0 else { return [] }
    let dominant = Set(analysis.profile.dominant)
    let under = Set(analysis.profile.underRepresented)
    var result: [Pitfall] = []
    for rule in rules {
      let condition = rule.when
      guard Set(condition.dominant ?? []).isSubset(of: dominant),
        Set(condition.underRepresented ?? []).isSubset(of: under)
      else { continue }
      let isGeneric = condition.rejectedByMany == true || condition.carriedAlone == true
      let hasColourCondition =
        !(condition.dominant ?? []).isEmpty
        || !(condition.underRepresented ?? []).isEmpty
      if condition.rejectedByMany == true {
        result += analysis.rejections.map { Pitfall(rule: rule, colour: $0.colour) }
      }
      if condition.carriedAlone == true {
        result += analysis.carriedAlone.map {
          Pitfall(rule: rule, colour: $0.colour, participantID: $0.participantID)
        }
      }
      // A rule with no condition at all would fire for every group; it is ignored.
      if !isGeneric, hasColourCondition { result.append(Pitfall(rule: rule)) }
    }
    return result
  }
}

extension GroupAnalysis.Pitfall {
  /// The values for the rule's `{colour}` and `{person}` slots, named as the caller names
  /// colours and people (full names, first names, or "participant 3").
  public func arguments(
    colourName: (DriveColour) -> String, personName: (String) -> String
  ) -> [String: String] {
    var arguments: [String: String] = [:]
    if let colour { arguments["colour"] = colourName(colour) }
    if let participantID { arguments["person"] = personName(participantID) }
    return arguments
  }
}
