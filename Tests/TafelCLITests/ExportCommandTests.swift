import Foundation
import Testing

@Suite struct ExportCommandTests {
  @Test func aCSVExportImportsBackIntoTheSameProfiles() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let export = try workspace.tafel("export", "w.json", "--output", "scores.csv", "--lang", "nl")
      #expect(export.status == 0)
      #expect(export.stdout.contains("scores.csv"))
      #expect(try workspace.mode("scores.csv") == 0o600)
      #expect(try workspace.tafel("new", "copy.json", "--title", "Kopie").status == 0)
      let imported = try workspace.tafel(
        "import", "copy.json", "--participants", "scores.csv", "--lang", "en")
      #expect(imported.status == 0)
      #expect(imported.stdout.contains("14 participants added"))
      let original = try workspace.tafel("profile", "w.json", "--json")
      let copy = try workspace.tafel("profile", "copy.json", "--json")
      let group = { (text: String) throws -> [String: Any]? in
        (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["group"]
          as? [String: Any]
      }
      let before = try group(original.stdout)
      let after = try group(copy.stdout)
      #expect(before?["dominant"] as? [String] == after?["dominant"] as? [String])
      #expect(before?["underRepresented"] as? [String] == after?["underRepresented"] as? [String])
      let means = { (group: [String: Any]?) -> [String] in
        (group?["colours"] as? [[String: Any]] ?? []).map {
          "\($0["colour"] ?? ""):\($0["mean"] ?? "")"
        }
      }
      #expect(means(before) == means(after))
      #expect(means(before).count == 6)
    }
  }

  @Test func htmlAndMarkdownFollowTheExtensionAndAnonymousNamesNobody() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      #expect(
        try workspace.tafel("export", "w.json", "--output", "verslag.html", "--anonymous").status
          == 0)
      let html = try workspace.text("verslag.html")
      #expect(html.hasPrefix("<!DOCTYPE html>"))
      #expect(!html.contains("Fatima Yilmaz"))
      #expect(try workspace.tafel("export", "w.json", "--format", "md").status == 0)
      #expect(try workspace.text("w.md").contains("# Wijkalliantie Noord"))
    }
  }

  @Test func theFacilitatorsRecordIsAnExplicitChoiceAndSaysItIsConfidential() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      // The demo's own notes are the facilitators'.
      let notes = "Derde bijeenkomst"
      #expect(try workspace.tafel("export", "w.json", "--output", "deelnemers.md").status == 0)
      let shared = try workspace.text("deelnemers.md")
      #expect(!shared.contains(notes))
      #expect(!shared.contains("VERTROUWELIJK"))
      #expect(
        try workspace.tafel(
          "export", "w.json", "--output", "begeleiders.md", "--for", "facilitator"
        ).status == 0)
      let full = try workspace.text("begeleiders.md")
      #expect(full.split(separator: "\n").first?.contains("VERTROUWELIJK") == true)
      #expect(full.contains(notes))
      let english = try workspace.tafel(
        "export", "w.json", "--output", "full.md", "--for", "facilitator", "--lang", "en")
      #expect(english.status == 0)
      #expect(try workspace.text("full.md").hasPrefix("**CONFIDENTIAL"))
    }
  }

  @Test func aBrokenWorkshopIsNotExported() throws {
    try withWorkspace { workspace in
      try workspace.write("{\"schemaVersion\": 2,", to: "w.json")
      let result = try workspace.tafel("export", "w.json", "--lang", "en")
      #expect(result.status == 1)
      #expect(result.stderr.contains("w.json:1:21:"))
      #expect(!workspace.exists("w.html"))
    }
  }
}
