import Dispatch
import Synchronization

/// Work done again and again at an interval until stopped: the clock's ticks and the look at the
/// workshop's file. It runs on Dispatch's worker threads, which block signals, so Ctrl-Z and
/// SIGTERM always reach the loop's own thread.
public final class Repeating: Sendable {
  private let stopped = Atomic<Bool>(false)
  private let interval: DispatchTimeInterval
  private let work: @Sendable () -> Void

  public init(every interval: DispatchTimeInterval, _ work: @escaping @Sendable () -> Void) {
    self.interval = interval
    self.work = work
    later()
  }

  public func stop() {
    stopped.store(true, ordering: .relaxed)
  }

  private func later() {
    DispatchQueue.global().asyncAfter(deadline: .now() + interval) { [self] in
      guard !stopped.load(ordering: .relaxed) else { return }
      work()
      later()
    }
  }
}
