import Foundation
import Synchronization

/// Token buckets by key (an address, a token): each request takes one; a bucket refills at
/// `perSecond` up to `burst`. Old buckets are forgotten, so a flood of addresses cannot grow the
/// table without end.
public final class RateLimiter: Sendable {
  public struct Rule: Sendable, Equatable {
    public var burst: Double
    public var perSecond: Double

    public init(burst: Double, perSecond: Double) {
      self.burst = burst
      self.perSecond = perSecond
    }
  }

  private struct Bucket {
    var level: Double
    var at: Double
  }

  private let rule: Rule
  private let buckets = Mutex<[String: Bucket]>([:])
  private let now: @Sendable () -> Double
  /// Beyond this many keys, buckets that are full again are dropped.
  static let tableLimit = 4_096

  public init(_ rule: Rule, now: @escaping @Sendable () -> Double = RateLimiter.monotonicSeconds) {
    self.rule = rule
    self.now = now
  }

  /// Takes one from `key`'s bucket; nil when it may go ahead, else the seconds to wait.
  public func take(_ key: String) -> Int? {
    let time = now()
    return buckets.withLock { buckets in
      var bucket = buckets[key] ?? Bucket(level: rule.burst, at: time)
      bucket.level = min(rule.burst, bucket.level + (time - bucket.at) * rule.perSecond)
      bucket.at = time
      defer {
        buckets[key] = bucket
        if buckets.count > Self.tableLimit { forgetFull(&buckets, at: time) }
      }
      guard bucket.level >= 1 else {
        return max(1, Int(((1 - bucket.level) / rule.perSecond).rounded(.up)))
      }
      bucket.level -= 1
      return nil
    }
  }

  /// Whether `key` would be refused now (the seconds to wait), without taking from it.
  public func peek(_ key: String) -> Int? {
    let time = now()
    return buckets.withLock { buckets in
      guard let bucket = buckets[key] else { return nil }
      let level = min(rule.burst, bucket.level + (time - bucket.at) * rule.perSecond)
      return level >= 1 ? nil : max(1, Int(((1 - level) / rule.perSecond).rounded(.up)))
    }
  }

  private func forgetFull(_ buckets: inout [String: Bucket], at time: Double) {
    buckets = buckets.filter { _, bucket in
      bucket.level + (time - bucket.at) * rule.perSecond < rule.burst
    }
  }

  public static func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }
}
