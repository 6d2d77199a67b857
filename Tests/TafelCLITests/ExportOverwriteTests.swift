import Foundation
import Testing

/// `tafel export` writes a new file: never over the workshop it reads (or its backup or lock),
/// never over another file unless `--force` says so, never through a link; `-` is standard
/// output.
@Suite struct ExportOverwriteTests {
  @Test func theSpreadsheetThePeopleCameFromIsNotReplacedWithoutForce() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      try workspace.write("name;organisation\nsheet the people came from\n", to: "w.csv")
      let refused = try workspace.tafel("export", "w.json", "--format", "csv", "--lang", "nl")
      #expect(refused.status == 1)
      #expect(refused.stderr.contains("w.csv: bestaat al; Tafel vervangt het niet"))
      #expect(refused.stderr.contains("--force"))
      #expect(refused.stdout.isEmpty)
      #expect(try workspace.text("w.csv") == "name;organisation\nsheet the people came from\n")
      #expect(try workspace.contents().filter { $0.hasPrefix(".") }.isEmpty, "no temporary files")

      let forced = try workspace.tafel("export", "w.json", "--format", "csv", "--force")
      #expect(forced.status == 0)
      #expect(try workspace.text("w.csv").contains("Anouk Hoëvenaars"))
      #expect(try workspace.mode("w.csv") == 0o600)
    }
  }

  @Test(arguments: ["w.json", "./w.json", "w.json.bak", "w.json.lock", "alias.json", "link.html"])
  func theWorkshopItsBackupAndLockAreNeverExportedOver(_ output: String) throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      #expect(link(workspace.path("w.json"), workspace.path("alias.json")) == 0)
      try FileManager.default.createSymbolicLink(
        atPath: workspace.path("link.html"), withDestinationPath: "w.json")
      let before = try workspace.bytes("w.json")
      let result = try workspace.tafel(
        "export", "w.json", "--output", output, "--format", "html", "--force", "--lang", "en")
      #expect(result.status == 1)
      #expect(result.stderr.contains("is the workshop itself, its backup (.bak) or its lock"))
      #expect(try workspace.bytes("w.json") == before)
      #expect(!workspace.exists("w.json.lock"))
    }
  }

  @Test func aLinkAtTheReportsNameIsNeverWrittenThrough() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      try workspace.write("precious\n", to: "victim.txt")
      try FileManager.default.createSymbolicLink(
        atPath: workspace.path("w.html"), withDestinationPath: "victim.txt")
      let refused = try workspace.tafel("export", "w.json", "--lang", "en")
      #expect(refused.status == 1)
      #expect(refused.stderr.contains("w.html: already exists"))
      let forced = try workspace.tafel("export", "w.json", "--force")
      #expect(forced.status == 0)
      #expect(try workspace.text("victim.txt") == "precious\n")
      #expect(try workspace.text("w.html").hasPrefix("<!DOCTYPE html>"))
      #expect(
        (try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("w.html")))
          == nil)
    }
  }

  @Test func aDashWritesTheReportToStandardOutput() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let markdown = try workspace.tafel("export", "w.json", "--output", "-", "--format", "md")
      #expect(markdown.status == 0)
      #expect(markdown.stdout.hasPrefix("# Wijkalliantie Noord"))
      let html = try workspace.tafel("export", "w.json", "--output", "-")
      #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
      #expect(try workspace.contents() == ["w.json"])
      // Into a pipe, byte for byte what the file would hold.
      let csv = try workspace.tafel("export", "w.json", "--output", "-", "--format", "csv")
      #expect(try workspace.tafel("export", "w.json", "--format", "csv").status == 0)
      #expect(csv.stdout == (try workspace.text("w.csv")))
    }
  }

  @Test func whatTheSystemSaysIsInTheChosenLanguage() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let dutch = try workspace.tafel(
        "export", "w.json", "--output", "nergens/x.html", "--lang", "nl")
      #expect(dutch.status == 1)
      #expect(
        dutch.stderr.contains(
          "nergens/x.html: kan niet opslaan: het bestand of de map bestaat niet"))
      #expect(!dutch.stderr.contains("No such file"))
      try workspace.write("", to: "file")
      let notFolder = try workspace.tafel(
        "export", "w.json", "--output", "file/x.md", "--lang", "nl")
      #expect(notFolder.stderr.contains("een deel van het pad is geen map"))
      let english = try workspace.tafel(
        "export", "w.json", "--output", "nowhere/x.html", "--lang", "en")
      #expect(english.stderr.contains("nowhere/x.html: cannot save: no such file or folder"))
    }
  }
}
