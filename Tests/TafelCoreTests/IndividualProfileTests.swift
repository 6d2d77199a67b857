import Testing

@testable import TafelCore

@Suite struct IndividualProfileTests {
  @Test func colourOrderFollowsScoresHighestFirst() {
    let profile = IndividualProfile(scores: Fixtures.scores(20, 70, 40, 65, 10, 30))
    #expect(profile.colourOrder == [.green, .blue, .orange, .purple, .yellow, .red])
    #expect(profile.first == .green)
    #expect(profile.second == .blue)
  }

  @Test func equalScoresKeepTheCanonicalColourOrder() {
    let profile = IndividualProfile(scores: DriveScores(all: 50))
    #expect(profile.colourOrder == DriveColour.allCases)
    let tiedSecond = IndividualProfile(scores: Fixtures.scores(10, 10, 10, 60, 10, 60))
    #expect(tiedSecond.colourOrder.prefix(2) == [.blue, .purple])
  }

  @Test func labelNamesFirstAndSecondColourInEachLanguage() {
    let profile = IndividualProfile(scores: Fixtures.scores(20, 70, 40, 65, 10, 30))
    #expect(profile.label(Fixtures.content, in: .nl) == "groen-blauw")
    #expect(profile.label(Fixtures.content, in: .en) == "green-blue")
  }
}
