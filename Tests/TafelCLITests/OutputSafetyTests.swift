import Foundation
import Testing

/// What `tafel` prints and writes for others to open: no escape sequence from the data reaches
/// the terminal, and no exported cell runs as a formula.
@Suite("output safety")
struct OutputSafetyTests {
  static let hostile = "Evil \u{1B}]0;pwned\u{07}\u{1B}[2J"

  /// Control characters other than the line break in what a run printed.
  static func stray(_ result: TafelResult) -> [UInt32] {
    (result.stdout + result.stderr).unicodeScalars.map(\.value).filter {
      $0 != 0x0A && ($0 < 0x20 || (0x7F...0x9F).contains($0))
    }
  }

  @Test func noEscapeSequenceFromTheDataReachesTheTerminal() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("new", "w.json", "--title", "T", "--lang", "en").status == 0)
      try workspace.write(
        "name,organisation,role,yellow,green,orange,blue,red,purple\n"
          + "\"\(Self.hostile)\",Org \u{1B}[31mRed,rol\u{9B}2J,60,50,40,30,20,10\n",
        to: "people.csv")
      var runs = [try workspace.tafel("import", "w.json", "--participants", "people.csv")]
      // A workshop that holds the name, however it got there.
      try workspace.write(
        WorkshopFixture.sound(replacing: ("Anna de Boer", "Evil \\u001b]0;pwned\\u0007\\u001b[2J")),
        to: "h.json")
      runs.append(try workspace.tafel("profile", "h.json"))
      runs.append(
        try workspace.tafel(
          "profile", "h.json",
          environment: TafelProcess.environment.merging(
            ["TERM": "xterm-256color"], uniquingKeysWith: { $1 })))
      runs.append(try workspace.tafel("check", "h.json"))
      // Errors that quote a spreadsheet cell, a file name and an option.
      try workspace.write(
        "name,organisation,role,yellow,green,orange,blue,red,purple\n"
          + "Anna,Org,,\u{1B}]0;x\u{07},50,40,30,20,10\n", to: "bad.csv")
      runs.append(try workspace.tafel("import", "w.json", "--participants", "bad.csv"))
      runs.append(try workspace.tafel("check", "missing \(Self.hostile).json"))
      runs.append(try workspace.tafel("profile", "h.json", "--organisation", Self.hostile))
      runs.append(try workspace.tafel("check", "h.json", "--lang", Self.hostile))
      for (index, run) in runs.enumerated() {
        #expect(Self.stray(run).isEmpty, "run \(index) printed \(Self.stray(run))")
        #expect(!(run.stdout + run.stderr).isEmpty, "run \(index) printed nothing")
      }
      // Such a name cannot get in any more: the import names the character instead of the name.
      #expect(runs[0].status == 1 && runs[0].stderr.contains("U+001B"))
      #expect(runs[5].stderr.contains("missing Evil \\e]0;pwned\\a\\e[2J.json"))
    }
  }

  @Test func theExportedSheetRunsNoFormulaAndImportsAsTheSamePeople() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("new", "w.json", "--title", "T", "--lang", "en").status == 0)
      try workspace.write(
        """
        name,organisation,role,yellow,green,orange,blue,red,purple
        "=HYPERLINK(""http://evil"",""klik"")",@Welzijn,-2+3,60,50,40,30,20,10
        +cmd,Zorg,=1+1,61,50,40,30,20,10
        @SUM(A1),Zorg,'quote,62,50,40,30,20,10
        O'Brien,-Gemeente,,63,50,40,30,20,10

        """, to: "people.csv")
      #expect(try workspace.tafel("import", "w.json", "--participants", "people.csv").status == 0)
      #expect(try workspace.tafel("export", "w.json", "--output", "out.csv").status == 0)
      let exported = try workspace.text("out.csv")
      for line in exported.split(separator: "\n").dropFirst() {
        let first = line.hasPrefix("\"") ? line.dropFirst() : line[...]
        #expect(!["=", "+", "-", "@"].contains(first.first ?? " "), "a formula: \(line)")
      }
      #expect(exported.contains("'+cmd,Zorg,'=1+1,"))
      #expect(try workspace.tafel("new", "again.json", "--title", "T", "--lang", "en").status == 0)
      let back = try workspace.tafel("import", "again.json", "--participants", "out.csv")
      #expect(back.status == 0, "\(back.stderr)")
      let original = try WorkshopFileContents(workspace.bytes("w.json"))
      let imported = try WorkshopFileContents(workspace.bytes("again.json"))
      #expect(imported.participants.map(\.name) == original.participants.map(\.name))
      #expect(imported.participants.map(\.name).contains("=HYPERLINK(\"http://evil\",\"klik\")"))
      #expect(try Self.roles(workspace, "again.json") == Self.roles(workspace, "w.json"))
      #expect(try Self.roles(workspace, "w.json").contains("=1+1"))
      #expect(imported.organisations.map(\.name).sorted() == ["-Gemeente", "@Welzijn", "Zorg"])
    }
  }

  static func roles(_ workspace: Workspace, _ name: String) throws -> [String] {
    let file = try JSONSerialization.jsonObject(with: workspace.bytes(name)) as? [String: Any]
    let people = file?["participants"] as? [[String: Any]] ?? []
    return people.map { $0["role"] as? String ?? "" }
  }

  /// One place prints: a new command cannot forget to make the data harmless.
  @Test func everyPrintedLinePassesThroughConsole() throws {
    let folder = PackageFiles.root.appendingPathComponent("Sources/tafel")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") && $0 != "Console.swift" }
    #expect(files.count > 5)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for forbidden in [
        "print(", "FileHandle.standard", "fputs(", "fwrite(", "putchar(", "exit(withError",
        "STDOUT_FILENO)", "STDERR_FILENO",
      ] {
        let uses = text.components(separatedBy: forbidden).count - 1
        #expect(uses == 0, "\(file) uses \(forbidden): print through Console instead")
      }
    }
  }
}
