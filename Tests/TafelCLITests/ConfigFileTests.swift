import Foundation
import Testing

/// `$XDG_CONFIG_HOME/tafel/config.toml`: defaults that stick, options that override them, and a
/// broken file that is reported with its line and never stops Tafel.
@Suite("config.toml")
struct ConfigFileTests {
  /// A Dutch environment whose settings folder is `workspace/settings`.
  private func environment(_ workspace: Workspace) -> [String: String] {
    ["LANG": "nl_NL.UTF-8", "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": workspace.path("settings")]
  }

  private func writeConfig(_ text: String, in workspace: Workspace) throws {
    try FileManager.default.createDirectory(
      atPath: workspace.path("settings/tafel"), withIntermediateDirectories: true)
    try workspace.write(text, to: "settings/tafel/config.toml")
  }

  private func configPath(_ workspace: Workspace) -> String {
    workspace.path("settings/tafel/config.toml")
  }

  @Test func goodFileSetsLanguageAndTheFolderForNewWorkshops() throws {
    try withWorkspace { workspace in
      try FileManager.default.createDirectory(
        atPath: workspace.path("workshops"), withIntermediateDirectories: true)
      try writeConfig(
        """
        # Tafel's defaults
        language = "en"
        theme = "light"
        workshops = "\(workspace.path("workshops"))"

        [room]
        address = "192.168.1.20:8080"
        """, in: workspace)

      let created = try workspace.tafel(
        "new", "zuid.json", "--title", "Alliantie Zuid", environment: environment(workspace))
      let checked = try workspace.tafel("check", "zuid.json", environment: environment(workspace))

      #expect(created.status == 0)
      #expect(created.stderr.isEmpty)
      #expect(
        created.stdout
          == "Created workshop \"Alliantie Zuid\" in \(workspace.path("workshops/zuid.json")).\n")
      #expect(FileManager.default.fileExists(atPath: workspace.path("workshops/zuid.json")))
      // `check` takes the name as given: only `open` also looks in the folder.
      #expect(checked.status == 1)
      #expect(checked.errorLines.first?.hasPrefix("zuid.json: ") == true)
      #expect(checked.stderr.contains("not found") || checked.stderr.contains("does not exist"))
    }
  }

  @Test func optionOverridesTheFile() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")
      try writeConfig("language = \"en\"\n", in: workspace)

      let fromFile = try workspace.tafel("check", "w.json", environment: environment(workspace))
      let fromOption = try workspace.tafel(
        "check", "w.json", "--lang", "nl", environment: environment(workspace))

      #expect(fromFile.stdout == "w.json: sound (2 organisations, 2 participants).\n")
      #expect(fromOption.stdout == "w.json: in orde (2 organisaties, 2 deelnemers).\n")
      #expect(fromFile.stderr.isEmpty && fromOption.stderr.isEmpty)
    }
  }

  @Test func badLineIsReportedAndTafelRunsWithItsDefaults() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")
      try writeConfig("# mine\nlanguage = \"en\"\ntheme = light\n", in: workspace)

      let result = try workspace.tafel("check", "w.json", environment: environment(workspace))

      #expect(result.status == 0)
      // The whole file is set aside, its language too: Dutch from LANG.
      #expect(result.stdout == "w.json: in orde (2 organisaties, 2 deelnemers).\n")
      #expect(result.errorLines.count == 1)
      let line = try #require(result.errorLines.first)
      #expect(line.hasPrefix("\(configPath(workspace)):3:9: geen geldige TOML ("))
      #expect(line.hasSuffix("). Tafel start met de standaardinstellingen."))
    }
  }

  @Test func unknownKeyAndBadValueAreReportedWithTheirLinesAndTheRestCounts() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")
      try writeConfig(
        """
        language = "en"
        colour = "blue"
        theme = "blue"

        [room]
        adres = "10.0.0.2"
        """, in: workspace)

      let result = try workspace.tafel("check", "w.json", environment: environment(workspace))

      #expect(result.status == 0)
      #expect(result.stdout == "w.json: sound (2 organisations, 2 participants).\n")
      let file = configPath(workspace)
      let known = "language, theme, workshops, content, deck, room.address"
      #expect(
        result.errorLines == [
          "\(file):2: unknown setting colour, skipped. Known are: \(known).",
          "\(file):3: theme = \"blue\" is not possible; choose from \"dark\", \"light\". "
            + "The default stays.",
          "\(file):6: unknown setting room.adres, skipped. Known are: \(known).",
        ])
    }
  }

  @Test func aFileThatIsNoTextIsReportedAndTafelStillRuns() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")
      try FileManager.default.createDirectory(
        atPath: workspace.path("settings/tafel"), withIntermediateDirectories: true)
      try Data([0x6C, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: configPath(workspace)))

      let result = try workspace.tafel(
        "check", "w.json", "--lang", "en", environment: environment(workspace))

      #expect(result.status == 0)
      #expect(
        result.errorLines == [
          "\(configPath(workspace)): this settings file is not UTF-8 text. "
            + "Tafel starts with its defaults."
        ])
    }
  }

  /// A folder where the file should be cannot be read and says so; a file where a folder on
  /// the way should be means there is no settings file, which is no problem.
  @Test func aFolderInTheFilesPlaceIsReportedAFileInAFoldersPlaceIsNoFile() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")
      try FileManager.default.createDirectory(
        atPath: configPath(workspace), withIntermediateDirectories: true)
      let folder = try workspace.tafel(
        "check", "w.json", "--lang", "en", environment: environment(workspace))
      #expect(folder.status == 0)
      #expect(
        folder.errorLines == [
          "\(configPath(workspace)): this settings file cannot be read. "
            + "Tafel starts with its defaults."
        ])
      try workspace.write("", to: "plain")
      var inAFile = environment(workspace)
      inAFile["XDG_CONFIG_HOME"] = workspace.path("plain")
      let file = try workspace.tafel("check", "w.json", "--lang", "en", environment: inAFile)
      #expect(file.status == 0)
      #expect(file.errorLines.isEmpty)
    }
  }

  @Test func theInterfaceShowsTheProblemAndOpenFindsTheWorkshopInTheFolder() throws {
    guard TmuxSession.isAvailable else { return }
    try withWorkspace { workspace in
      try FileManager.default.createDirectory(
        atPath: workspace.path("workshops"), withIntermediateDirectories: true)
      try writeConfig(
        "language = \"en\"\nworkshops = \"\(workspace.path("workshops"))\"\nsize = 3\n",
        in: workspace)
      #expect(
        try workspace.tafel(
          "demo", "--output", "workshops/w.json", environment: environment(workspace)
        ).status == 0)

      // `w.json` is not in the current folder: `open` finds it in the workshops folder.
      let tmux = try TmuxSession(
        ["open", "w.json"], in: workspace.url, environment: environment(workspace))
      try tmux.waitFor("Participants (14)", seconds: 20)
      // The notice is on the last lines: wait for it rather than for the first line of a frame.
      try tmux.waitFor("config.toml:3: unknown setting size", seconds: 20)
      try tmux.send("q")
      _ = try tmux.waitFor("EXIT=0", seconds: 20)
    }
  }
}
