import Foundation

/// The environment Tafel was started with, read once: `ProcessInfo`'s getter builds a new
/// dictionary of every variable on each call, and start-up asked for it five times; its first
/// call alone was 2 % of a start's instructions (docs/performance.md). Tafel never changes its
/// own environment.
enum ProcessEnvironment {
  static let current: [String: String] = {
    #if canImport(Glibc)
      // Straight from the C library's list; where a name appears twice, the first counts, as
      // with getenv.
      var variables: [String: String] = [:]
      var entry = environ
      while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
          let name = String(text[..<equals])
          if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
        }
        entry += 1
      }
      return variables
    #else
      return ProcessInfo.processInfo.environment
    #endif
  }()
}
