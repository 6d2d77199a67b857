import Foundation
import Testing

@testable import TafelCore

/// The phones' page: compiled in byte for byte, allowed by its Content-Security-Policy to run only
/// the laptop's own script and style, and written so that it fetches nothing, injects no HTML and
/// runs on an old phone browser.
@Suite struct RoomPageTests {
  @Test func theCompiledPageIsTheFilesByteForByte() throws {
    let folder = Fixtures.packageRoot.appendingPathComponent("data/room")
    for (text, file) in [
      (RoomPage.html, "page.html"), (RoomPage.script, "page.js"), (RoomPage.style, "page.css"),
    ] {
      #expect(
        text == (try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
    }
  }

  /// The page runs only the laptop's own script and style files: no inline code at all, so
  /// nothing injected into the page can run, and no hash of it to keep in step.
  @Test func thePolicyAllowsOnlyTheLaptopsOwnFiles() {
    let policy = RoomPage.contentSecurityPolicy
    #expect(policy.hasPrefix("default-src 'none'; "))
    for part in [
      "script-src 'self'", "style-src 'self'", "connect-src 'self'", "base-uri 'none'",
      "form-action 'none'", "frame-ancestors 'none'",
    ] {
      #expect(policy.contains(part))
    }
    #expect(!policy.contains("unsafe") && !policy.contains("sha256") && !policy.contains("http"))
    #expect(RoomPage.html.contains("<script src=\"/page.js\"></script>"))
    #expect(RoomPage.html.contains("<link rel=\"stylesheet\" href=\"/page.css\">"))
    #expect(!RoomPage.html.contains("<script>") && !RoomPage.html.contains("<style"))
    #expect(RoomPage.files.map(\.path) == ["/page.js", "/page.css"])
  }

  /// The page names only its own two files, by path on the laptop; the script and style name
  /// nothing at all.
  @Test func thePageNamesNothingOutsideItself() {
    let html = RoomPage.html.lowercased()
      .replacingOccurrences(of: "<script src=\"/page.js\"></script>", with: "")
      .replacingOccurrences(of: "<link rel=\"stylesheet\" href=\"/page.css\">", with: "")
    for text in [html, RoomPage.script.lowercased(), RoomPage.style.lowercased()] {
      for reference in [
        "http:", "https:", "src=", "href=", "<link", "<img", "<iframe", "<object", "<embed",
        "@import", "url(", "<form", "//cdn", "@font-face",
      ] {
        #expect(!text.contains(reference), "the page holds \(reference)")
      }
    }
  }

  @Test func thePageNeverWritesHTMLFromText() {
    let script = RoomPage.script
    for sink in [
      "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
      "setAttribute(\"on",
    ] {
      #expect(!script.contains(sink), "the script uses \(sink)")
    }
    // The markup carries no handlers or style attributes, which the policy would block anyway.
    let markup = RoomPage.html
    #expect(markup.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
    #expect(markup.range(of: #"\sstyle="#, options: .regularExpression) == nil)
  }

  /// A five-year-old phone browser runs ES5 with XMLHttpRequest; what came later is kept out.
  @Test func theScriptStaysWithinWhatOldBrowsersRun() {
    let script = RoomPage.script
    for modern in [
      "=>", "`", "let ", "const ", "class ", "async ", "await ", "fetch(", "Promise", "import ",
      "...", "?.", "??", "classList",
    ] {
      #expect(!script.contains(modern), "the script uses \(modern)")
    }
    #expect(script.contains("XMLHttpRequest"))
  }
}
