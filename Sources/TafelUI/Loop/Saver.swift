import Dispatch
import Synchronization
import TafelCore

/// Writes the workshop off the loop's thread, one save at a time, always the newest version:
/// while a save is on its way to disk, newer versions replace each other and only the last is
/// written next. A held arrow key therefore costs as many writes as the disk keeps up with,
/// and never a wait. Each outcome goes back to the loop through the inbox with the number the
/// loop gave that version, so the header says "opgeslagen" only for what it shows.
public final class Saver: Sendable {
  private struct Queue {
    var newest: (generation: Int, workshop: Workshop)?
    var writing = false
  }

  private let queue = Mutex(Queue())
  private let worker = DispatchQueue(label: "tafel.saver")
  private let write: @Sendable (Workshop) -> SaveStatus
  private let inbox: Inbox

  public init(inbox: Inbox, write: @escaping @Sendable (Workshop) -> SaveStatus) {
    self.inbox = inbox
    self.write = write
  }

  /// Queues `workshop` for writing in place of any version still waiting.
  public func submit(_ workshop: Workshop, generation: Int) {
    let starts = queue.withLock { queue in
      queue.newest = (generation, workshop)
      guard !queue.writing else { return false }
      queue.writing = true
      return true
    }
    if starts { worker.async { self.writeUntilDone() } }
  }

  /// Returns once every version submitted before the call is written (or failed) and its
  /// outcome posted: before quitting, stopping for Ctrl-Z, or writing elsewhere.
  public func finish() {
    worker.sync {}
  }

  private func writeUntilDone() {
    while let next = takeNewest() {
      inbox.post(.saved(generation: next.generation, status: write(next.workshop)))
    }
  }

  private func takeNewest() -> (generation: Int, workshop: Workshop)? {
    queue.withLock { queue in
      guard let newest = queue.newest else {
        queue.writing = false
        return nil
      }
      queue.newest = nil
      return newest
    }
  }
}
