import TafelCore

/// What a click or a wheel turn means, found from the same layout the views draw.
public enum MouseMap {
  public static func action(
    x: Int, y: Int, button: MouseButton, state: AppState, size: Size, context: RenderContext
  ) -> Action? {
    // The top overlay decides: the help, a form or a question takes no clicks.
    guard state.topOverlay?.letsTheMouseThrough ?? true else { return nil }
    switch button {
    case .wheelUp: return state.wall.screen == .team ? .moveSelection(-1) : .scrollGroup(-3)
    case .wheelDown: return state.wall.screen == .team ? .moveSelection(1) : .scrollGroup(3)
    case .left:
      if y == size.height - 1 {
        return KeyBarView.binding(atColumn: x, width: size.width, state: state, context: context)?
          .action
      }
      guard state.wall.screen == .team else { return nil }
      let layout = ScreenRenderer.layout(state, size: size)
      // The join page covers the list: a click there picks nobody.
      guard layout.join?.fullWall != true else { return nil }
      return ParticipantListView.participant(
        atRow: y, column: x, team: state.teamSlice, in: layout.main, context: context
      )
      .map { .selectParticipant(id: $0) }
    }
  }
}
