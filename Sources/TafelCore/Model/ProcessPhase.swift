/// The phases of alliance formation, in the order an alliance goes through them.
public enum ProcessPhase: String, Codable, CaseIterable, Sendable {
  /// Intake conversations with each organisation: willingness, added value, possible showstoppers.
  case intake
  /// Content sessions: the shared ambition and the development task, the multi-year plan.
  case content
  /// Formalisation: legal form, resources, exit, bankruptcy, liability.
  case formalisation
  /// Working together once the alliance stands.
  case collaboration
}
