import Foundation
import Testing

@Suite("tafel new and tafel demo")
struct NewAndDemoCommandTests {
  @Test func newCreatesPrivateFileWithSchemaVersionTitleAndDates() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel(
        "new", "w.json", "--title", "Wijkalliantie Test", "--date", "2026-09-14", "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stdout == "Created workshop \"Wijkalliantie Test\" in w.json.\n")
      #expect(result.stderr.isEmpty)
      #expect(try workspace.mode("w.json") == 0o600)
      let file = try WorkshopFileContents(workspace.bytes("w.json"))
      #expect(file.schemaVersion == 3)
      #expect(file.title == "Wijkalliantie Test")
      #expect(file.dates == ["2026-09-14"])
      #expect(file.language == "en")
      #expect(file.participants.isEmpty)
      #expect(file.organisations.isEmpty)
      // The atomic write leaves no temporary file, and a new file has no backup.
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  @Test(arguments: [
    ("en", "w.json: this file already exists; Tafel does not replace it"),
    ("nl", "w.json: dit bestand bestaat al; Tafel overschrijft het niet"),
  ])
  func newRefusesToReplaceAnExistingFile(language: String, message: String) throws {
    try withWorkspace { workspace in
      let first = try workspace.tafel("new", "w.json", "--title", "First", "--lang", language)
      #expect(first.status == 0)
      let before = try workspace.bytes("w.json")

      let second = try workspace.tafel("new", "w.json", "--title", "Second", "--lang", language)

      #expect(second.status == 1)
      #expect(second.stdout.isEmpty)
      #expect(second.errorLines == [message])
      #expect(try workspace.bytes("w.json") == before)
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  /// Foundation's `deletingLastPathComponent` traps on a one-letter relative name; Tafel's own
  /// path arithmetic must not.
  @Test func aOneLetterFileNameIsCreatedSavedAndLoaded() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("new", "b", "--title", "Kort").status == 0)
      try workspace.write(
        "naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars\nAnna;GGZ;r;1;2;3;4;5;6\n",
        to: "p.csv")
      #expect(try workspace.tafel("import", "b", "--participants", "p.csv").status == 0)
      let check = try workspace.tafel("check", "b", "--lang", "en")
      #expect(check.stdout == "b: sound (1 organisation, 1 participant).\n")
      // A doubled slash before "é" made every Foundation path method trap.
      try FileManager.default.createDirectory(
        atPath: workspace.path("map"), withIntermediateDirectories: true)
      #expect(try workspace.tafel("new", "map//é.json", "--title", "Lang").status == 0)
      #expect(try workspace.tafel("export", "b", "--output", "map//é.html").status == 0)
      #expect(try workspace.tafel("export", "map//é.json", "--format", "md").status == 0)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: workspace.path("map")).sorted()
          == ["é.html", "é.json", "é.md"])
    }
  }

  @Test func newWithImpossibleDateWritesNothing() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel(
        "new", "w.json", "--title", "T", "--date", "2026-02-30", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("\"2026-02-30\" is not a date of the form yyyy-mm-dd"))
      #expect(try workspace.contents().isEmpty)
    }
  }

  @Test func newWithBlankTitleWritesNothing() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("new", "w.json", "--title", "   ", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("the workshop has no title"))
      #expect(try workspace.contents().isEmpty)
    }
  }

  @Test func demoWritesFourteenParticipantsInEightOrganisationsThatCheckAsSound() throws {
    try withWorkspace { workspace in
      let demo = try workspace.tafel("demo", "--output", "demo.json", "--lang", "en")

      #expect(demo.status == 0)
      #expect(demo.stdout == "Demo workshop written to demo.json.\n")
      #expect(demo.stderr.isEmpty)
      #expect(try workspace.mode("demo.json") == 0o600)
      let file = try WorkshopFileContents(workspace.bytes("demo.json"))
      #expect(file.schemaVersion == 3)
      #expect(file.participants.count == 14)
      #expect(file.organisations.count == 8)

      let check = try workspace.tafel("check", "demo.json", "--lang", "en")

      #expect(check.status == 0)
      #expect(check.stdout == "demo.json: sound (8 organisations, 14 participants).\n")
      #expect(check.stderr.isEmpty)
    }
  }

  @Test func demoWritesTheWorkshopKeptInDataDemo() throws {
    try withWorkspace { workspace in
      let demo = try workspace.tafel("demo", "--output", "demo.json", "--lang", "nl")
      #expect(demo.status == 0)
      #expect(demo.stdout == "Demo-workshop geschreven naar demo.json.\n")

      let written = try WorkshopFileContents(workspace.bytes("demo.json"))
      let kept = try WorkshopFileContents(Data(contentsOf: PackageFiles.data("demo/workshop.json")))
      #expect(written.title == kept.title)
      #expect(written.organisations.map(\.id) == kept.organisations.map(\.id))
      #expect(written.participants.map(\.id) == kept.participants.map(\.id))
      #expect(written.participants.map(\.scores) == kept.participants.map(\.scores))
    }
  }

  @Test func demoRefusesToReplaceAnExistingFile() throws {
    try withWorkspace { workspace in
      try workspace.write("my own notes\n", to: "demo.json")

      let result = try workspace.tafel("demo", "--output", "demo.json", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(
        result.errorLines == ["demo.json: this file already exists; Tafel does not replace it"])
      #expect(try workspace.text("demo.json") == "my own notes\n")
    }
  }
}
