import Foundation
import Testing

@Suite("tafel import")
struct ImportCommandTests {
  static let dutchSheet = PackageFiles.data("examples/alliantie-zuid.csv").path
  static let englishSheet = PackageFiles.data("examples/alliance-east.csv").path

  /// Creates an empty workshop `w.json` in `workspace`.
  private func newWorkshop(in workspace: Workspace) throws {
    let result = try workspace.tafel("new", "w.json", "--title", "Import", "--lang", "en")
    #expect(result.status == 0)
  }

  @Test func dutchSheetWithBomSemicolonsAndCRLFIsImported() throws {
    let sheet = try Data(contentsOf: URL(fileURLWithPath: Self.dutchSheet))
    // The example really has the traits this test is about.
    #expect(sheet.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(String(decoding: sheet, as: UTF8.self).contains(";groen;oranje;blauw;rood;paars\r\n"))

    try withWorkspace { workspace in
      try newWorkshop(in: workspace)

      let result = try workspace.tafel(
        "import", "w.json", "--participants", Self.dutchSheet, "--lang", "en")

      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.hasSuffix("w.json: 11 participants added, 0 updated.\n"))
      #expect(result.stdout.contains("new organisation: Stichting Welzijn Zuidoever\n"))
      #expect(result.stdout.contains("+ Sevda Aydın\n"))
      let file = try WorkshopFileContents(workspace.bytes("w.json"))
      #expect(file.participants.count == 11)
      #expect(file.organisations.count == 6)
      let rachid = file.participants.first { $0.name == "Rachid Bouzid" }
      #expect(rachid?.scores["green"] == 72)
      #expect(try workspace.mode("w.json") == 0o600)
      #expect(try workspace.contents() == ["w.json", "w.json.bak"])

      let profile = try workspace.tafel("profile", "w.json", "--json", "--lang", "en")

      #expect(profile.status == 0)
      let report = try ProfileOutput(profile.stdout)
      #expect(report.group.participantCount == 11)
      #expect(report.group.dominant == ["green"])
      #expect(report.group.underRepresented == ["red"])
    }
  }

  @Test func englishSheetWithCommasIsImported() throws {
    try withWorkspace { workspace in
      try newWorkshop(in: workspace)

      let result = try workspace.tafel(
        "import", "w.json", "--participants", Self.englishSheet, "--lang", "nl")

      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.hasSuffix("w.json: 5 deelnemers toegevoegd, 0 bijgewerkt.\n"))
      #expect(result.stdout.contains("nieuwe organisatie: Eastbrook District Council\n"))
      let file = try WorkshopFileContents(workspace.bytes("w.json"))
      #expect(file.participants.count == 5)
      #expect(
        file.organisations.map(\.name) == [
          "Eastbrook Housing Trust", "Eastbrook Community Care", "Eastbrook District Council",
        ])

      let profile = try workspace.tafel("profile", "w.json", "--json", "--lang", "en")

      #expect(profile.status == 0)
      let report = try ProfileOutput(profile.stdout)
      #expect(report.group.participantCount == 5)
      // Green's mean (56.6) is 9.9 above the level of 46.7: just short of dominant.
      #expect(report.group.dominant.isEmpty)
      #expect(report.group.underRepresented == ["red"])
    }
  }

  @Test func importingTheSameSheetTwiceUpdatesInsteadOfDoubling() throws {
    try withWorkspace { workspace in
      try newWorkshop(in: workspace)
      let first = try workspace.tafel(
        "import", "w.json", "--participants", Self.dutchSheet, "--lang", "en")
      #expect(first.status == 0)
      let afterFirst = try workspace.bytes("w.json")

      let second = try workspace.tafel(
        "import", "w.json", "--participants", Self.dutchSheet, "--lang", "en")

      #expect(second.status == 0)
      #expect(second.stdout.hasSuffix("w.json: 0 participants added, 11 updated.\n"))
      #expect(second.stdout.contains("~ Esther Bouwman (scores updated)\n"))
      #expect(!second.stdout.contains("new organisation"))
      let file = try WorkshopFileContents(workspace.bytes("w.json"))
      #expect(file.participants.count == 11)
      #expect(file.organisations.count == 6)
      #expect(Set(file.participants.map(\.id)).count == 11)
      // The backup holds the version before the second import.
      #expect(try workspace.bytes("w.json.bak") == afterFirst)
    }
  }

  @Test func badRowsAreEachListedWithTheirLineAndNothingIsWritten() throws {
    try withWorkspace { workspace in
      try newWorkshop(in: workspace)
      try workspace.write(
        """
        name,organisation,role,yellow,green,orange,blue,red,purple
        Ana Smit,Org A,lead,50,50,50,50,50,50
        Ben Vos,Org A,,abc,50,50,50,50,50
        Cor Jansen,Org B,,50,50,50,140,50,50
        ,Org B,,50,50,50,50,50,50

        """, to: "sheet.csv")
      let before = try workspace.bytes("w.json")

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "sheet.csv", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(
        result.errorLines == [
          "sheet.csv:3: yellow: \"abc\" is not a score from 0 to 100",
          "sheet.csv:4: blue: \"140\" is not a score from 0 to 100",
          "sheet.csv:5: the name is empty",
          "Nothing imported; w.json is unchanged.",
        ])
      #expect(try workspace.bytes("w.json") == before)
      #expect(try workspace.contents() == ["sheet.csv", "w.json"])
    }
  }

  @Test func sheetMissingAColumnNamesIt() throws {
    try withWorkspace { workspace in
      try newWorkshop(in: workspace)
      try workspace.write(
        "naam;organisatie;geel;groen;oranje;blauw;rood\nAna;Org A;50;50;50;50;50\n",
        to: "sheet.csv")
      let before = try workspace.bytes("w.json")

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "sheet.csv", "--lang", "nl")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(
        result.errorLines == [
          "sheet.csv: deze kolommen ontbreken in de kopregel: paars",
          "Niets toegevoegd; w.json is niet veranderd.",
        ])
      #expect(try workspace.bytes("w.json") == before)
    }
  }

  @Test func missingSheetIsReportedAndNothingIsWritten() throws {
    try withWorkspace { workspace in
      try newWorkshop(in: workspace)
      let before = try workspace.bytes("w.json")

      let result = try workspace.tafel(
        "import", "w.json", "--participants", "absent.csv", "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.errorLines == ["absent.csv: file not found"])
      #expect(try workspace.bytes("w.json") == before)
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  @Test func importIntoAMissingWorkshopCreatesNothing() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel(
        "import", "w.json", "--participants", Self.englishSheet, "--lang", "en")

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.errorLines == ["w.json: file not found"])
      #expect(try workspace.contents().isEmpty)
    }
  }
}
