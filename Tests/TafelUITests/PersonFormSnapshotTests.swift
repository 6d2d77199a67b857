import TafelCore
import Testing

@testable import TafelUI

/// The person form, the lists to choose from and a refused import, as the wall shows them.
@Suite struct PersonFormSnapshotTests {
  func render(_ state: AppState, _ size: Size) -> Grid {
    ScreenRenderer.render(state, size: size, context: UIFixtures.context())
  }

  func keys(_ state: inout AppState, _ keys: [Key]) {
    for key in keys {
      if let action = KeyMap.action(for: key, in: state) { _ = reduce(&state, action) }
    }
  }

  @Test func theFormAt80x24InDutch() throws {
    var state = try UIFixtures.demo()
    keys(&state, [.character("e"), .down, .down, .down, .character("7")])
    let grid = render(state, Size(width: 80, height: 24))
    expectSnapshot(grid, named: "person-form-80x24")
    let text = (0..<24).map { grid.rowText($0) }.joined(separator: "\n")
    for label in ["Rol", "Organisatie", "Type organisatie", "gemeente", "Afwijzing", "[7  ]"] {
      #expect(text.contains(label), "\(label) is on the form")
    }
  }

  @Test func theFormAt120x36InEnglishOnARejectionNotMeasured() throws {
    var state = try UIFixtures.demo(language: .en)
    _ = reduce(&state, .moveSelection(1))
    keys(&state, [.character("e")] + Array(repeating: .down, count: 9))
    let grid = render(state, Size(width: 120, height: 36))
    expectSnapshot(grid, named: "person-form-en-120x36")
    let text = (0..<36).map { grid.rowText($0) }.joined(separator: "\n")
    #expect(text.contains("Rejection: not measured"))
    #expect(text.contains("Del: rejection not measured"))
  }

  @Test func theTopicListAt80x24() throws {
    var state = try UIFixtures.demo()
    state.wall.screen = .impasse
    keys(&state, [.right, .enter] + "Budget".map { .character($0) } + [.enter, .character("t")])
    expectSnapshot(render(state, Size(width: 80, height: 24)), named: "picker-topic-80x24")
    keys(&state, "uit".map { .character($0) })
    let grid = render(state, Size(width: 80, height: 24))
    let text = (0..<24).map { grid.rowText($0) }.joined(separator: "\n")
    #expect(text.contains("Zoek: uit"))
    #expect(text.contains("Uittreden"))
    #expect(!text.contains("Rechtsvorm"))
  }

  @Test func theOrganisationListAt120x36InEnglish() throws {
    var state = try UIFixtures.demo(language: .en)
    state.wall.screen = .impasse
    keys(&state, [.right, .down, .down, .character("a")])
    expectSnapshot(
      render(state, Size(width: 120, height: 36)), named: "picker-organisation-en-120x36")
  }

  @Test func aRefusedImportAt80x24() throws {
    var state = try UIFixtures.demo()
    _ = reduce(
      &state,
      .sheetRead(
        path: "deelnemers.csv",
        result: .refused([
          "regel 3: yellow: \"abc\" is geen score van 0 tot 100",
          "regel 4: de organisatie is leeg",
        ])))
    expectSnapshot(render(state, Size(width: 80, height: 24)), named: "import-refused-80x24")
  }
}
