import Foundation

/// The environment Tafel was started with, read once: `ProcessInfo`'s getter builds a new
/// dictionary of every variable on each call, and start-up asked for it five times
/// (docs/performance.md). Tafel never changes its own environment.
enum ProcessEnvironment {
  static let current = ProcessInfo.processInfo.environment
}
