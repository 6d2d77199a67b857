/// The picture a frozen wall keeps: the facilitator's state as it was when `F` froze the wall or
/// `W` last sent to it, from which `WallView.onWall` draws the wall meanwhile. The state rather
/// than the finished `WallView`, because the reducer has no content to project with (the Group
/// screen's rules); indirect, because it is an `AppState` inside `AppState`'s own `WallState`.
public indirect enum FrozenWall: Equatable, Sendable {
  case state(AppState)

  /// `current` as the wall should keep it: not blank, nothing frozen inside it, and none of the
  /// facilitator's overlays (they never reach the wall, and need not be kept).
  init(_ current: AppState) {
    var kept = current
    kept.wall.frozen = nil
    kept.wall.blanked = false
    kept.overlays = []
    kept.notice = nil
    self = .state(kept)
  }

  public var state: AppState {
    switch self {
    case .state(let state): state
    }
  }
}
