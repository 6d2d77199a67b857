/// The room's secrets, from the system's cryptographic generator (`SystemRandomNumberGenerator`
/// reads getrandom(2) on Linux and arc4random on macOS).
public enum RoomSecrets {
  /// A phone's token: 128 random bits as 32 lowercase hexadecimal digits.
  public static func token() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<2).map { _ in
      let bits = String(generator.next() as UInt64, radix: 16)
      return String(repeating: "0", count: 16 - bits.count) + bits
    }.joined()
  }

  /// Letters and digits nobody mistakes for one another on a wall (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
  public static let codeAlphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")

  /// The room code the wall shows: five characters, about 23 bits; guessing is slowed further by
  /// the rate limit on wrong codes.
  public static func roomCode() -> String {
    var generator = SystemRandomNumberGenerator()
    return String(
      (0..<5).map { _ in
        codeAlphabet[Int(generator.next(upperBound: UInt64(codeAlphabet.count)))]
      })
  }
}
