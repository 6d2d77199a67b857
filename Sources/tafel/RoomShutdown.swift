import Dispatch
import TafelRoom

/// Closes the room when Tafel ends, waiting briefly, so the port is free for the next start and
/// phones waiting on an answer hear that the room closed.
enum RoomShutdown {
  static func wait(for room: RoomController) {
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      await room.shutDown()
      done.signal()
    }
    _ = done.wait(timeout: .now() + 2)
  }
}
