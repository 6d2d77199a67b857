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
