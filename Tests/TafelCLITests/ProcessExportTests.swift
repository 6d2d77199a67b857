import Foundation
import TafelCore
import TafelFixtures
import Testing

/// `tafel export FILE` of a workshop with three sessions behind it (issue 16), with the real
/// binary: the whole process in every format, the audience and anonymous choices, the exit codes.
@Suite struct ProcessExportTests {
  static func threeSessions(in workspace: Workspace) throws {
    try WorkshopStore.save(try ThreeSessions.workshop(), to: workspace.path("w.json"))
  }

  /// Every participant's name, their surnames and the guest: what an anonymous report must not hold.
  static func names() throws -> [String] {
    try ThreeSessions.workshop().participants.flatMap { person in
      [person.name] + person.name.split(separator: " ").map(String.init).filter { $0.count > 4 }
    } + [ThreeSessions.guest, "Vries"]
  }

  @Test func theWholeProcessIsWrittenSessionBySessionThenTheLists() throws {
    try withWorkspace { workspace in
      try Self.threeSessions(in: workspace)
      let export = try workspace.tafel("export", "w.json", "--format", "md", "--lang", "nl")
      #expect(export.status == 0, "\(export.stderr)")
      #expect(export.stdout == "Verslag geschreven naar w.md.\n")
      let text = try workspace.text("w.md")
      let order = [
        "## Organisaties en deelnemers", "## Sessies", "### Sessie 1 · 2026-01-12 · Kennismaking",
        "Gasten: Jan de Vries (RvT)", "### Sessie 2 · 2026-02-09 · Belangen",
        "| 1 | We verkennen samen een coöperatie | besluit |",
        "### Sessie 3 · 2026-03-09 · Besluiten",
        "| 2 | Elke partij legt 10.000 euro in | herzien |",
        "We houden de deur open", "\n## Besluiten\n", "\n## Acties\n",
      ]
      let places = order.map { text.range(of: $0)?.lowerBound }
      #expect(!places.contains(nil), "missing: \(zip(order, places).filter { $0.1 == nil })")
      #expect(places.compactMap { $0 } == places.compactMap { $0 }.sorted(), "out of order")

      // The minutes of one session say the same as that session in the whole report.
      #expect(
        try workspace.tafel("export", "w.json", "--session", "2", "--format", "md").status == 0)
      let second = try workspace.text("w-sessie-2.md")
      #expect(
        second.contains(
          "| 2 | Elke partij legt 10.000 euro in | onder voorbehoud van het toezicht |"))
      #expect(
        text.contains("| 2 | Elke partij legt 10.000 euro in | onder voorbehoud van het toezicht |")
      )

      let none = try workspace.tafel("export", "w.json", "--session", "4", "--lang", "en")
      #expect(none.status == 1)
      #expect(none.errorLines == ["w.json: there is no session 4 (the workshop has 3)."])
    }
  }

  @Test func theCSVIsTheProcessWithASessionColumn() throws {
    try withWorkspace { workspace in
      try Self.threeSessions(in: workspace)
      let export = try workspace.tafel("export", "w.json", "--output", "proces.csv", "--lang", "en")
      #expect(export.status == 0, "\(export.stderr)")
      #expect(try workspace.mode("proces.csv") == 0o600)
      let lines = try workspace.text("proces.csv").split(separator: "\n").map(String.init)
      #expect(lines.first == "session,part,text")
      #expect(lines.contains("1,Session,Session 1 · 2026-01-12 · Kennismaking"))
      #expect(lines.contains("3,Decisions,3,Elke partij legt 15.000 euro in,decided"))
      #expect(
        lines.contains(
          "3,Decisions,3,2026-03-09,Elke partij legt 15.000 euro in,decided,replaces 2; topic: Sharing resources"
        ))
      #expect(lines.contains("1,Actions,1,Modelstatuten opvragen,Anouk Hoëvenaars,2026-02-01,yes"))
      // Every row after the header names its part; the session's number leads where it has one.
      #expect(
        lines.dropFirst().allSatisfy {
          $0.split(separator: ",", omittingEmptySubsequences: false).count >= 3
        })
    }
  }

  /// The list `tafel import` reads stays within reach once a workshop has a process: the CSV
  /// of the same people without the sessions, byte for byte.
  @Test func theParticipantListIsStillExportedWhenAsked() throws {
    try withWorkspace { workspace in
      try Self.threeSessions(in: workspace)
      var people = try ThreeSessions.workshop()
      people.sessions = []
      people.decisions = []
      people.actions = []
      people.journal = []
      try WorkshopStore.save(people, to: workspace.path("people.json"))
      let plain = try workspace.tafel("export", "people.json", "--output", "plain.csv")
      #expect(plain.status == 0, "\(plain.stderr)")
      let list = try workspace.tafel(
        "export", "w.json", "--participant-list", "--output", "list.csv")
      #expect(list.status == 0, "\(list.stderr)")
      #expect(try workspace.text("list.csv") == workspace.text("plain.csv"))
      #expect(try workspace.text("list.csv").hasPrefix("naam,"))
      let wrong = try workspace.tafel(
        "export", "w.json", "--participant-list", "--format", "md", "--lang", "en")
      #expect(wrong.status != 0)
      #expect(wrong.stderr.contains("--participant-list"))
    }
  }

  @Test(arguments: ["html", "md", "csv"], ["participants", "facilitator"])
  func anAnonymousProcessReportNamesNobody(format: String, audience: String) throws {
    try withWorkspace { workspace in
      try Self.threeSessions(in: workspace)
      let export = try workspace.tafel(
        "export", "w.json", "--format", format, "--anonymous", "--for", audience, "--output",
        "anoniem." + format)
      #expect(export.status == 0, "\(export.stderr)")
      let text = try workspace.text("anoniem." + format)
      for name in try Self.names() {
        #expect(!text.contains(name), "\(format) for \(audience) names \(name)")
      }
      #expect(text.contains("Elke partij legt 15.000 euro in"))
      #expect(text.contains("Deelnemer 3"))
      // The CSV holds the same minutes for both: nothing in it is the facilitators' alone.
      if format != "csv" {
        #expect(text.contains("VERTROUWELIJK") == (audience == "facilitator"))
      }
    }
  }

  @Test func theParticipantsReportShowsNoFacilitatorNotes() throws {
    try withWorkspace { workspace in
      try Self.threeSessions(in: workspace)
      #expect(try workspace.tafel("export", "w.json", "--format", "html").status == 0)
      let html = try workspace.text("w.html")
      #expect(!html.contains("Derde bijeenkomst"))
      #expect(html.contains("<h3>Sessie 3 · 2026-03-09 · Besluiten</h3>"))
      #expect(
        try workspace.tafel(
          "export", "w.json", "--format", "html", "--for", "facilitator", "--output", "f.html"
        ).status == 0)
      #expect(try workspace.text("f.html").contains("Derde bijeenkomst"))
    }
  }
}
