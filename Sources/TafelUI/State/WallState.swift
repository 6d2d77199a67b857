/// What the room sees: which screen is up, how it is shown (projector, privacy, blank) and which
/// part of the impasse or dilemma work is on the wall. Everything else in `AppState` is the
/// facilitator's alone (selection, cursors, scrolls, overlays, notices). Kept as one value so the
/// wall's projection (`WallView`) is computed from it, and so a change here is a change the room
/// notices: a second screen that follows the facilitator needs exactly these fields.
public struct WallState: Equatable, Sendable {
  public var screen: Screen = .team
  /// Larger block letters, less chrome: for the wall.
  public var projectorMode = false
  /// Only first names and group figures on the wall, no individual scores.
  public var privacyMode = false
  /// The wall is blank until the next key (what a clicker's "blank screen" key asks for).
  public var blanked = false
  /// The part of the Impasse view that is up.
  public var impasseSection: ImpasseSection = .signals
  /// How the comfort round is shown: the list, one organisation large, or the overview.
  public var comfortView: ComfortView = .list
  /// The legal-form card shown, or nil when the cards are closed.
  public var legalForm: Int?
  /// The role-play card shown to the room, or nil when none is.
  public var rolePlay: Int?
  /// The screen the room keeps seeing while the facilitator works on the Sessions screen.
  public var beforeSessions: Screen = .team
  /// While the wall is frozen (`F`), what it keeps showing: the state when it was frozen or
  /// last sent (`W`). The facilitator's own screen goes on as usual meanwhile.
  public var frozen: FrozenWall?
  public var isFrozen: Bool { frozen != nil }

  public init() {}
}
