import Foundation
import Synchronization
import TafelUI

/// Looks at the workshop's file once a second and tells the loop, through its inbox, when
/// another program replaced, rewrote or removed it: the header then stops saying "opgeslagen"
/// at once (what it showed is no longer what is on disk), not only at the next edit.
final class FileWatcher: Sendable {
  private let stopped = Atomic<Bool>(false)

  init(session: WorkshopSession, inbox: Inbox) {
    Thread.detachNewThread { [self] in
      var reported = false
      while !stopped.load(ordering: .relaxed) {
        usleep(1_000_000)
        let reason = session.changeOnDisk()
        // Once per change: the header keeps showing it, and saves keep refusing.
        if let reason, !reported {
          inbox.post(.action(.saveFinished(.failed(message: reason))))
        }
        reported = reason != nil
      }
    }
  }

  func stop() {
    stopped.store(true, ordering: .relaxed)
  }
}
