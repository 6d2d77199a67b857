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
      try Self.expectBorders(try tmux.settledScreen(), width: width, "team")
      for step in 1...8 {
        try tmux.send("Down")
        // The profile's title names whoever is selected; wait for each frame to be drawn.
        try tmux.waitForScreen { $0.components(separatedBy: "▸").count == 2 }
        try Self.expectBorders(try tmux.settledScreen(), width: width, "team after \(step) down")
      }
      try tmux.send("2")
      try tmux.waitFor("Groepsprofiel")
      try Self.expectBorders(try tmux.settledScreen(), width: width, "group")
      try tmux.send("3")
      try tmux.waitFor("Signalen en interventies")
      try tmux.send("Right")
      try tmux.waitFor("Comfortronde")
      try Self.expectBorders(try tmux.settledScreen(), width: width, "comfort")
    }
  }

  /// A screen reached through others is the screen as it is drawn first: nothing of an earlier
  /// frame's wide characters stays behind. Blanks, bars and box lines go to ncurses as stretches
  /// of one cell, and a wide character that stood where text after a stretch begins once
  /// blanked the stretch's last cell ("█████ ▌", "───── ┐").
  @Test(arguments: [(80, 24), (120, 36)])
  func aScreenReachedThroughOthersIsTheScreenDrawnFirst(width: Int, height: Int) throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      // Names of wide characters only, long enough to be cut, starting in either column.
      let wide = String(repeating: "漢字", count: 12)
      let renamed = try workspace.text("w.json")
        .replacingOccurrences(of: "Anouk Hoëvenaars", with: wide)
        .replacingOccurrences(of: "Kees Brouwer", with: "a" + wide)
        .replacingOccurrences(of: "Elif Ünal", with: "ab" + wide)
        .replacingOccurrences(of: "Buurtwerk Noord", with: String(repeating: "組織", count: 10))
        .replacingOccurrences(
          of: "Gemeente Noordhaven", with: "b" + String(repeating: "組織", count: 10)
        )
        .replacingOccurrences(of: "Wijkalliantie Noord", with: String(repeating: "漢", count: 15))
      try workspace.write(renamed, to: "w.json")
      let first = try Self.groupProfile(in: workspace, width: width, height: height, downs: 0)
      let reached = try Self.groupProfile(in: workspace, width: width, height: height, downs: 5)
      for row in first + reached {
        // A line runs on to its corner, and a bar's partial block follows its full ones.
        #expect(row.range(of: "─ +[┐┘]", options: .regularExpression) == nil, "\(row)")
        #expect(row.range(of: "█ +[▏▎▍▌▋▊▉]", options: .regularExpression) == nil, "\(row)")
      }
      #expect(reached == first)
    }
  }

  /// The Group view below its header line (which shows the time), opened after moving the
  /// selection in the Team view `downs` times, one frame at a time.
  static func groupProfile(in workspace: Workspace, width: Int, height: Int, downs: Int) throws
    -> [Substring]
  {
    let tmux = try TmuxSession(
      ["open", "w.json", "--lang", "nl"], width: width, height: height, in: workspace.url)
    try tmux.waitFor("Deelnemers (14)")
    for _ in 0..<downs {
      let before = try tmux.settledScreen()
      try tmux.send("Down")
      try tmux.waitForScreen { $0 != before }
    }
    try tmux.send("2")
    try tmux.waitFor("Groepsprofiel")
    let screen = try tmux.settledScreen()
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    return screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map { $0 }
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

  /// Every row that holds a box line ends it in the last column, and every vertical line meets
  /// a line or corner in the same column above and below it: a border pushed one column along
  /// by a character breaks the line.
  static func expectBorders(
    _ screen: String, width: Int, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let lines = rows.map(boxColumns)
    let opensDown = Set("│┌┐├┤")
    let opensUp = Set("│└┘├┤")
    var borders = 0
    for (y, columns) in lines.enumerated() where !columns.isEmpty {
      borders += 1
      #expect(
        columns.keys.max() == width - 1,
        "\(what): the right border of \"\(rows[y])\" is not in column \(width - 1)",
        sourceLocation: sourceLocation)
      for (x, box) in columns {
        let above = y > 0 ? lines[y - 1][x] : nil
        let below = y + 1 < lines.count ? lines[y + 1][x] : nil
        if opensUp.contains(box) {
          #expect(
            above.map(opensDown.contains) == true,
            "\(what): \(box) at \(x) in \"\(rows[y])\" has no line above it",
            sourceLocation: sourceLocation)
        }
        if opensDown.contains(box) {
          #expect(
            below.map(opensUp.contains) == true,
            "\(what): \(box) at \(x) in \"\(rows[y])\" has no line below it",
            sourceLocation: sourceLocation)
        }
      }
    }
    #expect(borders > 2, "\(what): no borders on\n\(screen)", sourceLocation: sourceLocation)
  }

  /// The terminal columns of the vertical box characters in `row`, measured as tmux measures
  /// them: with the C library's `wcwidth` in a UTF-8 locale.
  static func boxColumns(in row: String) -> [Int: Character] {
    guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return [:] }
    let previous = uselocale(utf8)
    defer {
      uselocale(previous)
      freelocale(utf8)
    }
    var column = 0
    var found: [Int: Character] = [:]
    for scalar in row.unicodeScalars {
      if "│┌┐└┘├┤".unicodeScalars.contains(scalar) { found[column] = Character(scalar) }
      column += max(0, Int(tafel_wcwidth(scalar.value)))
    }
    return found
  }
}
