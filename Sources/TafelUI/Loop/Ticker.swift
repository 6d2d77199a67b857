import Dispatch
import Synchronization

/// The clock as a source of events: posts `.tick` to the inbox a few times a second, so the
/// header's minute and a running round timer move without a key being pressed. It runs on
/// Dispatch's worker threads, which block signals, so signals always reach the loop's thread.
final class Ticker: Sendable {
  private let stopped = Atomic<Bool>(false)
  private let inbox: Inbox
  private let interval: Int
  private let clock: @Sendable () -> Moment

  init(inbox: Inbox, everyMilliseconds interval: Int, clock: @escaping @Sendable () -> Moment) {
    self.inbox = inbox
    self.interval = interval
    self.clock = clock
    tickLater()
  }

  func stop() {
    stopped.store(true, ordering: .relaxed)
  }

  private func tickLater() {
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(interval)) { [self] in
      guard !stopped.load(ordering: .relaxed) else { return }
      inbox.post(.action(.tick(clock())))
      tickLater()
    }
  }
}
