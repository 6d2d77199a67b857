import Foundation
import Testing

/// The phones' page in a real browser against the real binary: headless Chromium plays a phone
/// through a dilemma round and a comfort round while tmux plays the facilitator's keys, and the
/// browser's network log shows nothing fetched from outside the laptop
/// (`Tests/Browser/phones_in_chromium.py`). Runs where Debian's chromium, chromium-driver and
/// python3-selenium are installed (`.ci/run` installs them); skipped elsewhere.
@Suite(.serialized, .enabled(if: HeadlessBrowser.isAvailable, "no chromium or selenium"))
struct BrowserEndToEndTests {
  static let python = HeadlessBrowser.python

  @Test func aPhoneAnswersChangesSeesTheRevealAndProposesComfort() throws {
    let script = PackageFiles.root.appendingPathComponent("Tests/Browser/phones_in_chromium.py")
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("tafel-browser-\(UUID().uuidString).log")
    try Data().write(to: output)
    defer { try? FileManager.default.removeItem(at: output) }
    let log = try FileHandle(forWritingTo: output)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.python)
    process.arguments = [
      script.path, "--tafel", TafelProcess.executable.path, "--timeout", "240",
    ]
    process.environment = [
      "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
      "HOME": FileManager.default.temporaryDirectory.path,
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = log
    process.standardError = log
    try process.run()
    process.waitUntilExit()
    try log.close()
    let text = try String(contentsOf: output, encoding: .utf8)
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("all steps passed"), "\(text)")
    #expect(text.contains("ok: the browser asked nothing of any address but http://127.0.0.1:"))
  }
}

/// The CI (`.ci/run`) installs the browser and says so: there the browser test must not be
/// skipped for want of one.
@Test func theBrowserIsThereWhenTheCIRequiresIt() {
  guard ProcessInfo.processInfo.environment["TAFEL_REQUIRE_BROWSER"] == "1" else { return }
  #expect(HeadlessBrowser.isAvailable, "chromium, chromium-driver or python3-selenium is missing")
}

/// Debian's headless browser for tests: chromium, chromium-driver and python3-selenium.
enum HeadlessBrowser {
  static let python = "/usr/bin/python3"

  static var isAvailable: Bool {
    let files = FileManager.default
    return TmuxSession.isAvailable && files.isExecutableFile(atPath: python)
      && (files.isExecutableFile(atPath: "/usr/bin/chromedriver")
        || files.isExecutableFile(atPath: "/usr/local/bin/chromedriver"))
      && files.fileExists(atPath: "/usr/lib/python3/dist-packages/selenium")
  }
}
