/// How a phone joins the room: the address the wall shows (as a QR code and as text) and the
/// short room code a participant types on the page. Part of the wall's projection while the room
/// is open, so it travels to `tafel wall` like everything else the room sees; it holds nothing
/// the room may not see, since it is on the wall for everyone to read.
public struct JoinInfo: Equatable, Sendable, Codable {
  /// The page's address, e.g. `http://192.168.1.20:8737/`; the QR code holds exactly this.
  public var url: String
  /// The room code, e.g. `K7QX`.
  public var code: String

  public init(url: String, code: String) {
    self.url = url
    self.code = code
  }

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
