import Foundation
import TafelUI

/// What travels on the wall's socket: one hello line saying what speaks and in which version,
/// then whole snapshots, each `WallView.jsonData()` on a line of its own. JSON escapes every
/// newline inside its strings, so a newline always ends a snapshot. Whole snapshots, never
/// differences: a wall that connects late or missed some shows the newest one at once.
///
/// The wall says one thing back: its size, `{"fit":{"height":36,"width":120}}`, on connecting
/// and after each resize, so long lists are sent only as far as it can show them (`WallFit`).
/// A wall that never says it (an older `tafel wall`) gets everything, as before; a line the
/// facilitator's side does not know is skipped and counted, so a newer wall can say more.
public enum WallFrame {
  /// Raised when what is sent changes shape; a wall that reads another version says so
  /// rather than drawing what it does not understand.
  public static let version = 1
  public static let hello = Array(#"{"tafel":"wall","version":1}"#.utf8) + [newline]
  static let newline = UInt8(ascii: "\n")
  /// Far above any real wall (a thousand people on the Group screen is tens of kilobytes); a
  /// line longer than this is not from Tafel and ends the connection.
  public static let maximumLineBytes = 4 << 20

  /// The bytes that send `view`: its JSON and a newline.
  public static func line(for view: WallView) -> [UInt8]? {
    guard let data = try? view.jsonData() else { return nil }
    return Array(data) + [newline]
  }

  /// Far above a size line; a wall that sends longer lines is not a Tafel wall.
  static let maximumWallLineBytes = 1024

  /// The line a wall sends to say how much it shows.
  public static func line(for fit: WallFit) -> [UInt8] {
    Array(#"{"fit":{"height":\#(fit.height),"width":\#(fit.width)}}"#.utf8) + [newline]
  }

  /// What a line from a wall says: its size, or nil for a line this Tafel does not know.
  public static func fit(_ line: [UInt8]) -> WallFit? {
    struct Said: Decodable { var fit: WallFit }
    guard let said = try? JSONDecoder().decode(Said.self, from: Data(line)),
      said.fit.width > 0, said.fit.height > 0
    else { return nil }
    return WallFit(width: min(said.fit.width, 10_000), height: min(said.fit.height, 10_000))
  }

  /// The version a hello line announces, or nil when the line is not a Tafel wall hello.
  public static func helloVersion(_ line: [UInt8]) -> Int? {
    struct Hello: Decodable {
      var tafel: String
      var version: Int
    }
    guard let hello = try? JSONDecoder().decode(Hello.self, from: Data(line)),
      hello.tafel == "wall"
    else { return nil }
    return hello.version
  }
}

/// Collects bytes from a socket into whole lines.
struct LineBuffer {
  private var pending: [UInt8] = []
  private let limit: Int

  init(limit: Int = WallFrame.maximumLineBytes) { self.limit = limit }

  /// Adds `bytes` and returns the lines they complete, without their newlines; nil when a
  /// line grows past `limit`.
  mutating func add(_ bytes: [UInt8]) -> [[UInt8]]? {
    pending += bytes
    var lines: [[UInt8]] = []
    var start = pending.startIndex
    while let end = pending[start...].firstIndex(of: WallFrame.newline) {
      lines.append(Array(pending[start..<end]))
      start = end + 1
    }
    pending.removeFirst(start)
    guard pending.count <= limit else { return nil }
    return lines
  }
}
