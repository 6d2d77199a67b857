/// A rule that turns a group profile into a pitfall for the group to test. Rules are data, so
/// each carries its basis: the instrument is disputed, and the room must see where a rule comes from.
public struct PitfallRule: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var basis: RuleBasis
  public var source: Localized<String>
  public var when: RuleCondition
  public var title: Localized<String>
  /// The pitfall as a question for the group to test, never a verdict.
  public var question: Localized<String>
  public var explanation: Localized<String>
  public var facilitatorMoves: Localized<String>
}

/// Where a rule comes from.
public enum RuleBasis: String, Codable, Sendable, CaseIterable {
  /// Seen in the practice of alliance formation.
  case practice
  /// Stated in published material on the instrument.
  case sourced
  /// Derived by Tafel's authors from the colours' descriptions and the development steps.
  case derived
}

/// When a rule fires. Every condition given must hold.
public struct RuleCondition: Codable, Sendable, Equatable {
  /// Colours that must all be dominant.
  public var dominant: [DriveColour]?
  /// Colours that must all be under-represented.
  public var underRepresented: [DriveColour]?
  /// When true, the rule fires once for each colour that many participants reject.
  public var rejectedByMany: Bool?
  /// When true, the rule fires once for each colour that one participant alone carries.
  public var carriedAlone: Bool?

  public init(
    dominant: [DriveColour]? = nil, underRepresented: [DriveColour]? = nil,
    rejectedByMany: Bool? = nil, carriedAlone: Bool? = nil
  ) {
    self.dominant = dominant
    self.underRepresented = underRepresented
    self.rejectedByMany = rejectedByMany
    self.carriedAlone = carriedAlone
  }
}

/// The limits that decide what counts as dominant, under-represented and widely rejected.
/// `docs/group-profile-rules.md` explains each.
public struct AnalysisThresholds: Codable, Sendable, Equatable {
  /// Points above the group's overall level at which a colour is dominant.
  public var dominantMargin: Double
  /// Points below the group's overall level at which a colour is under-represented.
  public var underRepresentedMargin: Double
  /// The rejection score from which a participant counts as rejecting a colour.
  public var rejectionScore: Int
  /// The share of participants (with rejection scores) from which a rejection counts as "many".
  public var rejectionShare: Double

  public init(
    dominantMargin: Double = 10, underRepresentedMargin: Double = 10, rejectionScore: Int = 50,
    rejectionShare: Double = 0.25
  ) {
    self.dominantMargin = dominantMargin
    self.underRepresentedMargin = underRepresentedMargin
    self.rejectionScore = rejectionScore
    self.rejectionShare = rejectionShare
  }
}

/// The shape of `pitfall-rules.json`.
public struct PitfallRuleTable: Codable, Sendable, Equatable {
  public var thresholds: AnalysisThresholds
  public var rules: [PitfallRule]
}
