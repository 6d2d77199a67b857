import Foundation
import Synchronization

/// The clock as a source of events: a thread that posts `.tick` to the inbox a few times a
/// second, so the header's minute and a running round timer move without a key being pressed.
final class Ticker: Sendable {
  private let stopped = Atomic<Bool>(false)

  init(inbox: Inbox, everyMilliseconds interval: Int, clock: @escaping @Sendable () -> Moment) {
    Thread.detachNewThread { [self] in
      while !stopped.load(ordering: .relaxed) {
        usleep(UInt32(interval * 1000))
        inbox.post(.action(.tick(clock())))
      }
    }
  }

  func stop() {
    stopped.store(true, ordering: .relaxed)
  }
}
