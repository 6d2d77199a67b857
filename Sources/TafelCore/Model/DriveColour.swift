/// One of the six Management Drives colours. The case order is the canonical order used for
/// display and for breaking ties between equal scores.
public enum DriveColour: String, CaseIterable, Codable, Sendable, Comparable {
  case yellow, green, orange, blue, red, purple

  /// Position in the canonical order, used to break ties deterministically.
  /// A switch, not a search of `allCases`: sorting a thousand people's colours asks it often.
  public var canonicalIndex: Int {
    switch self {
    case .yellow: 0
    case .green: 1
    case .orange: 2
    case .blue: 3
    case .red: 4
    case .purple: 5
    }
  }

  public static func < (lhs: DriveColour, rhs: DriveColour) -> Bool {
    lhs.canonicalIndex < rhs.canonicalIndex
  }
}
