import FlyingFox
import Foundation

/// The page the phones load, with its own headers (its Content-Security-Policy above all). The
/// page itself is a content file of its own (issue 15's page); the server only serves it.
public struct RoomSite: Sendable {
  public var html: Data
  public var headers: [(name: String, value: String)]

  public init(html: String, headers: [(name: String, value: String)]) {
    self.html = Data(html.utf8)
    self.headers = headers
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
}
