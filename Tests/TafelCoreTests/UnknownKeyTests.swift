import Testing

@testable import TafelCore

/// What a file holds that the model does not read is refused by name, never dropped on save.
@Suite struct UnknownKeyTests {
  func problems(_ text: String) -> [(String, JSONSourceMap.Position?)]? {
    do {
      _ = try WorkshopStore.decode(Array(text.utf8), path: "w.json")
      return nil
    } catch {
      guard case .invalid(let problems) = error.kind else { return [("\(error.kind)", nil)] }
      return zip(problems, error.problemPositions).map { ("\($0.path): \($0.kind)", $1) }
    }
  }

  @Test func everyUnknownKeyIsAProblemAtTheKey() throws {
    let text = """
      {"schemaVersion": 2, "title": "T", "facilitator": "Mo",
       "organisations": [{"id": "o", "name": "O", "shortName": "O", "kind": "other", "knid": 1}],
       "participants": [{"id": "p", "name": "P", "organisation": "o", "emial": "x",
         "scores": {"yellow": 1, "green": 1, "orange": 1, "blue": 1, "red": 1, "purple": 1,
                    "pink": {"deep": 1}}}]}
      """
    let found = try #require(problems(text))
    #expect(
      found.map(\.0) == [
        "facilitator: unknownKey(suggestion: nil)",
        "organisations[0].knid: unknownKey(suggestion: Optional(\"kind\"))",
        "participants[0].emial: unknownKey(suggestion: nil)",
        "participants[0].scores.pink: unknownKey(suggestion: nil)",
      ])
    #expect(
      found.map(\.1) == [
        .init(line: 1, column: 36), .init(line: 2, column: 80), .init(line: 3, column: 65),
        .init(line: 5, column: 15),
      ])
  }

  @Test func unknownKeysAndProblemsWithTheContentAreListedInFileOrder() throws {
    let text = """
      {"schemaVersion": 2, "title": " ",
       "facilitator": "Mo",
       "dates": ["2026-02-30"]}
      """
    #expect(
      try #require(problems(text)).map(\.0) == [
        "title: emptyTitle", "facilitator: unknownKey(suggestion: nil)",
        "dates[0]: badDate(\"2026-02-30\")",
      ])
  }

  @Test func keysInDictionariesAreTheWorkshopsOwn() {
    let text = """
      {"schemaVersion": 2, "title": "T", "phaseNotes": {"intake": "a", "3": "b"},
       "checklistMarks": {"anything": {"note": "x"}}}
      """
    #expect(problems(text) == nil)
  }

  @Test func aKeyTheModelDoesNotReadInsideAListOfRecordsIsFound() throws {
    let text = """
      {"schemaVersion": 2, "title": "T", "checklistMarks": {"a": {"note": "x", "done": true}}}
      """
    #expect(
      try #require(problems(text)).map(\.0) == [
        "checklistMarks.a.done: unknownKey(suggestion: nil)"
      ])
  }

  @Test func whatTafelWritesItReadsWithoutAnUnknownKey() throws {
    // The demo holds every kind of record; a field added to the model is written and read by
    // the model's own code, so it is known without a list to keep up to date.
    let demo = try DemoWorkshop.load()
    let bytes = try WorkshopStore.encode(demo)
    #expect(try WorkshopStore.decode(bytes, path: "demo.json") == demo)
  }

  @Test func suggestionsAreForSlipsOfTheFingerOnly() {
    let known: Set<String> = ["role", "name", "note", "scores", "organisation"]
    #expect(UnknownKeys.suggestion(for: "rloe", among: known) == "role")
    #expect(UnknownKeys.suggestion(for: "Name", among: known) == "name")
    #expect(UnknownKeys.suggestion(for: "organsiation", among: known) == "organisation")
    #expect(UnknownKeys.suggestion(for: "facilitator", among: known) == nil)
    #expect(UnknownKeys.suggestion(for: "pink", among: known) == nil)
  }
}
