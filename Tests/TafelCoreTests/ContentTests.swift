import Foundation
import Testing

@testable import TafelCore

@Suite struct ContentTests {
  let content = Fixtures.content

  @Test func everyColourHasEveryFieldInBothLanguages() {
    #expect(content.colours.map(\.colour) == DriveColour.allCases)
    for colour in content.colours {
      for language in Language.allCases {
        let texts = [
          colour.letter[language], colour.name[language], colour.role[language],
          colour.whyCollaborate[language], colour.whenMissing[language],
          colour.brings?[language] ?? "", colour.wants?[language] ?? "",
        ]
        #expect(texts.allSatisfy { !$0.isEmpty }, "\(colour.colour) in \(language)")
        #expect(!colour.keywords[language].isEmpty, "\(colour.colour) keywords in \(language)")
        #expect(!colour.strengths[language].isEmpty)
        #expect(!colour.pitfalls[language].isEmpty)
      }
    }
  }

  @Test func colourLettersTellEveryColourApartInEachLanguage() {
    for language in Language.allCases {
      #expect(Set(content.colours.map { $0.letter[language] }).count == 6)
    }
  }

  @Test func thereAreAtLeastTenRulesEachCompleteInBothLanguages() {
    #expect(content.rules.rules.count >= 10)
    #expect(Set(content.rules.rules.map(\.id)).count == content.rules.rules.count)
    for rule in content.rules.rules {
      for language in Language.allCases {
        let texts = [
          rule.title[language], rule.question[language], rule.explanation[language],
          rule.facilitatorMoves[language], rule.source[language],
        ]
        #expect(texts.allSatisfy { !$0.isEmpty }, "\(rule.id) in \(language)")
        #expect(rule.question[language].hasSuffix("?"), "\(rule.id) asks, in \(language)")
      }
    }
  }

