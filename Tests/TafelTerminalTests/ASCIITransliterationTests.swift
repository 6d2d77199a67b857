import Testing

@testable import TafelTerminal

@Suite struct ASCIITransliterationTests {
  @Test func dutchAndTurkishNamesLoseOnlyTheirDiacritics() {
    #expect(ASCIITransliteration.transliterate("Hoëvenaars Çelik Ünal") == "Hoevenaars Celik Unal")
    #expect(
      ASCIITransliteration.transliterate("geïnspireerd, één, coöperatie, Über")
        == "geinspireerd, een, cooperatie, Uber")
    #expect(ASCIITransliteration.transliterate("ğış Œuvre Straße") == "gis OEuvre Strasse")
  }

  @Test func decomposedLettersKeepTheirBase() {
    #expect(ASCIITransliteration.transliterate("e\u{308}n") == "en")
  }

  @Test func boxLinesBecomeDashesBarsAndPluses() {
    #expect(ASCIITransliteration.transliterate("┌──┬┐") == "+--++")
    #expect(ASCIITransliteration.transliterate("│├┼┤└┴┘") == "|++++++")
  }

  @Test func blocksBecomeHashOrSpaceByFill() {
    #expect(ASCIITransliteration.transliterate("██▉▊▋▌▍▎▏") == "######   ")
  }

  @Test func pointersAndPunctuation() {
    #expect(ASCIITransliteration.transliterate("▸ a · b…") == "> a . b...")
  }

  @Test func unknownCharactersAreMarkedNotDropped() {
    #expect(ASCIITransliteration.transliterate("a☃b") == "a?b")
    #expect(ASCIITransliteration.transliterate("漢") == "??")
  }

  @Test func cellsKeepTheirWidth() {
    #expect(ASCIITransliteration.cell("…", columns: 1) == ".")
    #expect(ASCIITransliteration.cell("ë", columns: 1) == "e")
    #expect(ASCIITransliteration.cell("漢", columns: 2) == "??")
    #expect(ASCIITransliteration.cell("▏", columns: 1) == " ")
  }
}
