import Foundation
import Testing

@Suite("tafel check")
struct CheckCommandTests {
  private func place(_ needle: String, in text: String) throws -> String {
    let found = try #require(position(of: needle, in: text))
    return "w.json:\(found.line):\(found.column):"
  }

  @Test func soundFilePassesWithItsCountsAndStaysUnchanged() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")

      let result = try workspace.tafel("check", "w.json", "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stdout == "w.json: sound (2 organisations, 2 participants).\n")
      #expect(result.stderr.isEmpty)
      #expect(try workspace.text("w.json") == WorkshopFixture.sound)
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  @Test func missingCommaReportsLineAndColumnOfTheNextKey() throws {
    let text = WorkshopFixture.sound(
      replacing: ("\"title\": \"Alliantie Test\",", "\"title\": \"Alliantie Test\""))

    let lines = try checkRefusal(text)

    // The comma is missing at the end of line 3; the reader stops at the key on line 4.
    #expect(try place("\"language\"", in: text) == "w.json:4:3:")
    #expect(
      lines == ["w.json:4:3: not valid JSON: expected ',' or '}' after the value, found '\"'"])
  }

  @Test func missingCommaIsReportedInDutch() throws {
    let text = WorkshopFixture.sound(
      replacing: ("\"title\": \"Alliantie Test\",", "\"title\": \"Alliantie Test\""))

    let lines = try checkRefusal(text, language: "nl")

    #expect(
      lines == ["w.json:4:3: geen geldige JSON: verwacht ',' of '}' na de waarde, maar vond '\"'"])
  }

  @Test func truncatedFileReportsLineAndColumnCountedInCharacters() throws {
    let full = WorkshopFixture.sound
    let cut = try #require(full.range(of: "\"name\": \"Bram Ünal\""))
    let text = String(full[..<cut.upperBound])

    let lines = try checkRefusal(text)

    // "Ü" is two bytes in UTF-8 but one column.
    let end = try #require(position(of: "\"name\": \"Bram Ünal\"", in: text))
    let column = end.column + "\"name\": \"Bram Ünal\"".count
    #expect(
      lines == [
        "w.json:\(end.line):\(column): not valid JSON: expected ',' or '}' after the value, "
          + "found the end of the file"
      ])
  }

  @Test func scoreOf140NamesTheFieldAndItsLine() throws {
    let text = WorkshopFixture.sound(replacing: ("\"blue\": 70", "\"blue\": 140"))

    let lines = try checkRefusal(text)

    let place = try place("140", in: text)
    #expect(lines == ["\(place) participants[1].scores.blue: the score 140 is outside 0–100"])
  }

  @Test func scoreOf140IsReportedInDutch() throws {
    let text = WorkshopFixture.sound(replacing: ("\"blue\": 70", "\"blue\": 140"))

    let lines = try checkRefusal(text, language: "nl")

    let place = try place("140", in: text)
    #expect(lines == ["\(place) participants[1].scores.blue: de score 140 ligt buiten 0–100"])
  }

  @Test func everyProblemIsListedInFileOrder() throws {
    let text = WorkshopFixture.sound(
      replacing: ("\"red\": 20", "\"red\": 120"), ("\"id\": \"bram\"", "\"id\": \"anna\""),
      ("\"organisation\": \"welzijn\"", "\"organisation\": \"nowhere\""))

    let lines = try checkRefusal(text)

    #expect(
      lines == [
        "\(try place("120", in: text)) participants[0].scores.red: the score 120 is outside 0–100",
        "\(try place("\"anna\",\n      \"name\": \"Bram", in: text)) participants[1].id: "
          + "the id \"anna\" is used more than once",
        "\(try place("\"nowhere\"", in: text)) participants[1].organisation: "
          + "no organisation has the id \"nowhere\"",
      ])
  }

  @Test func textWhereAWholeNumberBelongsNamesTheField() throws {
    let text = WorkshopFixture.sound(replacing: ("\"yellow\": 60", "\"yellow\": \"60\""))

    let lines = try checkRefusal(text)

    let place = try place("\"60\"", in: text)
    #expect(lines == ["\(place) participants[0].scores.yellow: expected a whole number"])
  }

  @Test func missingTitleNamesTheField() throws {
    let text = WorkshopFixture.sound(replacing: ("  \"title\": \"Alliantie Test\",\n", ""))

    let lines = try checkRefusal(text)

    #expect(lines == ["w.json:1:1: /: the field \"title\" is missing"])
  }

  @Test func newerSchemaVersionIsRefusedAtItsLine() throws {
    let text = WorkshopFixture.sound(replacing: ("\"schemaVersion\": 1", "\"schemaVersion\": 99"))

    let lines = try checkRefusal(text)

    #expect(
      lines == [
        "\(try place("99", in: text)) this file has schemaVersion 99 and comes from a newer Tafel; "
          + "this version reads up to 3. Update Tafel to open it."
      ])
  }

  @Test func newerSchemaIsRefusedBeforeItsUnfamiliarShapeIsJudged() throws {
    let lines = try checkRefusal("{\"schemaVersion\": 99, \"sessions\": {}}\n")

    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("w.json:1:19: this file has schemaVersion 99") == true)
    #expect(!(lines.first ?? "").contains("missing"))
  }

  @Test func missingFileIsReportedAndNotCreated() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("check", "absent.json", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.errorLines == ["absent.json: file not found"])
      #expect(try workspace.contents().isEmpty)
    }
  }

  @Test func folderIsRefusedAsNotAFile() throws {
    try withWorkspace { workspace in
      try FileManager.default.createDirectory(
        atPath: workspace.path("folder.json"), withIntermediateDirectories: false)

      let result = try workspace.tafel("check", "folder.json", "--lang", "nl")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.errorLines == ["folder.json: dit is een map, geen bestand"])
      #expect(try workspace.contents() == ["folder.json"])
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: workspace.path("folder.json")).isEmpty)
    }
  }
}
