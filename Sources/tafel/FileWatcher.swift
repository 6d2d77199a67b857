import Synchronization
import TafelUI

/// Looks at the workshop's file and tells the loop, through its inbox, when another program
/// replaced, rewrote or removed it: the header then stops saying "opgeslagen" at once (what it
/// showed is no longer what is on disk), not only at the next edit. `watching` looks once a
/// second.
final class FileWatcher: Sendable {
  private let reported = Atomic<Bool>(false)
  private let session: WorkshopSession
  private let inbox: Inbox

  init(session: WorkshopSession, inbox: Inbox) {
    self.session = session
    self.inbox = inbox
  }

  /// Looks once a second until the returned job is stopped.
  func watching() -> Repeating {
    Repeating(every: .seconds(1)) { [self] in look() }
  }

  func look() {
    let reason = session.changeOnDisk()
    // Once per change: the header keeps showing it, and saves keep refusing.
    if let reason, !reported.load(ordering: .relaxed) {
      inbox.post(.action(.saveFinished(.failed(message: reason))))
    }
    reported.store(reason != nil, ordering: .relaxed)
  }
}
