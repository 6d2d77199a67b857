import Foundation
import TafelUI

/// What travels on the wall's socket: one hello line saying what speaks and in which version,
/// then whole snapshots, each `WallView.jsonData()` on a line of its own. JSON escapes every
/// newline inside its strings, so a newline always ends a snapshot. Whole snapshots, never
/// differences: a wall that connects late or missed some shows the newest one at once.
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

  /// Adds `bytes` and returns the lines they complete, without their newlines; nil when a
  /// line grows past `WallFrame.maximumLineBytes`.
  mutating func add(_ bytes: [UInt8]) -> [[UInt8]]? {
    pending += bytes
    var lines: [[UInt8]] = []
    var start = pending.startIndex
    while let end = pending[start...].firstIndex(of: WallFrame.newline) {
      lines.append(Array(pending[start..<end]))
      start = end + 1
    }
    pending.removeFirst(start)
    guard pending.count <= WallFrame.maximumLineBytes else { return nil }
    return lines
  }
}
