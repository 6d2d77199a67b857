import Foundation
import Testing

/// Every kind of broken workshop file, through every command that reads one: a clear error that
/// names the file (and the line and column where there is one), exit code 1, and the file as
/// it was.
@Suite("bad workshop files")
struct BadFileTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: @Sendable () -> [UInt8]
    /// What standard error must hold; `{place}` stands for `w.json:line:column:` of `at`.
    var expected: [String]
    /// The text whose first occurrence is where the error must point.
    var at: String?

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty", bytes: { [] }, expected: ["w.json:1:1:", "found the end of the file"]),
    Case(
      name: "truncated", bytes: { Array(WorkshopFixture.sound.utf8.prefix(400)) },
      expected: ["{place}"], at: nil),
    Case(
      name: "binary garbage",
      bytes: {
        var random = SystemRandomNumberGenerator()
        return [0xFF, 0xFE, 0x00]
          + (0..<4_000).map { _ in UInt8.random(in: 0...255, using: &random) }
      }, expected: ["w.json:1:1:", "UTF-8"]),
    Case(
      name: "wrong type",
      bytes: {
        Array(WorkshopFixture.sound(replacing: ("\"yellow\": 60", "\"yellow\": \"hoog\"")).utf8)
      },
      expected: ["{place}", "participants[0].scores.yellow"], at: "\"hoog\""),
    Case(
      name: "missing field",
      bytes: {
        Array(WorkshopFixture.sound(replacing: ("  \"title\": \"Alliantie Test\",\n", "")).utf8)
      },
      expected: ["w.json", "title"]),
    Case(
      name: "duplicate ids",
      bytes: {
        Array(WorkshopFixture.sound(replacing: ("\"id\": \"bram\"", "\"id\": \"anna\"")).utf8)
      },
      expected: ["{place}", "anna"], at: "\"anna\",\n      \"name\": \"Bram"),
    Case(
      name: "newer schema",
      bytes: {
        Array(
          WorkshopFixture.sound(replacing: ("\"schemaVersion\": 1", "\"schemaVersion\": 99")).utf8)
      },
      expected: ["{place}", "99"], at: "99"),
    Case(
      name: "a huge string",
      bytes: {
        Array(
          WorkshopFixture.sound(
            replacing: (
              "\"role\": \"adviseur\"",
              "\"role\": \"" + String(repeating: "ë", count: 600_000) + "\""
            )
          ).utf8)
      }, expected: ["{place}", "a text of at most 1.0 MB", "a text of 1.2 MB"], at: "\"ëëë"),
    Case(
      name: "100 MB of JSON",
      bytes: {
        Array(
          WorkshopFixture.sound(
            replacing: (
              "\"title\": \"Alliantie Test\"",
              "\"title\": \"" + String(repeating: "a", count: 100 * 1_048_576) + "\""
            )
          ).utf8)
      }, expected: ["w.json", "100.0 MB", "64.0 MB"]),
  ]

  @Test(arguments: cases, ["check", "profile", "export"])
  func isRefusedClearlyAndLeftAsItWas(_ bad: Case, command: String) throws {
    try withWorkspace { workspace in
      let bytes = bad.bytes()
      try Data(bytes).write(to: workspace.url.appendingPathComponent("w.json"))
      var arguments = [command, "w.json", "--lang", "en"]
      if command == "export" { arguments += ["--output", "verslag.html"] }

      let result = try TafelProcess.run(arguments, in: workspace.url)

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      let text = String(decoding: bytes, as: UTF8.self)
      for expected in bad.expected {
        var needle = expected
        if expected == "{place}" {
          if let at = bad.at, let found = position(of: at, in: text) {
            needle = "w.json:\(found.line):\(found.column):"
          } else {
            needle = "w.json:"
          }
        }
        #expect(result.stderr.contains(needle), "\(needle) in \(result.stderr.prefix(600))")
      }
      #expect(result.stderr.utf8.count < 4_000, "the message stays readable")
      #expect(try workspace.bytes("w.json") == Data(bytes))
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  @Test(arguments: ["check", "profile", "export"])
  func aSymbolicLinkLoopAndAFolderAreNamedAndLeftAlone(command: String) throws {
    try withWorkspace { workspace in
      try FileManager.default.createSymbolicLink(
        atPath: workspace.path("loop.json"), withDestinationPath: "loop.json")
      try FileManager.default.createDirectory(
        atPath: workspace.path("map.json"), withIntermediateDirectories: false)
      for name in ["loop.json", "map.json"] {
        let result = try TafelProcess.run([command, name, "--lang", "en"], in: workspace.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(name + ":"), "\(result.stderr)")
      }
      #expect(try workspace.contents() == ["loop.json", "map.json"])
    }
  }
}
