import CQRencode

/// A QR code as a square of modules (true is dark), made by libqrencode. Pure: the same text
/// always gives the same matrix, and nothing else happens, so the wall renderer can make it while
/// drawing. The quiet zone is not part of it; whoever draws it adds one.
///
/// Error correction is at least M (15% of the code may be lost). A projected code is blurred and
/// keystoned more than it is torn or covered, and a phone at the back of the room reads large
/// modules best, so a smaller symbol matters more than redundancy. When the text fits the same
/// symbol at a higher level, that level is taken, since it costs no size.
public struct QRCode: Equatable, Sendable {
  public enum Level: Int, Sendable, CaseIterable, Comparable {
    case low, medium, quartile, high

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    var libqrencode: QRecLevel {
      switch self {
      case .low: QR_ECLEVEL_L
      case .medium: QR_ECLEVEL_M
      case .quartile: QR_ECLEVEL_Q
      case .high: QR_ECLEVEL_H
      }
    }
  }

  /// The symbol's version (1-40); the width is 17 + 4 × version modules.
  public let version: Int
  public let level: Level
  /// Rows of modules, top to bottom; each row left to right; true is dark.
  public let modules: [[Bool]]

  public var width: Int { modules.count }

  /// The code for `text`, or nil when it cannot be made (empty, or longer than a QR code holds).
  public init?(_ text: String, minimumLevel: Level = .medium) {
    guard !text.isEmpty, let first = Self.encode(text, version: 0, level: minimumLevel) else {
      return nil
    }
    var best = first
    for level in Level.allCases where level > minimumLevel {
      guard let higher = Self.encode(text, version: first.version, level: level),
        higher.version == first.version
      else { break }
      best = higher
    }
    self = best
  }

  private init(version: Int, level: Level, modules: [[Bool]]) {
    self.version = version
    self.level = level
    self.modules = modules
  }

  /// One call into libqrencode. `version` 0 lets it pick the smallest symbol; a larger one is
  /// the least it may use (it grows the symbol when the text does not fit).
  private static func encode(_ text: String, version: Int, level: Level) -> QRCode? {
    guard let code = QRcode_encodeString(text, Int32(version), level.libqrencode, QR_MODE_8, 1)
    else { return nil }
    defer { QRcode_free(code) }
    let width = Int(code.pointee.width)
    guard width > 0, let data = code.pointee.data else { return nil }
    // Each module is a byte whose lowest bit says dark; the other bits describe its role.
    var modules: [[Bool]] = []
    for row in 0..<width {
      let bytes = UnsafeBufferPointer(start: data + row * width, count: width)
      modules.append(bytes.map { $0 & 1 == 1 })
    }
    return QRCode(version: Int(code.pointee.version), level: level, modules: modules)
  }
}
