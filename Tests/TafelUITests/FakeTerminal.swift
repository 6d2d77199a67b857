import Foundation
import TafelUI

/// A terminal in memory: it hands out queued events and keeps every frame painted, so the whole
/// loop runs in a test. Queued events count as input already waiting, as keys typed ahead do:
/// the loop may take several before it paints.
///
/// By default it ends when its events run out. Given `until`, it stays open after that and
/// waits, as the real terminal does, on the inbox's wake descriptor, so posts from other
/// threads reach the loop; it ends once the last frame satisfies `until`, or after `patience`
/// seconds without a post (then the test's expectations fail: the loop did not wake).
final class FakeTerminal: Terminal {
  var size: Size
  private var events: [TerminalEvent]
  private(set) var frames: [Grid] = []
  private let until: ((String) -> Bool)?
  private let patience: Double
  private var ended = false
  /// Called each time the queued events have run out and the terminal starts to wait.
  var onIdle: (() -> Void)?

  init(
    size: Size, events: [TerminalEvent], until: ((String) -> Bool)? = nil, patience: Double = 30
  ) {
    self.size = size
    self.events = events
    self.until = until
    self.patience = patience
  }

  func paint(_ grid: Grid) { frames.append(grid) }

  func nextEvent(timeoutMilliseconds: Int, wakingFor inbox: Inbox) -> TerminalEvent? {
    if !events.isEmpty {
      let event = events.removeFirst()
      if case .resize(let newSize) = event { size = newSize }
      return event
    }
    // Asked whether input is waiting: none is, and that ends nothing.
    if timeoutMilliseconds == 0 { return nil }
    guard let until, !until(lastScreen) else {
      ended = true
      return nil
    }
    onIdle?()
    // The loop's timeout is ignored on purpose: only a post may end this wait, which is what
    // proves that posting wakes the loop.
    var descriptor = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
    if poll(&descriptor, 1, Int32(patience * 1000)) == 0 { ended = true }
    return nil
  }

  var hasEnded: Bool { ended && events.isEmpty }

  var lastScreen: String { frames.last?.text ?? "" }
}

extension Array where Element == TerminalEvent {
  static func typing(_ text: String) -> [TerminalEvent] {
    text.map { .key(.character($0)) }
  }
}
