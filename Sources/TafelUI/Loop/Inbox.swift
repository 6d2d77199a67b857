import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What other threads hand the loop: an action (a clock tick, later a phone's answer or a wall's
/// request) or the outcome of a save.
public enum InboxEvent: Equatable, Sendable {
  case action(Action)
  /// The save numbered `generation` (the loop counts them) finished with `status`.
  case saved(generation: Int, status: SaveStatus)
}

/// The loop's mailbox for other threads. Posting never blocks and wakes the loop at once: every
/// post also writes a byte to a pipe that the terminal waits on beside its input, so a post
/// lands within the current wait instead of after the next key or timeout.
public final class Inbox: Sendable {
  private let events = Mutex<[InboxEvent]>([])
  /// Readable while something posted is not yet taken; a terminal polls it beside its input.
  public let wakeDescriptor: Int32
  /// The pipe's writing end; also safe to write to from a signal handler, so a signal ends the
  /// wait as surely as a post.
  public let wakeWriteDescriptor: Int32

  public init() {
    var ends: [Int32] = [-1, -1]
    // Without a pipe the loop still runs: the terminal then finds posts at its next timeout.
    if pipe(&ends) == 0 {
      for end in ends {
        _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      }
    }
    wakeDescriptor = ends[0]
    wakeWriteDescriptor = ends[1]
  }

  deinit {
    if wakeDescriptor >= 0 { close(wakeDescriptor) }
    if wakeWriteDescriptor >= 0 { close(wakeWriteDescriptor) }
  }

  /// Adds `event` and wakes the loop; callable from any thread.
  public func post(_ event: InboxEvent) {
    events.withLock { $0.append(event) }
    var byte: UInt8 = 1
    // A full pipe already holds a wake-up; nothing is lost when this write finds no room.
    _ = write(wakeWriteDescriptor, &byte, 1)
  }

  /// Everything posted so far, oldest first; the loop's thread calls this.
  public func take() -> [InboxEvent] {
    // The pipe first: a post between the two lands in this take and leaves a byte behind,
    // which costs one spare wake-up; the other order could miss one.
    var buffer = [UInt8](repeating: 0, count: 256)
    while buffer.withUnsafeMutableBytes({ read(wakeDescriptor, $0.baseAddress, $0.count) }) > 0 {}
    return events.withLock { pending in
      let taken = pending
      pending = []
      return taken
    }
  }
}
