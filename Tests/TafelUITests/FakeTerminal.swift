import TafelUI

/// A terminal in memory: it hands out queued events and keeps every frame painted, so the whole
/// loop runs in a test.
final class FakeTerminal: Terminal {
  var size: Size
  private var events: [TerminalEvent]
  private(set) var frames: [Grid] = []

  init(size: Size, events: [TerminalEvent]) {
    self.size = size
    self.events = events
  }

  func paint(_ grid: Grid) { frames.append(grid) }

  func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    guard !events.isEmpty else { return nil }
    let event = events.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  var hasEnded: Bool { events.isEmpty }

  var lastScreen: String { frames.last?.text ?? "" }
}

extension Array where Element == TerminalEvent {
  static func typing(_ text: String) -> [TerminalEvent] {
    text.map { .key(.character($0)) }
  }
}
