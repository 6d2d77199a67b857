/// Hands out ncurses colour pair numbers on first use, so only the combinations actually drawn
/// take one of the terminal's limited `COLOR_PAIRS`. When they run out, pair 0 (the default
/// colours) is used: the text stays readable, only its colour is lost.
///
/// Pure bookkeeping: the caller runs `init_pair` for numbers reported as new.
struct ColourPairs {
  private var numbers: [ColourPairKey: Int16]
  private var next: Int = 1
  private let limit: Int

  /// - Parameters:
  ///   - limit: `COLOR_PAIRS`; numbers stay below it (and within the `short` ncurses takes).
  ///   - pairZero: the colours pair 0 already shows, which never need a pair of their own.
  init(limit: Int, pairZero: ColourPairKey) {
    self.limit = min(limit, Int(Int16.max) + 1)
    numbers = [pairZero: 0]
  }

  /// The pair for `key`, and whether it was just allocated and still needs `init_pair`.
  mutating func number(for key: ColourPairKey) -> (number: Int16, isNew: Bool) {
    if let number = numbers[key] { return (number, false) }
    guard next < limit else { return (0, false) }
    let number = Int16(next)
    next += 1
    numbers[key] = number
    return (number, true)
  }
}
