/// One reading of the clock, as the state needs it: a `.tick` carries it into `reduce`.
public struct Moment: Equatable, Sendable {
  /// ISO 8601, for what is recorded with a time (a ticked checklist item).
  public var timestamp: String
  /// Seconds since 1970, for the round timer.
  public var seconds: Double
  /// hh:mm, for the header.
  public var clock: String

  public init(timestamp: String, seconds: Double, clock: String) {
    self.timestamp = timestamp
    self.seconds = seconds
    self.clock = clock
  }
}
