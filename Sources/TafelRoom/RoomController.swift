import Foundation
import Synchronization
import TafelCore
import TafelUI

/// The room as the loop sees it: an `AppLoop` observer that starts the server when the
/// facilitator opens the room (`Z`, `tafel open --room`) and stops it when they close it, and
/// hands every new state to the server's desk. Nothing of the server runs, or is even set up,
/// before the room is first opened, so Tafel's first frame does not wait for it.
public final class RoomController: Sendable {
  private enum Phase {
    case idle
    case starting(RoomDesk)
    case running(RoomServer)
  }

  private let phase = Mutex(Phase.idle)
  private let post: @Sendable (Action) -> Void
  /// Asked when the room opens, not before: choosing it reads the network's state.
  private let address: @Sendable () -> ListenAddress
  private let site: @Sendable () -> RoomSite
  private let content: Content
  private let limits: @Sendable () -> RoomLimits

  public init(
    address: @escaping @Sendable () -> ListenAddress,
    site: @escaping @Sendable () -> RoomSite, content: Content,
    limits: @escaping @Sendable () -> RoomLimits = { RoomLimits() },
    post: @escaping @Sendable (Action) -> Void
  ) {
    self.address = address
    self.site = site
    self.content = content
    self.limits = limits
    self.post = post
  }

  /// The observer: on the loop's thread, after every batch of actions. Never blocks.
  public func observe(_ state: AppState) {
    let desk: RoomDesk? = phase.withLock { phase in
      switch (phase, state.room.status) {
      case (.idle, .opening):
        let desk = RoomDesk(post: post)
        phase = .starting(desk)
        start(desk)
        return desk
      case (.starting(let desk), .closed):
        // The start sees it is no longer wanted and stops what it started.
        desk.close()
        phase = .idle
        return nil
      case (.running(let server), .closed):
        phase = .idle
        server.desk.close()
        Task.detached { await server.stop() }
        return nil
      case (.starting(let desk), _): return desk
      case (.running(let server), _): return server.desk
      case (.idle, _): return nil
      }
    }
    desk?.observe(state)
  }

  private func start(_ desk: RoomDesk) {
    let code = RoomSecrets.roomCode()
    let (address, site, content, limits, post) = (
      self.address, self.site, self.content, self.limits(), self.post
    )
    Task.detached { [self] in
      do {
        let server = try await RoomServer.start(
          on: address(), code: code, desk: desk, site: site(), content: content, limits: limits)
        let wanted = self.phase.withLock { phase -> Bool in
          guard case .starting(let starting) = phase, starting === desk else { return false }
          phase = .running(server)
          return true
        }
        if wanted {
          post(.room(.opened(url: server.url, code: code)))
        } else {
          await server.stop()
        }
      } catch {
        let wanted = self.phase.withLock { phase -> Bool in
          guard case .starting(let starting) = phase, starting === desk else { return false }
          phase = .idle
          return true
        }
        if wanted { post(.room(.failedToOpen(reason: "\(error)"))) }
      }
    }
  }

  /// The address phones use while the room is open.
  public var url: String? {
    phase.withLock { phase in
      if case .running(let server) = phase { server.url } else { nil }
    }
  }

  /// Ends the room when Tafel ends: requests still waiting hear that the room closed.
  public func shutDown() async {
    let server: RoomServer? = phase.withLock { phase in
      defer { phase = .idle }
      switch phase {
      case .running(let server): return server
      case .starting(let desk):
        desk.close()
        return nil
      case .idle: return nil
      }
    }
    await server?.stop()
  }
}
