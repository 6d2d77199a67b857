import TafelCore
import Testing

@testable import TafelUI

@Suite struct ScreenSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 36)]

  func render(_ state: AppState, _ size: Size, _ context: RenderContext = UIFixtures.context())
    -> Grid
  {
    ScreenRenderer.render(state, size: size, context: context)
  }

  @Test(arguments: sizes) func teamView(size: Size) throws {
    expectSnapshot(render(try UIFixtures.demo(), size), named: "team-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes) func groupView(size: Size) throws {
    var state = try UIFixtures.demo()
    state.wall.screen = .group
    expectSnapshot(render(state, size), named: "group-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes) func helpOverlay(size: Size) throws {
    var state = try UIFixtures.demo()
    state.overlays = [.help(page: 0)]
    expectSnapshot(render(state, size), named: "help-\(size.width)x\(size.height)")
  }

  @Test func editingAScoreMarksTheBarInEnglish() throws {
    var state = try UIFixtures.demo(language: .en)
    _ = reduce(&state, .startScoreEdit)
    _ = reduce(&state, .stepEditedColour(3))
    _ = reduce(&state, .typeDigit(9))
    expectSnapshot(render(state, Size(width: 120, height: 36)), named: "team-editing-en-120x36")
  }

  @Test func addingAPersonShowsThePrompt() throws {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .startAddParticipant)
    _ = reduce(&state, .text(.insert("Joëlle")))
    expectSnapshot(render(state, Size(width: 80, height: 24)), named: "team-prompt-80x24")
  }

  @Test func delegationGroupViewInASCIIMonochrome() throws {
    var state = try UIFixtures.demo()
    state.wall.screen = .group
    _ = reduce(&state, .stepOrganisationFilter(2))
    expectSnapshot(
      render(state, Size(width: 100, height: 30), UIFixtures.context(.monochrome, unicode: false)),
      named: "group-delegation-ascii-mono-100x30")
  }

  @Test func lightThemePaintsAWhiteBackground() throws {
    let grid = render(
      try UIFixtures.demo(), Size(width: 80, height: 24), UIFixtures.context(.light))
    #expect(grid[40, 10].style.background == .white)
    #expect(grid[0, 23].style.foreground == .black)
  }

  @Test func aCrampedWindowAsksToBeMadeLarger() throws {
    let grid = render(try UIFixtures.demo(), Size(width: 40, height: 10))
    #expect(grid.text.contains("Maak het venster groter"))
    #expect(grid.text.contains("60×16"))
    #expect(grid.text.contains("40×10"))
  }

  @Test(arguments: [
    Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 60, height: 16),
    Size(width: 250, height: 70),
  ])
  func everySizeRenders(size: Size) throws {
    for screen in Screen.allCases {
      var state = try UIFixtures.demo()
      state.wall.screen = screen
      let grid = render(state, size)
      #expect(grid.size == size)
      if size.width >= 60 { #expect(grid.rowText(0).contains("Wijkalliantie Noord")) }
    }
  }

  @Test func diacriticsAlignInTheList() throws {
    let grid = render(try UIFixtures.demo(), Size(width: 120, height: 36))
    let rows = (0..<36).map(grid.rowText)
    let hoevenaars = try #require(
      rows.first { $0.contains("Anouk Hoëvenaars") && $0.contains("geel-paars") })
    let brouwer = try #require(
      rows.first { $0.contains("Kees Brouwer") && $0.contains("blauw-oranje") })
    #expect(hoevenaars.range(of: "geel-paars")?.lowerBound.utf16Offset(in: hoevenaars) != nil)
    let column = { (row: String, label: String) in
      row.distance(from: row.startIndex, to: row.range(of: label)?.lowerBound ?? row.endIndex)
    }
    #expect(column(hoevenaars, "geel-paars") == column(brouwer, "blauw-oranje"))
  }
}
