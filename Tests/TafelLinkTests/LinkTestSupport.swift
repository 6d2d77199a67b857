import Foundation
import Synchronization
import TafelCore
import TafelUI
import Testing

@testable import TafelLink

/// A fresh private folder under /tmp with a short name (a socket's address holds ~100 bytes).
final class TemporaryFolder {
  let path: String

  init() {
    var template = Array("/tmp/tafel-link-XXXXXX".utf8CString)
    path = template.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress, let made = mkdtemp(base) else {
        return "/tmp/tafel-link-failed"
      }
      return String(cString: made)
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  /// A runtime folder made the way Tafel makes it, inside this one.
  func runtime() throws -> String {
    try RuntimeFolder.ensure(environment: ["XDG_RUNTIME_DIR": path])
  }
}

/// Waits until `condition` holds, polling; fails the test after `seconds`.
func waitUntil(
  _ what: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
  _ condition: () -> Bool
) {
  let deadline = Date().addingTimeInterval(seconds)
  while Date() < deadline {
    if condition() { return }
    usleep(10_000)
  }
  Issue.record("waited in vain for \(what)", sourceLocation: sourceLocation)
}

/// The walls' count as the server reports it.
final class CountRecorder: Sendable {
  private let counts = Mutex<[Int]>([])
  var all: [Int] { counts.withLock { $0 } }
  var last: Int { all.last ?? 0 }
  var report: @Sendable (Int) -> Void { { [self] count in counts.withLock { $0.append(count) } } }
}

/// A plain socket client reading raw bytes, as a test looks at what crosses the link.
final class RawWall {
  let descriptor: Int32
  private var buffer: [UInt8] = []

  init?(_ path: String) {
    descriptor = UnixSocket.make()
    guard descriptor >= 0, UnixSocket.connect(descriptor, to: path) == 0 else {
      if descriptor >= 0 { close(descriptor) }
      return nil
    }
  }

  deinit { close(descriptor) }

  /// The next line, without its newline, or nil when none comes within `seconds` or the
  /// server closed.
  func line(seconds: Double = 10) -> [UInt8]? {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = Array(buffer[..<end])
        buffer.removeFirst(end + 1)
        return line
      }
      let left = Int32(deadline.timeIntervalSinceNow * 1000)
      guard left > 0 else { return nil }
      let events = UnixSocket.wait([(descriptor, Int16(POLLIN))], milliseconds: left)
      guard events[0] != 0 else { return nil }
      guard let bytes = UnixSocket.receive(descriptor), !bytes.isEmpty else { return nil }
      buffer += bytes
    }
  }

  /// Writes `text` to the facilitator's side, as a wall says its size.
  func say(_ text: String) {
    let bytes = Array(text.utf8)
    _ = UnixSocket.send(descriptor, bytes[...])
  }

  func text(seconds: Double = 10) -> String? {
    line(seconds: seconds).map { String(decoding: $0, as: UTF8.self) }
  }

  /// True when the server closed this connection within `seconds`, with no byte sent.
  func closedWithoutAByte(seconds: Double = 10) -> Bool {
    let events = UnixSocket.wait([(descriptor, Int16(POLLIN))], milliseconds: Int32(seconds * 1000))
    return events[0] != 0 && UnixSocket.receive(descriptor) == nil && buffer.isEmpty
  }
}

enum Views {
  static func page(_ title: String, privacy: Bool = false) -> WallView {
    WallView(
      page: WallPage(
        language: .nl, title: title, phase: .content, projector: true, privacy: privacy,
        screen: .dilemma(.intro(deck: "Dilemma's", cards: 12, roundMinutes: 8))))
  }

  static func json(_ view: WallView) -> String {
    String(decoding: (try? view.jsonData()) ?? Data(), as: UTF8.self)
  }
}

let helloText = #"{"tafel":"wall","version":1}"#
let runsAsRoot = getuid() == 0
let setprivPath = "/usr/bin/setpriv"
let systemPython = "/usr/bin/python3"
let canSwitchUser =
  runsAsRoot && FileManager.default.isExecutableFile(atPath: setprivPath)
  && FileManager.default.isExecutableFile(atPath: systemPython)
