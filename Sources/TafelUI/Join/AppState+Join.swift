import TafelCore

extension AppState {
  /// `C`: the join page on the wall or the screen behind it; with the room closed there is
  /// nothing to show, and the facilitator hears why.
  mutating func toggleJoinOnWall() {
    guard room.isOpen else {
      notice = Message(.joinRoomClosed)
      return
    }
    wall.showsJoin.toggle()
  }
}
