import TafelCore
import TafelUI

/// The facilitator's loop as the walls see it: an `AppLoop.observers` entry that works out
/// `WallView.onWall` only when something it could depend on changed, and hands it to the
/// server, which sends it only when it differs from the last one sent.
///
/// "Something it could depend on" is the whole state but the clock: over-asking costs a
/// projection (about 0.1 s for 1,000 people on the Group screen in a debug build), missing a
/// change would leave the room looking at an old picture, and every field the projection reads
/// today (selection, filter, wall state, workshop, the room's state later) is covered without a
/// list to keep up to date. The clock counts only while a round's timer runs on the wall. What
/// the walls can show (`WallServer.fit`) counts too: a wall that says its size brings a new
/// projection.
public final class WallPublisher {
  private let server: WallServer
  private let content: Content
  private var seen: (state: AppState, fit: WallFit?)?

  public init(server: WallServer, content: Content) {
    self.server = server
    self.content = content
  }

  /// Called on the loop's thread with every new state; never blocks.
  public func observe(_ state: AppState) {
    var key = state
    let timerOnWall =
      state.wall.screen == .dilemma && state.currentRound?.timer.isRunning == true
    if !timerOnWall {
      key.now = ""
      key.clock = ""
      key.clockSeconds = 0
    }
    key.wallsConnected = 0
    // Read once: the server's thread may change it meanwhile, and says so through the inbox.
    let fit = server.fit
    if let seen, seen.state == key, seen.fit == fit { return }
    seen = (key, fit)
    server.publish(WallView.onWall(state, content: content, fit: fit))
  }
}
