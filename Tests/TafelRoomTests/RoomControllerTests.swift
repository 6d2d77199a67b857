import Foundation
import Synchronization
import TafelCore
import TafelUI
import Testing

@testable import TafelRoom

/// The room as Tafel's loop drives it: nothing of it may cost the start, not even the page.
@Suite(.serialized) struct RoomControllerTests {
  final class Log: Sendable {
    let pagesMade = Mutex(0)
    let addressesChosen = Mutex(0)
    let posted = Mutex<[Action]>([])
  }

  /// Making the page's headers hashes its script and style: most of Tafel's start-up
  /// instructions when it was done before the first frame (issue 17). Choosing the address reads
  /// the network's state, which may have changed since the start (another Wi-Fi at the venue).
  @Test func thePageAndTheAddressAreMadeOnlyWhenTheRoomOpens() async throws {
    let log = Log()
    let content = try Content.embedded()
    let room = RoomController(
      address: {
        log.addressesChosen.withLock { $0 += 1 }
        return ListenAddress(host: "127.0.0.1", port: 0)
      },
      site: {
        log.pagesMade.withLock { $0 += 1 }
        return RoomSite(html: "<p>room</p>", headers: [])
      },
      content: content,
      post: { action in log.posted.withLock { $0.append(action) } })
    var state = AppState(
      workshop: try DemoWorkshop.load(), language: .nl, savedAt: "10:00",
      impasseContent: content.impasse, dilemmaDeck: content.dilemmas)
    room.observe(state)
    room.observe(state)
    #expect(log.pagesMade.withLock { $0 } == 0)
    #expect(log.addressesChosen.withLock { $0 } == 0)

    _ = reduce(&state, .toggleRoom)
    room.observe(state)
    var url: String?
    for _ in 0..<200 where url == nil {
      try await Task.sleep(for: .milliseconds(50))
      url = room.url
    }
    await room.shutDown()
    #expect(url != nil, "the room did not open: \(log.posted.withLock { $0 })")
    #expect(log.pagesMade.withLock { $0 } == 1)
    #expect(log.addressesChosen.withLock { $0 } == 1)
  }
}
