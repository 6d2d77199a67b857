import Dispatch
import Synchronization
import TafelUI

/// Looks at the workshop's file once a second and tells the loop, through its inbox, when
/// another program replaced, rewrote or removed it: the header then stops saying "opgeslagen"
/// at once (what it showed is no longer what is on disk), not only at the next edit.
///
/// It runs on Dispatch's worker threads, which block signals, so Ctrl-Z and SIGTERM always
/// reach the loop's own thread.
final class FileWatcher: Sendable {
  private let stopped = Atomic<Bool>(false)
  private let reported = Atomic<Bool>(false)
  private let session: WorkshopSession
  private let inbox: Inbox

  init(session: WorkshopSession, inbox: Inbox) {
    self.session = session
    self.inbox = inbox
    lookLater()
  }

  func stop() {
    stopped.store(true, ordering: .relaxed)
  }

  private func lookLater() {
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { [self] in
      guard !stopped.load(ordering: .relaxed) else { return }
      let reason = session.changeOnDisk()
      // Once per change: the header keeps showing it, and saves keep refusing.
      if let reason, !reported.load(ordering: .relaxed) {
        inbox.post(.action(.saveFinished(.failed(message: reason))))
      }
      reported.store(reason != nil, ordering: .relaxed)
      lookLater()
    }
  }
}
