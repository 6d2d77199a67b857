/// The group profile of a set of participants (the whole room or one delegation): the mean and
/// spread per colour, the group's colour order, and which colours dominate or are missing.
/// `docs/group-profile-rules.md` states the rules.
public struct GroupProfile: Equatable, Sendable {
  public struct ColourFigures: Equatable, Sendable {
    public var colour: DriveColour
    public var mean: Double
    /// The population standard deviation of the scores.
    public var spread: Double
    public var status: ColourStatus
  }

  public enum ColourStatus: String, Equatable, Sendable {
    case dominant, balanced, underRepresented
  }

  public var participantCount: Int
  /// Figures per colour, in canonical colour order.
  public var colours: [ColourFigures]
  /// The average of the six colour means: the level against which "dominant" and
  /// "under-represented" are judged.
  public var overallLevel: Double

  public init(scores: [DriveScores], thresholds: AnalysisThresholds) {
    participantCount = scores.count
    let means = DriveColour.allCases.map { colour in Self.mean(scores.map { Double($0[colour]) }) }
    let level = Self.mean(means)
    overallLevel = level
    colours = zip(DriveColour.allCases, means).map { colour, mean in
      let values = scores.map { Double($0[colour]) }
      let variance = Self.mean(values.map { ($0 - mean) * ($0 - mean) })
      return ColourFigures(
        colour: colour, mean: mean, spread: variance.squareRoot(),
        status: Self.status(mean: mean, level: level, count: scores.count, thresholds))
    }
  }

  static func status(
    mean: Double, level: Double, count: Int, _ thresholds: AnalysisThresholds
  ) -> ColourStatus {
    guard count > 0 else { return .balanced }
    // A small tolerance keeps a mean that is exactly on the margin from falling either side
    // through rounding in the averages.
    let tolerance = 1e-9
    if mean - level >= thresholds.dominantMargin - tolerance { return .dominant }
    if level - mean >= thresholds.underRepresentedMargin - tolerance { return .underRepresented }
    return .balanced
  }

  public func figures(_ colour: DriveColour) -> ColourFigures {
    colours[colour.canonicalIndex]
  }

  /// The colours from highest to lowest mean: the group's "logic".
  public var colourOrder: [DriveColour] {
    colours.sorted { $0.mean != $1.mean ? $0.mean > $1.mean : $0.colour < $1.colour }.map(\.colour)
  }

  public var dominant: [DriveColour] {
    colourOrder.filter { figures($0).status == .dominant }
  }

  /// The under-represented colours, in the group's colour order.
  public var underRepresented: [DriveColour] {
    colourOrder.filter { figures($0).status == .underRepresented }
  }

  /// The colours the group is weakest on, weakest first: the under-represented ones, or when
  /// there are none, the two lowest.
  public var weakest: [DriveColour] {
    let under = underRepresented
    return under.isEmpty ? Array(colourOrder.suffix(2).reversed()) : under.reversed()
  }

  static func mean(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }
}
