import Foundation
import Testing

@testable import TafelCore

/// The phones' page: compiled in byte for byte, hashed right for its Content-Security-Policy, and
/// written so that it fetches nothing, injects no HTML and runs on an old phone browser.
@Suite struct RoomPageTests {
  @Test func sha256MatchesTheStandardsTestVectors() {
    func hex(_ text: String) -> String {
      SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
    #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    // Two blocks, the padding falling into the second.
    #expect(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex(String(repeating: "a", count: 1000))
        == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }

  @Test func theCompiledPageIsTheFileByteForByte() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("data/room/page.html")
    #expect(RoomPage.html == (try String(contentsOf: url, encoding: .utf8)))
  }

  @Test func thePolicyAllowsExactlyThePagesOwnScriptAndStyle() {
    let policy = RoomPage.contentSecurityPolicy
    let scripts = RoomPage.inlineBlocks("script", in: RoomPage.html)
    let styles = RoomPage.inlineBlocks("style", in: RoomPage.html)
    #expect(scripts.count == 1)
    #expect(styles.count == 1)
    let digest = Data(SHA256.digest(Array(scripts[0].utf8))).base64EncodedString()
    #expect(policy.contains("script-src 'sha256-\(digest)';"))
    #expect(policy.hasPrefix("default-src 'none'; "))
    for part in [
      "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
    ] {
      #expect(policy.contains(part))
    }
    #expect(!policy.contains("unsafe"))
  }

  @Test func thePageNamesNothingOutsideItself() {
    let html = RoomPage.html.lowercased()
    for reference in [
      "http:", "https:", "src=", "href=", "<link", "<img", "<iframe", "<object", "<embed",
      "@import", "url(", "<form",
    ] {
      #expect(!html.contains(reference), "the page holds \(reference)")
    }
  }

  @Test func thePageNeverWritesHTMLFromText() {
    let script = RoomPage.inlineBlocks("script", in: RoomPage.html).joined()
    for sink in [
      "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
      "setAttribute(\"on",
    ] {
      #expect(!script.contains(sink), "the script uses \(sink)")
    }
    // Markup outside the script carries no handlers or style attributes, which the policy would
    // block anyway.
    let markup = RoomPage.html.replacingOccurrences(of: script, with: "")
    #expect(markup.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
    #expect(markup.range(of: #"\sstyle="#, options: .regularExpression) == nil)
  }

  /// A five-year-old phone browser runs ES5 with XMLHttpRequest; what came later is kept out.
  @Test func theScriptStaysWithinWhatOldBrowsersRun() {
    let script = RoomPage.inlineBlocks("script", in: RoomPage.html).joined()
    for modern in [
      "=>", "`", "let ", "const ", "class ", "async ", "await ", "fetch(", "Promise", "import ",
      "...", "?.", "??", "classList",
    ] {
      #expect(!script.contains(modern), "the script uses \(modern)")
    }
    #expect(script.contains("XMLHttpRequest"))
  }
}
