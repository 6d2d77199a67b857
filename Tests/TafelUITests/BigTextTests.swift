import Testing

@testable import TafelUI

/// Block letters keep their diacritics: a name or a card title on the wall is spelt as it is.
@Suite struct BigTextTests {
  @Test func coordinatorKeepsItsDiaeresis() {
    #expect(BigText.rows("Coördinator") != BigText.rows("Coordinator"))
    #expect(BigText.rows("Ö") == ["^  ^", " ## ", "#  #", "#  #", " ## "])
    #expect(BigText.rows("ç") == [" ###", "#   ", "#   ", " ###", "  ^ "])
  }

  @Test(arguments: Array("ëöéçüïáàèêóôúûñËÖÉÏÜÇâîòùãõåÁÀÈÊÓÔÚÛÑÿýÝ"))
  func everyAccentedLetterDiffersFromItsBaseAndFromTheOthers(letter: Character) {
    let base = Character(
      String(String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.first!))
    let rows = BigText.rows(String(letter))
    #expect(rows != BigText.rows(String(base)))
    #expect(rows.count == BigText.height)
    #expect(Set(rows.map(\.count)).count == 1)
  }

  @Test func eachMarkOnALetterLooksDifferent() {
    for family in ["EÈÉÊË", "AÀÁÂÄÃÅ", "OÒÓÔÖÕ", "UÙÚÛÜ", "IÌÍÎÏ"] {
      let shapes = family.map { BigText.rows(String($0)) }
      #expect(Set(shapes).count == shapes.count, "\(family)")
    }
  }

  @Test func marksAreHalfBlocksOnTheWallAndHashesInASCII() {
    var grid = Grid(size: Size(width: 20, height: 5))
    BigText.render("Ë", at: 0, y: 0, width: 20, into: &grid, style: .plain, glyphs: .unicode)
    #expect(grid.rowText(0) == "▀  ▀")
    #expect(grid.rowText(1) == "████")
    var ascii = Grid(size: Size(width: 20, height: 5))
    BigText.render("Ë", at: 0, y: 0, width: 20, into: &ascii, style: .plain, glyphs: .ascii)
    #expect(ascii.rowText(0) == "#  #")
  }
}

@Suite struct ProjectorAccentSnapshotTests {
  /// The card "Wie betaalt de coördinator?" on the wall: the title in block letters keeps its Ö.
  @Test func aCardTitleOnTheWallKeepsItsDiaeresis() throws {
    var state = try ReducerTests.demoState()
    state.wall.screen = .dilemma
    state.wall.projectorMode = true
    state.clockSeconds = 10_000
    _ = reduce(&state, .openCardPicker)
    let index = try #require(
      state.dilemmaDeck.cards.firstIndex { $0.id == "who-pays-the-coordinator" })
    guard case .cardPicker(let cursor) = state.topOverlay else {
      Issue.record("the card picker did not open")
      return
    }
    _ = reduce(&state, .moveDilemmaCursor(index - cursor))
    _ = reduce(&state, .commit)
    let grid = ScreenRenderer.render(
      state, size: Size(width: 120, height: 36), context: UIFixtures.context())
    #expect(grid.text.contains("▀  ▀"))
    expectSnapshot(grid, named: "dilemma-card-projector-accents-120x36")
  }
}
