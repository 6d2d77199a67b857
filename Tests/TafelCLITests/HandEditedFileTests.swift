import Foundation
import Testing

/// What a person may type into a workshop file by hand that Tafel could not keep: a field it
/// does not know, a key given twice, an invisible control character, a trailing comma. Each is
/// refused at its line and column, and nothing is saved over it.
@Suite("hand-edited workshop files")
struct HandEditedFileTests {
  private func place(
    _ needle: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let found = try #require(position(of: needle, in: text), sourceLocation: sourceLocation)
    return "w.json:\(found.line):\(found.column):"
  }

  @Test func everyUnknownKeyIsNamedAtItsLineAndColumnWithTheNearestKnownOne() throws {
    let text = WorkshopFixture.sound(
      replacing: (
        "\"title\": \"Alliantie Test\",", "\"title\": \"Alliantie Test\", \"facilitator\": \"Mo\","
      ),
      ("\"role\": \"adviseur\"", "\"rloe\": \"adviseur\""),
      ("\"purple\": 38 }", "\"purple\": 38, \"pink\": 12 }"))

    let lines = try checkRefusal(text)

    #expect(
      lines == [
        try place("\"facilitator\"", in: text)
          + " facilitator: Tafel does not know this key and would lose it when saving; remove or rename it",
        try place("\"rloe\"", in: text)
          + " participants[0].rloe: Tafel does not know this key; did you mean \"role\"?",
        try place("\"pink\"", in: text)
          + " participants[1].scores.pink: Tafel does not know this key and would lose it when saving; remove or rename it",
      ])
  }

  @Test func anUnknownKeyIsNamedInDutch() throws {
    let text = WorkshopFixture.sound(replacing: ("\"kind\": \"welfare\"", "\"knid\": \"welfare\""))

    let lines = try checkRefusal(text, language: "nl")

    #expect(
      lines == [
        try place("\"knid\"", in: text)
          + " organisations[1].knid: Tafel kent deze sleutel niet; bedoelt u \"kind\"?"
      ])
  }

  @Test func aKeyGivenTwiceIsRefusedAtTheSecond() throws {
    let text = WorkshopFixture.sound(
      replacing: ("\"yellow\": 60,", "\"yellow\": 72, \"yellow\": 80,"))

    let lines = try checkRefusal(text)

    let second = try #require(position(of: "\"yellow\": 80", in: text))
    #expect(
      lines == [
        "w.json:\(second.line):\(second.column): not valid JSON: expected each key once in an object, found \"yellow\" a second time"
      ])
  }

  @Test(arguments: [
    ("\\u0000", "U+0000"), ("\\u001b]0;pwned\\u0007", "U+001B"), ("\u{7F}", "U+007F"),
    ("\\u0085", "U+0085"), ("\u{85}", "U+0085"), ("\\b", "U+0008"),
  ])
  func aControlCharacterInANameIsRefusedWhereItIs(_ inserted: String, code: String) throws {
    let text = WorkshopFixture.sound(
      replacing: ("\"name\": \"Anna de Boer\"", "\"name\": \"Anna \(inserted)de Boer\""))

    let lines = try checkRefusal(text)

    let at = try place(inserted, in: text)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix(at) == true, "\(lines) at \(at)")
    #expect(lines.first?.contains(code) == true, "\(lines)")
  }

  @Test func aLineBreakInANameIsRefusedAtTheName() throws {
    let text = WorkshopFixture.sound(
      replacing: ("\"name\": \"Anna de Boer\"", "\"name\": \"Anna\\nde Boer\""))

    let lines = try checkRefusal(text)

    #expect(
      lines == [
        try place("\"Anna\\n", in: text)
          + " participants[0].name: this is one line of text, without a line break or tab"
      ])
  }

  @Test func aLineBreakInANoteIsKept() throws {
    try withWorkspace { workspace in
      let text = WorkshopFixture.sound(
        replacing: (
          "\"role\": \"adviseur\"", "\"role\": \"adviseur\", \"note\": \"een\\ntwee\\tdrie\""
        ))
      try workspace.write(text, to: "w.json")
      let result = try workspace.tafel("check", "w.json", "--lang", "en")
      #expect(result.status == 0, "\(result.stderr)")
    }
  }

  @Test func aTrailingCommaIsReportedWhereTheCommaIs() throws {
    let object = WorkshopFixture.sound(
      replacing: ("\"purple\": 38 }\n    }", "\"purple\": 38 },\n    }"))
    let afterScores = try #require(position(of: "},\n    }", in: object))
    #expect(
      try checkRefusal(object) == [
        "w.json:\(afterScores.line):\(afterScores.column + 1): not valid JSON: expected another key after this comma, found a comma with nothing after it"
      ])

    let array = WorkshopFixture.sound(
      replacing: ("\"kind\": \"welfare\"\n    }", "\"kind\": \"welfare\"\n    },"))
    let afterOrganisation = try #require(position(of: "},\n  ],", in: array))
    #expect(
      try checkRefusal(array) == [
        "w.json:\(afterOrganisation.line):\(afterOrganisation.column + 1): not valid JSON: expected another value after this comma, found a comma with nothing after it"
      ])
  }

  @Test func aByteOrderMarkDoesNotShiftTheColumn() throws {
    let text = "\u{FEFF}{\"schemaVersion\": 1, \"title\": 5}"

    let lines = try checkRefusal(text)

    // Without the mark "5" is at column 31 too.
    #expect(lines == ["w.json:1:31: title: expected text in double quotes"])
  }

  @Test func importRefusesAWorkshopWithAnUnknownKeyAndWritesNothing() throws {
    try withWorkspace { workspace in
      let text = WorkshopFixture.sound(
        replacing: (
          "\"title\": \"Alliantie Test\",",
          "\"title\": \"Alliantie Test\", \"facilitator\": \"Mo\","
        ))
      try workspace.write(text, to: "w.json")
      try workspace.write(
        "name,organisation,yellow,green,orange,blue,red,purple\nEva,Org,1,2,3,4,5,6\n",
        to: "s.csv")

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "s.csv", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stderr.contains("facilitator"))
      #expect(try workspace.text("w.json") == text)
      #expect(try workspace.contents() == ["s.csv", "w.json"])
    }
  }
}
