/// One round of the dilemma game: the card, the choices (per participant or counted by hands),
/// the stage it has reached, the discussion notes and outcome, and its timer.
public struct DilemmaRound: Codable, Equatable, Sendable {
  public var cardID: String
  public var stage: RoundStage
  /// Option index per participant id, when choices are collected per person.
  public var choices: [String: Int]
  /// Hands counted per option, when speed matters more than who chose what.
  public var handCounts: [Int]
  public var notes: String
  public var outcome: String
  public var timer: RoundTimer

  public init(cardID: String, optionCount: Int, timerSeconds: Int) {
    self.cardID = cardID
    stage = .card
    choices = [:]
    handCounts = Array(repeating: 0, count: optionCount)
    notes = ""
    outcome = ""
    timer = RoundTimer(durationSeconds: timerSeconds)
  }

  /// Whether the round was played: someone chose, a hand was counted, or the room's notes or
  /// outcome were written. A card drawn and swapped before that was only looked at.
  public var isPlayed: Bool {
    !choices.isEmpty || handCounts.contains { $0 > 0 } || !notes.isEmpty || !outcome.isEmpty
  }

  /// How many chose each option: per-person choices and counted hands together.
  public func tally(optionCount: Int) -> [Int] {
    (0..<optionCount).map { option in
      choices.values.filter { $0 == option }.count
        + (option < handCounts.count ? handCounts[option] : 0)
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    cardID = try container.decode(String.self, forKey: .cardID)
    stage = try container.decodeIfPresent(RoundStage.self, forKey: .stage) ?? .card
    choices = try container.decodeIfPresent([String: Int].self, forKey: .choices) ?? [:]
    handCounts = try container.decodeIfPresent([Int].self, forKey: .handCounts) ?? []
    notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
    outcome = try container.decodeIfPresent(String.self, forKey: .outcome) ?? ""
    timer =
      try container.decodeIfPresent(RoundTimer.self, forKey: .timer)
      ?? RoundTimer(durationSeconds: 480)
  }

  enum CodingKeys: String, CodingKey {
    case cardID = "card"
    case stage, choices, handCounts, notes, outcome, timer
  }
}

/// The stages of a round, in the order PageDown steps through them.
public enum RoundStage: String, Codable, CaseIterable, Sendable, Comparable {
  /// The card is shown, large.
  case card
  /// Choices are collected; the wall shows only how many are in.
  case collecting
  /// The distribution and its split by first colour are shown.
  case reveal
  /// Discussion: the questions, notes and the outcome.
  case discussion

  public static func < (lhs: RoundStage, rhs: RoundStage) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// A round's countdown. It stores what has run and since when it runs, so it survives a restart
/// and needs no ticking state: the remaining time is worked out from the clock.
public struct RoundTimer: Codable, Equatable, Sendable {
  public var durationSeconds: Int
  /// Seconds run before the current run started.
  public var elapsedSeconds: Double
  /// When the current run started (seconds since 1970), or nil when paused.
  public var runningSince: Double?

  public init(durationSeconds: Int, elapsedSeconds: Double = 0, runningSince: Double? = nil) {
    self.durationSeconds = durationSeconds
    self.elapsedSeconds = elapsedSeconds
    self.runningSince = runningSince
  }

  public var isRunning: Bool { runningSince != nil }

  /// Seconds left at `now`; negative once time is up.
  public func remaining(at now: Double) -> Double {
    let running = runningSince.map { max(0, now - $0) } ?? 0
    return Double(durationSeconds) - elapsedSeconds - running
  }

  public mutating func start(at now: Double) {
    if runningSince == nil { runningSince = now }
  }

  public mutating func pause(at now: Double) {
    guard let since = runningSince else { return }
    elapsedSeconds += max(0, now - since)
    runningSince = nil
  }

  public mutating func reset() {
    elapsedSeconds = 0
    runningSince = nil
  }
}
