import TafelCore

/// Where the last change stands on disk, for the header.
public enum SaveStatus: Equatable, Sendable {
  /// Everything is on disk; the time is shown as hh:mm.
  case saved(at: String)
  case saving
  /// The last save failed; nothing in memory is lost and the facilitator can save elsewhere.
  case failed(message: String)
  /// Opened read-only: changes are not possible.
  case readOnly
}

/// How the shell answers a request to write to a path the facilitator typed.
public enum WriteOutcome<Result: Equatable & Sendable>: Equatable, Sendable {
  /// Written, or failed: the result says which.
  case finished(Result)
  /// Nothing written: a file is there already; this says what it is, for the question.
  case exists(Message)
}
