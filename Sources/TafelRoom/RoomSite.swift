import FlyingFox
import Foundation
import TafelCore

/// The page the phones load, with its own headers (its Content-Security-Policy above all), and
/// the script and style it loads from the laptop. They are content files of their own
/// (`RoomPage`, data/room); the server only serves them.
public struct RoomSite: Sendable {
  public var html: Data
  public var headers: [(name: String, value: String)]
  /// The page's script and style by path, each with its type; nothing else is served.
  public var files: [String: (type: String, body: Data)]

  public init(
    html: String, headers: [(name: String, value: String)],
    files: [(path: String, type: String, text: String)] = RoomPage.files
  ) {
    self.html = Data(html.utf8)
    self.headers = headers
    self.files = Dictionary(
      files.map { ($0.path, (type: $0.type, body: Data($0.text.utf8))) },
      uniquingKeysWith: { first, _ in first })
  }

  /// Sent with every answer unless it sets its own: nothing may frame, sniff, cache, refer or
  /// reach anything; the page's own policy replaces the first.
  public static let securityHeaders: [(String, String)] = [
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
  ]

  func response() -> HTTPResponse {
    var headers = HTTPHeaders()
    headers[.contentType] = "text/html; charset=utf-8"
    for (name, value) in self.headers { headers[HTTPHeader(name)] = value }
    return HTTPResponse(statusCode: .ok, headers: headers, body: html)
  }

  /// The script or style at `path`, with its type (the browser runs a script only with a
  /// script's type: `nosniff` goes with every answer); nil for any other path.
  func file(at path: String) -> HTTPResponse? {
    guard let file = files[path] else { return nil }
    var headers = HTTPHeaders()
    headers[.contentType] = file.type
    return HTTPResponse(statusCode: .ok, headers: headers, body: file.body)
  }
}
