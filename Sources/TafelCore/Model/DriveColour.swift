/// One of the six Management Drives colours. The case order is the canonical order used for
/// display and for breaking ties between equal scores.
public enum DriveColour: String, CaseIterable, Codable, Sendable, Comparable {
  case yellow, green, orange, blue, red, purple

  /// Position in the canonical order, used to break ties deterministically.
  public var canonicalIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: DriveColour, rhs: DriveColour) -> Bool {
    lhs.canonicalIndex < rhs.canonicalIndex
  }
}
