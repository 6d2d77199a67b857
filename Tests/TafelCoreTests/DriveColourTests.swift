import Testing

@testable import TafelCore

@Suite struct DriveColourTests {
  /// The canonical order is the order of the cases, which breaks ties between equal scores.
  @Test func theCanonicalIndexIsTheCaseOrder() {
    for (index, colour) in DriveColour.allCases.enumerated() {
      #expect(colour.canonicalIndex == index, "\(colour)")
    }
    #expect(DriveColour.allCases.sorted() == DriveColour.allCases)
  }

  @Test func equalScoresAreOrderedByTheCanonicalOrder() {
    let scores = DriveScores(yellow: 40, green: 70, orange: 40, blue: 70, red: 10, purple: 40)
    #expect(scores.colourOrder == [.green, .blue, .yellow, .orange, .purple, .red])
  }
}
