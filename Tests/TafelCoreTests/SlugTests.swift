import Testing

@testable import TafelCore

@Suite struct SlugTests {
  @Test func accentsFoldAndSeparatorsCollapse() {
    #expect(Slug.make(from: "Anouk Hoëvenaars") == "anouk-hoevenaars")
    #expect(Slug.make(from: "Mehmet Çelik") == "mehmet-celik")
    #expect(Slug.make(from: "  GGZ -- Kustland  ") == "ggz-kustland")
  }

  @Test func aNameWithoutLettersStillGetsAnID() {
    #expect(Slug.make(from: "!!!") == "x")
  }

  @Test func uniqueSlugsCountUpPastTakenOnes() {
    #expect(
      Slug.unique(from: "Jan de Wit", avoiding: ["jan-de-wit", "jan-de-wit-2"]) == "jan-de-wit-3")
  }
}