  @Test func everyRuleHasAConditionThatCanFire() {
    for rule in content.rules.rules {
      let condition = rule.when
      let colours = (condition.dominant ?? []) + (condition.underRepresented ?? [])
      #expect(
        !colours.isEmpty || condition.rejectedByMany == true || condition.carriedAlone == true,
        "\(rule.id)")
      #expect(
        Set(condition.dominant ?? []).isDisjoint(with: condition.underRepresented ?? []),
        "\(rule.id) cannot be dominant and missing at once")
    }
  }

  @Test func theThreeDevelopmentStepsCoverAllSixColours() {
    #expect(content.steps.map(\.id) == ["missionVision", "strategyFocus", "organiseCommunicate"])
    #expect(Set(content.steps.flatMap(\.colours)) == Set(DriveColour.allCases))
  }

  @Test func everyUIStringIsThereInBothLanguages() {
    for key in StringKey.allCases {
      if let forms = content.strings.plurals?[key.rawValue] {
        for language in Language.allCases {
          #expect(!forms[language].one.isEmpty, "\(key.rawValue) one in \(language)")
          #expect(forms[language].other.contains("{count}"), "\(key.rawValue) in \(language)")
        }
        continue
      }
      let text = content.strings.strings[key.rawValue]
      #expect(text != nil, "\(key.rawValue) is missing")
      #expect(text?.nl.isEmpty == false && text?.en.isEmpty == false, "\(key.rawValue)")
    }
  }

  @Test func oneAndManyFollowOneRule() {
    let strings = content.strings
    #expect(strings.count(.countParticipants, 1, in: .nl) == "1 deelnemer")
    #expect(strings.count(.countParticipants, 3, in: .nl) == "3 deelnemers")
    #expect(strings.count(.countParticipants, 0, in: .en) == "0 participants")
    #expect(strings.text(.uiHands, ["count": "1"], in: .nl) == "+1 hand")
    #expect(
      strings.text(.uiMatchesSignals, ["count": "1"], in: .nl) == "past bij 1 aangevinkt signaal")
    #expect(strings.text(.uiMatchesSignals, ["count": "2"], in: .en) == "answers 2 ticked signals")
  }

  /// A number slot before a counted word ("{count} deelnemers") reads wrong for one ("1
  /// deelnemers"); such texts belong under `plurals`, where one and many each have a form.
  @Test func noCountedWordFollowsANumberOutsideThePlurals() throws {
    let countedWords = [
      "deelnemers", "deelnemer", "organisaties", "organisatie", "signalen", "signaal", "handen",
      "hand", "problemen", "probleem", "kaarten", "kaart", "minuten", "minuut", "rondes", "ronde",
      "wensen", "onderwerpen", "tekens", "aangevinkte", "mensen", "personen", "participants",
      "participant", "organisations", "organisation", "signals", "signal", "hands", "problems",
      "problem", "cards", "card", "minutes", "minute", "rounds", "needs", "topics", "characters",
      "ticked", "people",
    ]
    // Slots that hold a number (names, texts and paths are other slots).
    let numberSlots = [
      "count", "number", "total", "outOf", "open", "added", "updated", "limit", "cards",
      "minutes", "participants", "organisations", "rejecting", "page", "pages",
    ]
    let url = Fixtures.packageRoot.appendingPathComponent("data/content/strings.json")
    let table = try JSONDecoder().decode(UIStrings.self, from: Data(contentsOf: url))
    for (key, text) in table.strings {
      for language in Language.allCases {
        let words = text[language].split(whereSeparator: { $0 == " " || $0 == "(" })
        for (index, word) in words.enumerated().dropLast() {
          let slot = word.trimmingCharacters(in: CharacterSet(charactersIn: "+{}"))
          guard word.contains("{"), numberSlots.contains(slot) else { continue }
          let next = words[index + 1].lowercased().trimmingCharacters(in: .punctuationCharacters)
          #expect(
            !countedWords.contains(next),
            "\(key) (\(language)): \"\(word) \(next)\" belongs under plurals")
        }
      }
    }
  }

  @Test func theEmbeddedDemoIsTheDemoInData() throws {
    let demo = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("data/demo/workshop.json"),
      encoding: .utf8)
    #expect(DemoWorkshop.fileText == demo, "the embedded demo differs from data/demo")
  }

  /// The embedded content is compiled into Swift values at build time, not read; this is what
  /// keeps it the same as data/content read by the strict reader, as a facilitator's own folder is.
  @Test func theContentInDataPassesTheStrictReaderAndEqualsTheEmbeddedContent() throws {
    let strict = try Content.load(
      overridingWith: Fixtures.packageRoot.appendingPathComponent("data/content").path)
    #expect(strict == content)
  }

  /// The embedded texts are a sorted list searched by halving, a facilitator's file a
  /// dictionary: both must give every key the same text, and an unknown key itself.
  @Test func theEmbeddedStringsFindEveryKeyAsTheFileDoes() throws {
    let strict = try Content.load(
      overridingWith: Fixtures.packageRoot.appendingPathComponent("data/content").path)
    let embedded = try Content.embeddedStrings()
    let keys = Set(strict.strings.strings.keys).union(StringKey.allCases.map(\.rawValue))
    #expect(keys.count > 800)
    for raw in keys.sorted() {
      guard let key = StringKey(rawValue: raw) else { continue }
      for language in Language.allCases {
        let arguments = ["count": "2", "name": "Anouk"]
        #expect(
          embedded.text(key, arguments, in: language)
            == strict.strings.text(key, arguments, in: language), "\(raw) in \(language)")
        if !embedded.isPlural(key) {
          #expect(embedded.text(key, in: language) != raw, "\(raw) in \(language)")
        }
      }
    }
    var missing = embedded
    missing.strings[StringKey.uiNotATerminal.rawValue] = nil
    #expect(missing.text(.uiNotATerminal, in: .nl) == "uiNotATerminal")
    #expect(missing != embedded)
  }

  @Test func aContentFolderReplacesOnlyTheFilesItHolds() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    var table = content.rules
    table.thresholds.dominantMargin = 25
    try JSONEncoder().encode(table).write(to: folder.appendingPathComponent("pitfall-rules.json"))
    let custom = try Content.load(overridingWith: folder.path)
    #expect(custom.rules.thresholds.dominantMargin == 25)
    #expect(custom.colours == content.colours)
  }

  @Test func aBrokenContentFileIsReportedWithItsPathAndPosition() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("colours.json").path
    try Data("{\n  \"colours\": [\n    {\"colour\": \"pink\"}\n  ]\n}\n".utf8).write(
      to: URL(fileURLWithPath: path))
    #expect {
      try Content.load(overridingWith: folder.path)
    } throws: { error in
      guard let error = error as? FileError else { return false }
      return error.path == path && error.position?.line == 3
    }
  }

  @Test func placeholdersAreFilledAndUnknownOnesKept() {
    #expect(UIStrings.fill("{a} en {b}", with: ["a": "geel"]) == "geel en {b}")
    #expect(UIStrings.fill("open {", with: ["a": "x"]) == "open {")
    #expect(content.strings.text(.importAdded, ["name": "Ünal"], in: .nl) == "+ Ünal")
  }
}
