/// A score from 0 to 100 for each of the six drive colours: a participant's drive profile,
/// or the strength with which they reject each drive.
public struct DriveScores: Codable, Equatable, Hashable, Sendable {
  public static let range = 0...100

  public var yellow: Int
  public var green: Int
  public var orange: Int
  public var blue: Int
  public var red: Int
  public var purple: Int

  public init(yellow: Int, green: Int, orange: Int, blue: Int, red: Int, purple: Int) {
    self.yellow = yellow
    self.green = green
    self.orange = orange
    self.blue = blue
    self.red = red
    self.purple = purple
  }

  /// All six scores at the same value.
  public init(all value: Int) {
    self.init(yellow: value, green: value, orange: value, blue: value, red: value, purple: value)
  }

  public subscript(colour: DriveColour) -> Int {
    get {
      switch colour {
      case .yellow: yellow
      case .green: green
      case .orange: orange
      case .blue: blue
      case .red: red
      case .purple: purple
      }
    }
    set {
      switch colour {
      case .yellow: yellow = newValue
      case .green: green = newValue
      case .orange: orange = newValue
      case .blue: blue = newValue
      case .red: red = newValue
      case .purple: purple = newValue
      }
    }
  }

  /// The colours from highest to lowest score; equal scores keep the canonical colour order.
  /// This order is the person's "logic".
  public var colourOrder: [DriveColour] {
    DriveColour.allCases.sorted { lhs, rhs in
      self[lhs] != self[rhs] ? self[lhs] > self[rhs] : lhs < rhs
    }
  }
}
