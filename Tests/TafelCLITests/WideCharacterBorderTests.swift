import CNcursesw
import Foundation
import Testing

/// Names with emoji of several code points (a profession joined to a person, a family, a skin
/// tone, flags, a rocket) in the real binary: every border stays in its column at every size, on
/// every screen they appear on, and moving through them leaves nothing of an earlier frame.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct WideCharacterBorderTests {
  static let names = [
    "Anouk 👩‍⚕️ de Vries", "Familie 👨‍👩‍👧‍👦 Jansen", "Duim 👍🏽 Bakker", "Vlag 🇳🇱🇧🇪 Smit",
    "Raket 🚀 Çelik", "Hart ❤️ Ëmre",
  ]

  @Test(arguments: [(60, 16), (80, 24), (250, 70)])
  func bordersStayPutAroundEmojiNames(width: Int, height: Int) throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      try Self.rename(in: workspace)
      let tmux = try TmuxSession(
        ["open", "w.json", "--lang", "nl"], width: width, height: height, in: workspace.url)
      try tmux.waitFor("Deelnemers (14)")
      try tmux.waitFor("Raket 🚀 Çelik")
      try Self.expectBorders(try tmux.screen(), width: width, "team")
      for step in 1...8 {
        try tmux.send("Down")
        // The profile's title names whoever is selected; wait for each frame to be drawn.
        let screen = try tmux.waitForScreen { $0.components(separatedBy: "▸").count == 2 }
        try Self.expectBorders(screen, width: width, "team after \(step) down")
      }
      try tmux.send("2")
      try Self.expectBorders(try tmux.waitFor("Groepsprofiel"), width: width, "group")
      try tmux.send("3")
      try tmux.waitFor("Signalen en interventies")
      try tmux.send("Right")
      try Self.expectBorders(try tmux.waitFor("Comfortronde"), width: width, "comfort")
    }
  }

  /// Gives the first six people of the demo the names above and the first organisation one too.
  static func rename(in workspace: Workspace) throws {
    var workshop = try #require(
      try JSONSerialization.jsonObject(with: try workspace.bytes("w.json")) as? [String: Any])
    var people = try #require(workshop["participants"] as? [[String: Any]])
    for (index, name) in names.enumerated() { people[index]["name"] = name }
    workshop["participants"] = people
    var organisations = try #require(workshop["organisations"] as? [[String: Any]])
    organisations[0]["name"] = "Zorg 🚀 Coöperatie 👩‍⚕️"
    workshop["organisations"] = organisations
    try JSONSerialization.data(withJSONObject: workshop).write(
      to: workspace.url.appendingPathComponent("w.json"))
  }

  /// Every row that holds a box line has its vertical lines and corners in the same columns as
  /// the others, and the rightmost one in the last column.
  static func expectBorders(
    _ screen: String, width: Int, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    var seen: [Int] = []
    for row in rows {
      let columns = boxColumns(in: String(row))
      guard !columns.isEmpty else { continue }
      #expect(
        columns.last == width - 1, "\(what): right border of \"\(row)\" is not at \(width - 1)",
        sourceLocation: sourceLocation)
      if seen.isEmpty { seen = columns }
      #expect(
        columns == seen, "\(what): \"\(row)\" has its lines at \(columns), others at \(seen)",
        sourceLocation: sourceLocation)
    }
    #expect(!seen.isEmpty, "\(what): no borders on\n\(screen)", sourceLocation: sourceLocation)
  }

  /// The terminal columns of the vertical box characters in `row`, measured as tmux measures
  /// them: with the C library's `wcwidth` in a UTF-8 locale.
  static func boxColumns(in row: String) -> [Int] {
    guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return [] }
    let previous = uselocale(utf8)
    defer {
      uselocale(previous)
      freelocale(utf8)
    }
    var column = 0
    var found: [Int] = []
    for scalar in row.unicodeScalars {
      if "│┌┐└┘├┤".unicodeScalars.contains(scalar) { found.append(column) }
      column += max(0, Int(tafel_wcwidth(scalar.value)))
    }
    return found
  }
}
