import Foundation
import Testing

/// `tafel forget` (issue 16): the right to erasure with the real binary, checked the way an
/// auditor would: grep every file Tafel wrote for the name afterwards.
@Suite("tafel forget")
struct ForgetCommandTests {
  /// Rescue copies and the temporary folder inside the workspace, so the test neither finds
  /// nor touches the machine's own.
  static func environment(_ workspace: Workspace) -> [String: String] {
    TafelProcess.environment.merging(
      [
        "HOME": workspace.path("home"), "XDG_DATA_HOME": workspace.path("data"),
        "XDG_RUNTIME_DIR": workspace.path("run"), "TMPDIR": workspace.path("tmp"),
      ],
      uniquingKeysWith: { $1 })
  }

  /// The demo with Anouk Hoëvenaars named in the notes and a need, and a dilemma round in which
  /// she chose; its backup, a rescue copy and the three reports, as Tafel would have left them.
  static func history(in workspace: Workspace) throws -> [String: String] {
    let environment = Self.environment(workspace)
    for folder in ["home", "data/tafel/rescue", "run", "tmp"] {
      try FileManager.default.createDirectory(
        atPath: workspace.path(folder), withIntermediateDirectories: true)
    }
    #expect(try workspace.tafel("demo", "--output", "w.json", environment: environment).status == 0)
    var file = try #require(
      try JSONSerialization.jsonObject(with: workspace.bytes("w.json")) as? [String: Any])
    file["notes"] = "Anouk Hoëvenaars wil tempo maken; anouk hoevenaars belt de wethouder."
    file["dilemmaRounds"] = [
      [
        "card": "d01", "stage": "discussion",
        "choices": ["anouk-hoevenaars": 1, "kees-brouwer": 0],
      ]
    ]
    let data = try JSONSerialization.data(withJSONObject: file, options: [.sortedKeys])
    try data.write(to: workspace.url.appendingPathComponent("w.json"))
    try data.write(to: workspace.url.appendingPathComponent("w.json.bak"))
    try data.write(
      to: workspace.url.appendingPathComponent("data/tafel/rescue/w-20261202-101010.json"))
    for format in ["html", "md", "csv"] {
      let export = try workspace.tafel(
        "export", "w.json", "--format", format, environment: environment)
      #expect(export.status == 0, "\(export.stderr)")
    }
    return environment
  }

  /// Every file under the workspace whose bytes name her, by any spelling.
  static func filesNamingAnouk(in workspace: Workspace) throws -> [String] {
    let files = try FileManager.default.subpathsOfDirectory(atPath: workspace.url.path)
    return try files.filter { name in
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: workspace.path(name), isDirectory: &isFolder),
        !isFolder.boolValue
      else { return false }
      let text = try workspace.text(name).lowercased()
      return ["anouk", "hoëvenaars", "hoevenaars"].contains { text.contains($0) }
    }.sorted()
  }

  @Test func forgettingLeavesNoTraceInAnyFileTafelWrote() throws {
    try withWorkspace { workspace in
      let environment = try Self.history(in: workspace)
      #expect(
        try Self.filesNamingAnouk(in: workspace) == [
          "data/tafel/rescue/w-20261202-101010.json", "w.csv", "w.html", "w.json", "w.json.bak",
          "w.md",
        ])
      let before = try workspace.bytes("w.json")

      let no = try TafelProcess.run(
        ["forget", "w.json", "--participant", "Anouk Hoëvenaars"], in: workspace.url,
        environment: environment, input: "n\n")
      #expect(no.status == 1)
      #expect(no.stderr.contains("Anouk Hoëvenaars (Gemeente Noordhaven) wordt vergeten:\n"))
      #expect(no.stderr.contains("  w.json.bak: ook uit de reservekopie\n"))
      #expect(
        no.stderr.contains("/data/tafel/rescue/w-20261202-101010.json: ook uit deze noodkopie\n"))
      #expect(no.stderr.contains("  w.html: wordt verwijderd (een rapport met de naam"))
      #expect(no.stderr.hasSuffix("Vergeten? [j/N] Niets vergeten.\n"))
      #expect(try workspace.bytes("w.json") == before)

      let yes = try TafelProcess.run(
        ["forget", "w.json", "--participant", "anouk hoevenaars"], in: workspace.url,
        environment: environment, input: "ja\n")

      #expect(yes.status == 0, "\(yes.stderr)")
      #expect(
        yes.stdout.hasPrefix(
          "Anouk Hoëvenaars is vergeten: 3 bestanden herschreven, 3 verwijderd.\n"))
      #expect(try Self.filesNamingAnouk(in: workspace) == [])
      #expect(try workspace.contents() == ["data", "home", "run", "tmp", "w.json", "w.json.bak"])
      for copy in ["w.json", "w.json.bak", "data/tafel/rescue/w-20261202-101010.json"] {
        #expect(try workspace.tafel("check", copy, environment: environment).status == 0, "\(copy)")
        #expect(try workspace.mode(copy) == 0o600)
      }
      let text = try workspace.text("w.json")
      #expect(
        text.contains("een verwijderde deelnemer wil tempo maken; een verwijderde deelnemer belt"))
      // Her choice still counts in the round, under no one's name.
      #expect(text.contains(#""removed:1" : 1"#))
      #expect(text.contains(#""kees-brouwer" : 0"#))
    }
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func theForgetKeyAsksThenLeavesNoTraceAndNothingToUndo() throws {
    try withWorkspace { workspace in
      let environment = try Self.history(in: workspace)
      let tmux = try TmuxSession(
        ["open", "w.json"], width: 80, height: 24, in: workspace.url,
        environment: environment.filter { $0.key != "PATH" })
      try tmux.waitFor("Deelnemers (14)")
      try tmux.send("V")
      try tmux.waitFor("Anouk Hoëvenaars (Gemeente Noordhaven) vergeten")
      try tmux.waitFor("Alleen y vergeet")
      try tmux.send("n")
      try tmux.waitFor("▸ Anouk Hoëvenaars")
      try tmux.send("V")
      try tmux.waitFor("Alleen y vergeet")
      try tmux.send("y")
      try tmux.waitFor("Deelnemers (13)")
      try tmux.waitFor("rapporten verwijderd: 3")
      try tmux.send("u")
      try tmux.waitFor("Niets om terug te zetten")
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try Self.filesNamingAnouk(in: workspace) == [])
      #expect(try workspace.contents() == ["data", "home", "run", "tmp", "w.json", "w.json.bak"])
      #expect(try workspace.tafel("check", "w.json", environment: environment).status == 0)
      #expect(try workspace.text("w.json").contains("een verwijderde deelnemer wil tempo maken"))
    }
  }

  @Test func aPartOfANameOrANameTwoPeopleShareIsRefusedWithTheCandidates() throws {
    try withWorkspace { workspace in
      let environment = try Self.history(in: workspace)
      let before = try workspace.bytes("w.json")

      let part = try workspace.tafel(
        "forget", "w.json", "--participant", "Anouk", "--yes", environment: environment)

      #expect(part.status == 1)
      #expect(
        part.errorLines == [
          #"w.json: niemand heet precies "Anouk"; er is niets vergeten."#,
          "Bedoel je: Anouk Hoëvenaars (Gemeente Noordhaven, id anouk-hoevenaars)? Geef de hele naam of de id.",
        ])

      var file = try #require(
        try JSONSerialization.jsonObject(with: before) as? [String: Any])
      var people = try #require(file["participants"] as? [[String: Any]])
      var twin = people[0]
      twin["id"] = "anouk-hoevenaars-2"
      twin["name"] = "Anouk Hoëvenaars"
      people.append(twin)
      file["participants"] = people
      try JSONSerialization.data(withJSONObject: file).write(
        to: workspace.url.appendingPathComponent("w.json"))

      let shared = try workspace.tafel(
        "forget", "w.json", "--participant", "Anouk Hoëvenaars", "--yes", "--lang", "en",
        environment: environment)

      #expect(shared.status == 1)
      #expect(shared.stderr.contains("w.json: more people are called \"Anouk Hoëvenaars\": "))
      #expect(shared.stderr.contains("id anouk-hoevenaars), "))
      #expect(shared.stderr.contains("id anouk-hoevenaars-2). Give the id of the one to forget"))

      let byID = try workspace.tafel(
        "forget", "w.json", "--participant", "anouk-hoevenaars-2", "--yes", "--lang", "en",
        environment: environment)

      #expect(byID.status == 0, "\(byID.stderr)")
      #expect(byID.stdout.hasPrefix("Anouk Hoëvenaars is forgotten: "))
      #expect(try workspace.text("w.json").contains("\"anouk-hoevenaars\""))
      #expect(!(try workspace.text("w.json").contains("anouk-hoevenaars-2")))
    }
  }
}
