/// The facilitator's views, in the order the number keys and Tab reach them.
public enum Screen: String, CaseIterable, Sendable {
  case team
  case group
  case impasse
  case dilemma
  /// Sessions, decisions and actions; the wall keeps showing the screen before it.
  case sessions
}
