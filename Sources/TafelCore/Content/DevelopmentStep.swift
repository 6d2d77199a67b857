/// A step in an alliance's development carried by two colours: purple and yellow carry mission and
/// vision, orange and red strategy and focus, blue and green organising and communicating.
public struct DevelopmentStep: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var colours: [DriveColour]
  public var name: Localized<String>
  /// What goes wrong when the group is weak on this step.
  public var atRisk: Localized<String>
}

/// The shape of `development-steps.json`.
struct DevelopmentStepTable: Codable, Sendable {
  var steps: [DevelopmentStep]
}
