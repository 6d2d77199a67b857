/// The page participants' phones load (issue 15): `data/room/page.html` with its script
/// (`page.js`) and style (`page.css`), compiled in so that the binary serves them when copied
/// alone. Nothing in them is fetched from elsewhere, and `headers` tell the browser to keep it
/// that way: the Content-Security-Policy lets the page run only the script and style the laptop
/// itself serves (`'self'`, never inline) and talk only to the laptop it came from.
public enum RoomPage {
  /// The page, byte for byte as `data/room/page.html` holds it.
  public static var html: String { EmbeddedContent.roomPage + "\n" }
  /// The page's script, as `data/room/page.js` holds it; served at `scriptPath`.
  public static var script: String { EmbeddedContent.roomScript + "\n" }
  /// The page's style, as `data/room/page.css` holds it; served at `stylePath`.
  public static var style: String { EmbeddedContent.roomStyle + "\n" }

  public static let scriptPath = "/page.js"
  public static let stylePath = "/page.css"

  /// The files the page loads besides itself, by path: their type and text.
  public static var files: [(path: String, type: String, text: String)] {
    [
      (scriptPath, "text/javascript; charset=utf-8", script),
      (stylePath, "text/css; charset=utf-8", style),
    ]
  }

  /// The headers to send with the page: its type, the policy, no sniffing, no referrer, and no
  /// caching (the browser asks the laptop for the page each time, never a stale copy).
  public static let headers: [(name: String, value: String)] = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Security-Policy", contentSecurityPolicy),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
  ]

  /// Only the laptop's own script and style files (no inline code, so nothing injected into the
  /// page can run), only requests to where it came from, no frames, forms, images, fonts or
  /// plugins.
  public static let contentSecurityPolicy = [
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
    "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
  ].joined(separator: "; ")
}
