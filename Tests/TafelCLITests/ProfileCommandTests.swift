import Foundation
import Testing

@Suite("tafel profile")
struct ProfileCommandTests {
  @Test func dutchDemoReportNamesDominantAndMissingColoursAndTheFocusPitfall() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("profile", "--demo", "--lang", "nl")

      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.hasPrefix("Wijkalliantie Noord\n"))
      #expect(result.stdout.contains("Deelnemers (14)"))
      #expect(result.stdout.contains("Groepsprofiel · hele zaal (14)"))
      #expect(result.stdout.contains("Gebrek aan focus en durven kiezen"))
      #expect(result.stdout.contains("Dominant: geel\n"))
      #expect(result.stdout.contains("Ondervertegenwoordigd: blauw, rood\n"))
    }
  }

  @Test func englishDemoReportNamesDominantAndMissingColoursAndTheFocusPitfall() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("profile", "--demo", "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.contains("Participants (14)"))
      #expect(result.stdout.contains("Lack of focus and of daring to choose"))
      #expect(result.stdout.contains("Dominant: yellow\n"))
      #expect(result.stdout.contains("Under-represented: blue, red\n"))
      #expect(!result.stdout.contains("Gebrek aan focus"))
    }
  }

  @Test func languageComesFromLangWhenNoOptionIsGiven() throws {
    try withWorkspace { workspace in
      let english = try workspace.tafel(
        "profile", "--demo", environment: ["LANG": "en_GB.UTF-8", "PATH": "/usr/bin:/bin"])
      let dutch = try workspace.tafel(
        "profile", "--demo", environment: ["LANG": "nl_NL.UTF-8", "PATH": "/usr/bin:/bin"])

      #expect(english.status == 0)
      #expect(english.stdout.contains("Dominant: yellow\n"))
      #expect(dutch.status == 0)
      #expect(dutch.stdout.contains("Dominant: geel\n"))
    }
  }

  @Test func jsonReportHasGroupColoursAndTheVisionWithoutFocusPitfall() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("profile", "--demo", "--json", "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      let report = try ProfileOutput(result.stdout)
      #expect(report.workshop == "Wijkalliantie Noord")
      #expect(report.organisation == nil)
      #expect(report.language == "en")
      #expect(report.participants.count == 14)
      #expect(report.group.participantCount == 14)
      #expect(report.group.dominant == ["yellow"])
      #expect(report.group.underRepresented == ["blue", "red"])
      let focus = report.group.pitfalls.first { $0.rule == "vision-without-focus" }
      #expect(focus?.title == "Lack of focus and of daring to choose")
    }
  }

  @Test func unknownOrganisationIsRefusedWithTheKnownOnesListed() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel(
        "profile", "--demo", "--organisation", "Nergenshuizen", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.errorLines.count == 1)
      #expect(result.stderr.hasPrefix("no organisation is called \"Nergenshuizen\"; known are: "))
      let demo = try WorkshopFileContents(
        Data(contentsOf: PackageFiles.data("demo/workshop.json")))
      #expect(demo.organisations.count == 8)
      for organisation in demo.organisations {
        #expect(result.stderr.contains(organisation.name))
      }
    }
  }

  @Test func organisationReportCoversOnlyThatDelegation() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel(
        "profile", "--demo", "--organisation", "ggz kustland", "--json", "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      let report = try ProfileOutput(result.stdout)
      #expect(report.organisation == "ggz-kustland")
      #expect(report.participants.map(\.name) == ["Marloes van Dijk", "Ricardo Martina"])
      #expect(report.participants.allSatisfy { $0.organisation == "ggz-kustland" })
      #expect(report.group.participantCount == 2)
    }
  }

  @Test func organisationTextReportIsHeadedByTheDelegationAndLeavesOthersOut() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel(
        "profile", "--demo", "--organisation", "GGZ", "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stdout.contains("Participants (2)"))
      #expect(result.stdout.contains("Group profile · GGZ Kustland (2)"))
      #expect(result.stdout.contains("Marloes van Dijk"))
      #expect(!result.stdout.contains("Kees Brouwer"))
      #expect(!result.stdout.contains("Jan de Wit"))
    }
  }

  @Test func outputToAPipeHasNoEscapeSequencesEvenWithAColourTerminalNamed() throws {
    try withWorkspace { workspace in
      let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "PATH": "/usr/bin:/bin"]
      let text = try workspace.tafel("profile", "--demo", "--lang", "nl", environment: environment)
      let json = try workspace.tafel(
        "profile", "--demo", "--json", "--lang", "nl", environment: environment)

      #expect(text.status == 0)
      #expect(!text.stdout.isEmpty)
      #expect(!text.stdout.contains("\u{1B}"))
      #expect(json.status == 0)
      #expect(!json.stdout.contains("\u{1B}"))
    }
  }

  @Test func nonUnicodeLocaleGetsPlainAsciiBars() throws {
    try withWorkspace { workspace in
      let plain = try workspace.tafel(
        "profile", "--demo", "--lang", "en", environment: ["LANG": "C", "PATH": "/usr/bin:/bin"])

      #expect(plain.status == 0)
      #expect(plain.stdout.contains("#####"))
      #expect(!plain.stdout.contains("█"))
    }
  }

  @Test func neitherFileNorDemoIsAUsageError() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("profile", "--lang", "en")

      #expect(result.status == 64)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("Give a workshop file, or --demo for the demo workshop."))
    }
  }

  @Test func brokenWorkshopFileIsRefusedWithItsProblem() throws {
    try withWorkspace { workspace in
      let text = WorkshopFixture.sound(replacing: ("\"blue\": 70", "\"blue\": 140"))
      try workspace.write(text, to: "w.json")

      let result = try workspace.tafel("profile", "w.json", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      let found = try #require(position(of: "140", in: text))
      #expect(
        result.errorLines == [
          "w.json:\(found.line):\(found.column): participants[1].scores.blue: "
            + "the score 140 is outside 0–100"
        ])
    }
  }
}
