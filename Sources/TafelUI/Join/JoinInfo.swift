/// How a phone joins the room: the address the wall shows (as a QR code and as text) and the
/// short room code a participant types on the page. Part of the wall's projection while the room
/// is open, so it travels to `tafel wall` like everything else the room sees; it holds nothing
/// the room may not see, since it is on the wall for everyone to read.
public struct JoinInfo: Equatable, Sendable, Codable {
  /// The page's address, e.g. `http://192.168.1.20:8737/`.
  public var url: String
  /// The room code, e.g. `K7QX`.
  public var code: String
  /// Whether the wall shows the join page (`C`) rather than a line along its bottom.
  public var fullWall: Bool

  public init(url: String, code: String, fullWall: Bool = true) {
    self.url = url
    self.code = code
    self.fullWall = fullWall
  }

  /// What the QR code holds: the address with the room code as its path
  /// (`http://192.168.1.20:8737/K7QX5`), so a phone that scans it joins without typing. Digits,
  /// capitals, `.`, `:` and `/` are the QR code's compact alphabet, so the code costs no larger
  /// symbol for the usual addresses (a `#` would: it takes the byte mode). The code is on the
  /// wall beside it anyway, and phones send it when they join.
  public var qrText: String { (url.hasSuffix("/") ? url : url + "/") + code }

  /// The address as the wall writes it: without a trailing slash, which nobody needs to type.
  public var shownURL: String {
    var text = Substring(url)
    while text.hasSuffix("/") { text = text.dropLast() }
    return String(text)
  }

  /// The address without its scheme and trailing slash, for block letters, where `http://` is
  /// written small above it.
  public var hostAndPort: String {
    var text = Substring(url)
    for scheme in ["http://", "https://"] where text.hasPrefix(scheme) {
      text = text.dropFirst(scheme.count)
    }
    while text.hasSuffix("/") { text = text.dropLast() }
    return String(text)
  }
}
