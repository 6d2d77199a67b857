import Synchronization
import TafelUI

/// Where the server's tasks meet the loop's thread. The loop hands over each new state
/// (`observe`, called by the room's observer); a request reads the latest one to answer a poll,
/// and a request that changes something posts a `RoomAction` under a ticket and waits here until
/// a state shows what the loop did with it. Nothing here touches the loop's own state.
public final class RoomDesk: Sendable {
  /// How a request the loop was asked to take ended, as the server answers it.
  public enum Reply: Equatable, Sendable {
    /// Taken; `saved` is false only when an answer is in the round but its save failed.
    case accepted(id: String?, saved: Bool)
    case refused(RoomRefusal)
    /// The loop did not say within the time allowed; the phone may send it again.
    case busy
  }

  private struct Waiting {
    var continuation: CheckedContinuation<Reply, Never>
    /// An answer is acknowledged only once the workshop holding it is on disk.
    var needsSave: Bool
  }

  private struct Inside {
    var state: AppState?
    var waiting: [UInt64: Waiting] = [:]
    var nextTicket: UInt64 = 0
    var closed = false
  }

  private let inside = Mutex(Inside())
  private let post: @Sendable (Action) -> Void

  /// `post` hands an action to the loop (its inbox); it must not block.
  public init(post: @escaping @Sendable (Action) -> Void) {
    self.post = post
  }

  /// The newest state the loop handed over, if any.
  public var state: AppState? { inside.withLock { $0.state } }

  /// Takes a new state from the loop's thread and answers the requests it settles.
  public func observe(_ state: AppState) {
    let settled: [(CheckedContinuation<Reply, Never>, Reply)] = inside.withLock { inside in
      inside.state = state
      var settled: [(CheckedContinuation<Reply, Never>, Reply)] = []
      for (ticket, waiting) in inside.waiting {
        guard let outcome = state.room.outcome(of: ticket),
          let reply = Self.reply(to: outcome.result, waiting.needsSave, state.saveStatus)
        else { continue }
        inside.waiting[ticket] = nil
        settled.append((waiting.continuation, reply))
      }
      return settled
    }
    for (continuation, reply) in settled { continuation.resume(returning: reply) }
  }

  private static func reply(to result: RoomResult, _ needsSave: Bool, _ status: SaveStatus)
    -> Reply?
  {
    switch result {
    case .refused(let refusal): return .refused(refusal)
    case .accepted(let id):
      guard needsSave else { return .accepted(id: id, saved: true) }
      switch status {
      case .saved: return .accepted(id: id, saved: true)
      case .failed, .readOnly: return .accepted(id: id, saved: false)
      // The version holding it (or a newer one) is on its way to disk.
      case .saving: return nil
      }
    }
  }

  /// Posts the request `make` builds with a fresh ticket and waits for the loop's outcome, at
  /// most `timeout`.
  public func submit(
    needsSave: Bool = false, timeout: Duration = .seconds(8),
    _ make: @Sendable (UInt64) -> RoomAction
  ) async -> Reply {
    let ticket = inside.withLock { inside -> UInt64 in
      inside.nextTicket += 1
      return inside.nextTicket
    }
    return await withCheckedContinuation { continuation in
      let closed = inside.withLock { inside -> Bool in
        if inside.closed { return true }
        inside.waiting[ticket] = Waiting(continuation: continuation, needsSave: needsSave)
        return false
      }
      if closed {
        continuation.resume(returning: .refused(.roomClosed))
        return
      }
      post(.room(make(ticket)))
      Task { [weak self] in
        try? await Task.sleep(for: timeout)
        self?.settle(ticket, .busy)
      }
    }
  }

  private func settle(_ ticket: UInt64, _ reply: Reply) {
    let waiting = inside.withLock { $0.waiting.removeValue(forKey: ticket) }
    waiting?.continuation.resume(returning: reply)
  }

  /// The room closed: every request still waiting is told so, and no new one is posted.
  public func close() {
    let waiting = inside.withLock { inside in
      inside.closed = true
      let waiting = inside.waiting
      inside.waiting = [:]
      return waiting
    }
    for entry in waiting.values { entry.continuation.resume(returning: .refused(.roomClosed)) }
  }

  public var isClosed: Bool { inside.withLock { $0.closed } }
}
