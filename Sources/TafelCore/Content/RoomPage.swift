import Foundation

/// The page participants' phones load (issue 15): one self-contained file, `data/room/page.html`,
/// compiled in so that the binary serves it when copied alone. Nothing in it is fetched from
/// elsewhere, and `headers` tell the browser to keep it that way: the Content-Security-Policy lets
/// it run only the page's own inline script and style (by their SHA-256) and talk only to the
/// laptop it came from.
public enum RoomPage {
  /// The page, byte for byte as `data/room/page.html` holds it.
  public static var html: String { EmbeddedContent.roomPage + "\n" }

  /// The headers to send with the page: its type, the policy, no sniffing, no referrer, and no
  /// caching (the browser asks the laptop for the page each time, never a stale copy).
  public static let headers: [(name: String, value: String)] = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Security-Policy", contentSecurityPolicy),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
  ]

  /// Only this page's script and style, only requests to where it came from, no frames, forms,
  /// images, fonts or plugins.
  public static let contentSecurityPolicy = policy(for: html)

  static func policy(for html: String) -> String {
    let scripts = inlineBlocks("script", in: html).map(hashSource).joined(separator: " ")
    let styles = inlineBlocks("style", in: html).map(hashSource).joined(separator: " ")
    return [
      "default-src 'none'", "script-src \(scripts.isEmpty ? "'none'" : scripts)",
      "style-src \(styles.isEmpty ? "'none'" : styles)", "connect-src 'self'",
      "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")
  }

  /// The text between each `<tag>` and `</tag>` (the page writes them without attributes).
  static func inlineBlocks(_ tag: String, in html: String) -> [String] {
    var blocks: [String] = []
    var rest = html[...]
    while let open = rest.range(of: "<\(tag)>"),
      let close = rest.range(of: "</\(tag)>", range: open.upperBound..<rest.endIndex)
    {
      blocks.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return blocks
  }

  private static func hashSource(_ block: String) -> String {
    "'sha256-\(Data(SHA256.digest(Array(block.utf8))).base64EncodedString())'"
  }
}
