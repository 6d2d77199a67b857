import TafelCore

extension WallView {
  /// What the wall shows now: the one function every wall and the console's preview ask. Blank
  /// wins; a frozen wall shows the state it was frozen with, but always under today's privacy
  /// and projector setting: privacy switched on must reach a frozen wall at once. With `fit`,
  /// lists go only as far as a wall of that size shows them.
  public static func onWall(_ state: AppState, content: Content, fit: WallFit? = nil) -> WallView {
    guard !state.wall.blanked else { return .blank }
    guard var kept = state.wall.frozen?.state else { return of(state, content: content, fit: fit) }
    kept.wall.privacyMode = state.wall.privacyMode
    kept.wall.projectorMode = state.wall.projectorMode
    return of(kept, content: content, fit: fit)
  }

  /// The wall for this state: the one place that decides what the room may see. Pure: the same
  /// state and content give the same wall. `content` is the facilitator's (rules, steps, texts).
  /// On the Group screen it analyses the group, as the Group view does (about 0.1 s for 1,000
  /// people in a debug build): work it out when the state changed, and send it when it differs.
  public static func of(_ state: AppState, content: Content, fit: WallFit? = nil) -> WallView {
    guard !state.wall.blanked else { return .blank }
    // The Sessions screen is the facilitator's desk: the wall stays on the screen before it.
    if state.wall.screen == .sessions {
      var before = state
      before.wall.screen =
        state.wall.beforeSessions == .sessions ? .team : state.wall.beforeSessions
      return of(before, content: content, fit: fit)
    }
    let screen: WallScreen =
      switch state.wall.screen {
      case .team: .team(TeamWall.of(state, fit: fit))
      case .group: .group(GroupWall.of(state, content: content))
      case .impasse: .impasse(ImpasseWall.of(state))
      case .dilemma: .dilemma(DilemmaWall.of(state, content: content))
      case .sessions: .team(TeamWall.of(state, fit: fit))
      }
    var join: JoinInfo?
    if let url = state.room.url, let code = state.room.code {
      join = JoinInfo(url: url, code: code, fullWall: state.wall.showsJoin)
    }
    return WallView(
      page: WallPage(
        language: state.language, title: state.workshop.title, phase: state.workshop.phase,
        projector: state.wall.projectorMode, privacy: state.wall.privacyMode, screen: screen,
        join: join))
  }
}
