import Foundation
import Testing

/// The command line as README.md documents it: "did you mean", exit codes 0, 1 and 64, and the
/// parser's common messages in the user's language.
@Suite("tafel's command line")
struct CommandLineTests {
  @Test func mistypedCommandGetsTheCorrectedCommandLine() throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")

      let result = try workspace.tafel("chek", "w.json", "--lang", "en")

      #expect(result.status == 64)
      #expect(result.stdout.isEmpty)
      #expect(
        result.errorLines == [
          "'chek' is not a Tafel command, nor a file. Did you mean: tafel check w.json --lang en"
        ])
    }
  }

  @Test(arguments: [
    (["porfile", "--demo"], "tafel profile --demo"),
    (["exprot", "my file.json"], "tafel export 'my file.json'"),
    (["--lang", "nl", "nwe", "w.json"], "tafel --lang nl new w.json"),
    (["Check", "w.json"], "tafel check w.json"),
  ])
  func slipsAreCorrectedInDutch(arguments: [String], command: String) throws {
    try withWorkspace { workspace in
      let result = try TafelProcess.run(
        arguments, in: workspace.url, environment: ["LANG": "nl_NL.UTF-8", "PATH": "/usr/bin:/bin"])

      #expect(result.status == 64)
      #expect(
        result.errorLines == [
          "'\(arguments.first { !$0.hasPrefix("-") && $0 != "nl" } ?? "")' is geen opdracht van "
            + "Tafel en ook geen bestand. Bedoel je: \(command)"
        ])
    }
  }

  /// `tafel FILE` opens a file: a file of that name, a word with a dot, or a word far from every
  /// command is taken as a file, as before.
  @Test(arguments: ["chek", "chek.json", "checklist"])
  func aFileOrAFarWordIsNotCorrected(word: String) throws {
    try withWorkspace { workspace in
      if word == "chek" { try workspace.write(WorkshopFixture.sound, to: "chek") }

      let result = try workspace.tafel(word, "--lang", "en")

      // Without a terminal the interface refuses to start, after the parser took the word.
      #expect(result.status == 1)
      #expect(!result.stderr.contains("Did you mean"))
      #expect(result.stderr.contains("Tafel needs a terminal"))
    }
  }

  /// Every command's usage error exits with 64 and shows that command's usage; nothing is written.
  @Test(arguments: [
    ["open", "--bogus"],
    ["--read-only", "--theme", "blue"],
    ["new", "w.json"],
    ["check"],
    ["check", "w.json", "extra.json"],
    ["profile"],
    ["profile", "--json", "--lang", "de"],
    ["import", "w.json"],
    ["demo"],
    ["export", "w.json", "--format", "pdf"],
  ])
  func usageErrorsExitWith64(arguments: [String]) throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")
      let before = try workspace.bytes("w.json")

      let result = try TafelProcess.run(arguments + ["--lang", "en"], in: workspace.url)

      #expect(result.status == 64)
      #expect(result.stdout.isEmpty)
      #expect(result.errorLines.first?.hasPrefix("Error: ") == true)
      #expect(result.stderr.contains("Usage: tafel"))
      #expect(try workspace.bytes("w.json") == before)
      #expect(try workspace.contents() == ["w.json"])
    }
  }

  /// Every command's failure (here: a file that is not there) exits with 1, without usage text.
  @Test(arguments: [
    ["open", "missing.json"],
    ["new", "w.json", "--title", "Again"],
    ["check", "missing.json"],
    ["profile", "missing.json"],
    ["import", "w.json", "--participants", "missing.csv"],
    ["demo", "--output", "w.json"],
    ["export", "missing.json"],
  ])
  func failuresExitWith1(arguments: [String]) throws {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")

      let result = try TafelProcess.run(arguments + ["--lang", "en"], in: workspace.url)

      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(!result.stderr.isEmpty)
      #expect(!result.stderr.contains("Usage:"))
      #expect(try workspace.text("w.json") == WorkshopFixture.sound)
    }
  }

  /// `tafel [open] FILE` with the interface's options is read without the argument library;
  /// whatever that quick reading does not know goes to the library, which answers as before.
  @Test(arguments: [
    (["w.json", "--lang=en"], 1, "Tafel needs a terminal"),
    (
      ["open", "--theme", "light", "--read-only", "w.json", "--lang", "en"], 1,
      "Tafel needs a terminal"
    ),
    (["--lang", "en", "--deck", "deck.json", "w.json"], 1, "deck.json: "),
    // A --lang the parser refuses leaves the default language: Dutch.
    (["open", "w.json", "--lang=de"], 64, "Fout: 'de' kan niet bij '--lang <lang>'"),
    (["open", "a.json", "b.json", "--lang", "en"], 64, "Error: Unexpected argument 'b.json'"),
    (["open", "--deck", "--lang", "en"], 64, "Error: Missing value for '--deck <deck>'"),
    (["--read-only", "--theme=blue", "--lang", "en"], 64, "Error: The value 'blue' is invalid"),
  ])
  func theCommonStartAnswersAsTheParserDoes(arguments: [String], status: Int32, message: String)
    throws
  {
    try withWorkspace { workspace in
      try workspace.write(WorkshopFixture.sound, to: "w.json")

      let result = try TafelProcess.run(arguments, in: workspace.url)

      #expect(result.status == status)
      #expect(result.errorLines.first?.hasPrefix(message) == true, "\(result.stderr)")
    }
  }

  @Test func helpIsNotAnError() throws {
    try withWorkspace { workspace in
      let result = try workspace.tafel("check", "--help")

      #expect(result.status == 0)
      #expect(result.stdout.contains("USAGE: tafel check <file>"))
      #expect(result.stderr.isEmpty)
    }
  }

  @Test(arguments: [
    (["check", "--lang", "nl"], "Fout: het argument '<file>' ontbreekt"),
    (["check", "w.json", "--bogus", "--lang", "nl"], "Fout: onbekende optie '--bogus'"),
    (
      ["check", "w.json", "--conten", "x", "--lang", "nl"],
      "Fout: onbekende optie '--conten'. Bedoel je '--content'?"
    ),
    (["check", "w.json", "b.json", "--lang", "nl"], "Fout: onverwacht argument 'b.json'"),
    (["new", "w.json", "--lang", "nl", "--title"], "Fout: na '--title <title>' hoort een waarde"),
    (
      ["check", "w.json", "--lang", "fr"],
      "Fout: 'fr' kan niet bij '--lang <lang>'; kies 'nl' of 'en'"
    ),
    (
      ["profile", "--lang", "nl"],
      "Fout: Geef een workshopbestand, of --demo voor de demo-workshop."
    ),
  ])
  func parserMessagesAreInDutch(arguments: [String], message: String) throws {
    try withWorkspace { workspace in
      let result = try TafelProcess.run(
        arguments, in: workspace.url, environment: ["LANG": "nl_NL.UTF-8", "PATH": "/usr/bin:/bin"])

      #expect(result.status == 64)
      #expect(result.errorLines.first == message)
      let command = arguments[0]
      #expect(result.errorLines.dropFirst().first?.hasPrefix("Gebruik: tafel \(command)") == true)
      #expect(result.errorLines.last == "  Meer uitleg: tafel \(command) --help")
      // No English left over: no "Help:" line with the option's English help text.
      #expect(result.errorLines.count == 3)
    }
  }
}
