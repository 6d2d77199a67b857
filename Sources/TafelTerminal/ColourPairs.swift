/// Hands out ncurses colour pair numbers on first use, so only the combinations actually drawn
/// take one of the terminal's limited `COLOR_PAIRS`. When they run out, pair 0 (the default
/// colours) is used: the text stays readable, only its colour is lost.
///
/// Pure bookkeeping: the caller runs `init_pair` for numbers reported as new.
///
/// The pairs are a list, searched from the start: a theme draws a few dozen combinations, and
/// the first dictionary of a new key type costs a search of every conformance in the binary
/// at start-up (docs/performance.md); the painter asks only when the style changes.
struct ColourPairs {
  /// The key of pair `n` at index `n`.
  private var keys: [ColourPairKey]
  private let limit: Int

  /// - Parameters:
  ///   - limit: `COLOR_PAIRS`; numbers stay below it (and within the `short` ncurses takes).
  ///   - pairZero: the colours pair 0 already shows, which never need a pair of their own.
  init(limit: Int, pairZero: ColourPairKey) {
    self.limit = min(limit, Int(Int16.max) + 1)
    keys = [pairZero]
  }

  /// The pair for `key`, and whether it was just allocated and still needs `init_pair`.
  mutating func number(for key: ColourPairKey) -> (number: Int16, isNew: Bool) {
    if let number = keys.firstIndex(of: key) { return (Int16(number), false) }
    guard keys.count < limit else { return (0, false) }
    keys.append(key)
    return (Int16(keys.count - 1), true)
  }
}
